using CorpusGen.Tests.Generated;

namespace CorpusGen.Tests.HostileInput;

/// <summary>Queries from many threads, and query arguments nobody checked.</summary>
public class RuntimeQueryTests
{
    private static readonly string[] Ids = [.. Seeds.Articles.Select(a => a.Id), "", " ", "missing", "000_AC0D47A5DCF41BE6", "\0", "\uD800", "001_2425f99faab40274\n"];

    private static readonly DateOnly[] Dates =
        [new(2023, 7, 8), new(2023, 7, 7), DateOnly.MinValue, DateOnly.MaxValue, new(2000, 1, 1)];

    /// <summary>One query, chosen by <paramref name="n"/>, reduced to a string that says what it returned.</summary>
    private static string Query(int n)
    {
        string id = Ids[n % Ids.Length];
        DateOnly a = Dates[n % Dates.Length], b = Dates[(n / 7) % Dates.Length];
        return (n % 5) switch
        {
            0 => Seeds.ById(id)?.Id ?? "null",
            1 => string.Join(",", Seeds.ByDate(a).Select(x => x.Index)),
            2 => string.Join(",", Seeds.Between(a, b).Select(x => x.Index)),
            3 => Seeds.Articles[n % Seeds.Articles.Count].Paragraphs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => Seeds.Articles[n % Seeds.Articles.Count].Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [Fact]
    public void Sixteen_threads_get_exactly_the_single_threaded_results()
    {
        const int PerThread = 10_000;
        string[] expected = Enumerable.Range(0, PerThread).Select(Query).ToArray();
        var results = new string[16][];
        using var start = new Barrier(16);
        Thread[] threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var mine = new string[PerThread];
            // Each thread walks the same queries from a different starting point.
            for (int k = 0; k < PerThread; k++)
            {
                int n = (k + t * 613) % PerThread;
                mine[n] = Query(n);
            }
            results[t] = mine;
        })).ToArray();
        foreach (Thread thread in threads) thread.Start();
        foreach (Thread thread in threads) thread.Join();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("\u0000\u0001\u001b")]
    [InlineData("\u202e000_ac0d47a5dcf41be6")]
    [InlineData("\uDC00\uD800")]
    [InlineData("../000_ac0d47a5dcf41be6")]
    public void Hostile_ids_return_null(string id)
    {
        Assert.Null(Seeds.ById(id));
    }

    [Fact]
    public void A_one_megabyte_id_returns_null_without_throwing()
    {
        Assert.Null(Seeds.ById(new string('\u00e9', 1 << 20)));
        Assert.Null(Seeds.ById(new string('a', 1 << 20)));
    }

    [Fact]
    public void Extreme_dates_are_answered()
    {
        Assert.Equal(2, Seeds.Between(DateOnly.MinValue, DateOnly.MaxValue).Count);
        Assert.Empty(Seeds.ByDate(DateOnly.MinValue));
        Assert.Empty(Seeds.ByDate(DateOnly.MaxValue));
        Assert.Empty(Seeds.Between(DateOnly.MaxValue, DateOnly.MinValue));
    }
}

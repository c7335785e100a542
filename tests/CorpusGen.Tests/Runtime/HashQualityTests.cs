extern alias generator;

using System.Globalization;
using CorpusGen.Storage.Format;
using ImageWriter = generator::CorpusGen.Generator.Emit.ImageWriter;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Runtime;

/// <summary>
/// The hash the generator picks for a table (the fewest chars that tell its keys apart, see
/// ImageWriter.HashSchemeFor) spreads key sets shaped like real ones (numbered ids, dated file names,
/// ids that differ only in the middle, words, every short key) over the table as linear probing
/// needs: at the tables' load (at most one half) a found key takes about 1.5 probes on average
/// when the hash is as good as random.
/// </summary>
public class HashQualityTests(ITestOutputHelper output)
{
    /// <summary>Each key set and the hash the generator should pick for it (kind and window offset, as HashScheme.ToString writes them).</summary>
    public static TheoryData<string, string> KeySets => new()
    {
        // Told apart by their first 8 chars (000123_4): a window at the start.
        { "synthetic-ids", "FirstChars" },
        // "article-" is the same in all; the last 8 chars hold the number.
        { "numbered", "LastChars" },
        // 2000-01-01-05: no 8 chars tell year, day and number apart; the first and last 8 are all 13.
        { "dated-files", "FirstAndLastChars" },
        // reuters-000123-story-text: the window that first covers the whole number starts at 6.
        { "middle-numbered", "FromStart 6" },
        { "words", "FirstChars" },
        // No key as long as 8: read whole, whatever the scheme; the first one is kept.
        { "short", "FirstChars" },
        // Ids as long as the window can reach and alike in all of it: every char.
        { "long-middle-numbered", "EveryChar" },
    };

    private static List<string> Keys(string set)
    {
        var random = new Random(7);
        string Hex(int digits) => string.Concat(Enumerable.Range(0, digits).Select(_ => "0123456789abcdef"[random.Next(16)]));
        string Word() => string.Concat(Enumerable.Range(0, 2 + random.Next(9)).Select(_ => (char)('a' + random.Next(26))));
        var keys = set switch
        {
            "synthetic-ids" => Enumerable.Range(0, 100_000).Select(i => i.ToString("D6", CultureInfo.InvariantCulture) + "_" + Hex(16)),
            "numbered" => Enumerable.Range(0, 100_000).Select(i => "article-" + i.ToString(CultureInfo.InvariantCulture)),
            "dated-files" => Enumerable.Range(0, 100_000).Select(i => new DateOnly(2000, 1, 1).AddDays(i / 20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + (i % 20).ToString("D2", CultureInfo.InvariantCulture)),
            "middle-numbered" => Enumerable.Range(0, 100_000).Select(i => "reuters-" + i.ToString("D6", CultureInfo.InvariantCulture) + "-story-text"),
            "long-middle-numbered" => Enumerable.Range(0, 100_000).Select(i => "reuters-world-news-desk-" + i.ToString("D6", CultureInfo.InvariantCulture) + "-story-text-and-pictures"),
            "words" => Enumerable.Range(0, 150_000).Select(_ => Word()),
            "short" => Enumerable.Range(0, 26 * 27 * 27).Select(i => new string(new[] { (char)('a' + i % 26), (char)('a' + i / 26 % 27 - 1), (char)('a' + i / 702 - 1) }.Where(c => c >= 'a').ToArray())),
            _ => throw new ArgumentOutOfRangeException(nameof(set)),
        };
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [MemberData(nameof(KeySets))]
    public void Found_keys_take_about_as_many_probes_as_with_a_random_hash(string set, string expected)
    {
        List<string> keys = Keys(set);
        // The generator's copy of the format's types are other types: converted by value.
        var chosen = ImageWriter.HashSchemeFor(keys);
        var scheme = new ImageFormat.HashScheme((ImageFormat.HashKind)(int)chosen.Kind, chosen.WindowOffset);
        Assert.Equal(expected, scheme.ToString());
        int size = ImageFormat.IdHashSize(keys.Count), mask = size - 1;
        var used = new bool[size];
        long probes = 0;
        int longest = 0;
        foreach (string key in keys)
        {
            int slot = (int)(scheme.Hash(key) & (uint)mask), run = 1;
            while (used[slot]) { slot = (slot + 1) & mask; run++; }
            used[slot] = true;
            probes += run;
            longest = Math.Max(longest, run);
        }
        double load = (double)keys.Count / size, mean = (double)probes / keys.Count;
        // Knuth's estimate for linear probing with a random hash: (1 + 1 / (1 - load)) / 2.
        double random = (1 + 1 / (1 - load)) / 2;
        output.WriteLine($"{set}: {scheme}, {keys.Count} keys, load {load:0.000}, mean probes {mean:0.000} (random hash {random:0.000}), longest {longest}");
        Assert.InRange(mean, 1, random * 1.10);
        Assert.InRange(longest, 1, 80);
    }
}

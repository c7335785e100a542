using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis.Entities;

public class StringDistanceTests
{
    [Theory]
    [InlineData("", "", 2, 0)]
    [InlineData("abc", "abc", 2, 0)]
    [InlineData("", "abc", 5, 3)]
    [InlineData("abc", "", 5, 3)]
    [InlineData("ChritenUnie", "ChristenUnie", 2, 1)]
    [InlineData("Christen Unie", "ChristenUnie", 2, 1)]
    [InlineData("Christenunie", "ChristenUnie", 2, 1)]
    [InlineData("Hauge", "Hague", 2, 1)]
    [InlineData("Christian Democrat Appeal", "Christian Democratic Appeal", 2, 2)]
    [InlineData("kitten", "sitting", 5, 3)]
    [InlineData("ca", "abc", 5, 3)]
    public void Distance_within_the_bound(string a, string b, int max, int expected)
    {
        Assert.Equal(expected, StringDistance.EditDistance(a, b, max));
        Assert.Equal(expected, StringDistance.EditDistance(b, a, max));
    }

    [Theory]
    [InlineData("kitten", "sitting", 2)]
    [InlineData("kitten", "sitting", 0)]
    [InlineData("Rutte", "Wilders", 1)]
    [InlineData("", "abcd", 3)]
    [InlineData("VVD", "D66", 1)]
    public void Over_the_bound_gives_max_plus_one(string a, string b, int max)
    {
        Assert.Equal(max + 1, StringDistance.EditDistance(a, b, max));
    }

    [Fact]
    public void Null_is_empty_and_a_negative_bound_is_zero()
    {
        Assert.Equal(3, StringDistance.EditDistance(null!, "abc", 5));
        Assert.Equal(0, StringDistance.EditDistance(null!, null!, 0));
        Assert.Equal(0, StringDistance.EditDistance("same", "same", -4));
        Assert.Equal(1, StringDistance.EditDistance("same", "sane", -4));
    }

    [Fact]
    public void Case_counts()
    {
        Assert.Equal(1, StringDistance.EditDistance("rutte", "Rutte", 2));
    }

    [Fact]
    public void Agrees_with_the_full_table_on_random_strings()
    {
        var random = new Random(12345);
        for (int round = 0; round < 3000; round++)
        {
            string a = RandomWord(random), b = random.Next(3) == 0 ? Mutate(a, random) : RandomWord(random);
            int full = FullDistance(a, b);
            for (int max = 0; max <= 4; max++)
            {
                Assert.Equal(full <= max ? full : max + 1, StringDistance.EditDistance(a, b, max));
            }
        }
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(0, 9)];
        for (int i = 0; i < chars.Length; i++) chars[i] = "abcd "[random.Next(5)];
        return new string(chars);
    }

    private static string Mutate(string word, Random random)
    {
        var chars = new List<char>(word);
        for (int edits = random.Next(1, 4); edits > 0; edits--)
        {
            int at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, 'x'); break;
                case 1: if (chars.Count > 0) chars.RemoveAt(at); break;
                case 2: if (chars.Count > 0) chars[at] = 'y'; break;
                default: if (at + 1 < chars.Count) (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }
        return new string(chars.ToArray());
    }

    /// <summary>The textbook optimal-string-alignment table, unbounded.</summary>
    private static int FullDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}

using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    private static string[] Normalized(string text) => Tokenizer.Tokenize(text).Select(t => t.Normalized).ToArray();

    [Fact]
    public void Letters_outside_the_BMP_stay_whole_and_lone_surrogates_do_not_throw()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as a surrogate pair.
        Assert.Equal(["x", "\uD835\uDC00bc", "y"], Words("x \uD835\uDC00bc y"));
        Assert.Equal(["a", "b"], Words("a\uD800b"));
        Assert.Equal(["a", "b"], Words("a\uDC00b"));
        Assert.Equal("\uD800x", Tokenizer.Normalize("\uD800X"));
    }

    [Theory]
    [InlineData("the longest-serving leader", new[] { "the", "longest-serving", "leader" })]
    [InlineData("Rutte\u2019s party and Rutte's party", new[] { "Rutte\u2019s", "party", "and", "Rutte's", "party" })]
    [InlineData("the parties' leaders", new[] { "the", "parties'", "leaders" })]
    [InlineData("30,000 asylum seekers, 3.5 percent, 1.5bn euros", new[] { "30,000", "asylum", "seekers", "3.5", "percent", "1.5bn", "euros" })]
    [InlineData("1,2 and 2,000.", new[] { "1", "2", "and", "2,000" })]
    [InlineData("the U.S. and e.g. the U.K.", new[] { "the", "U.S.", "and", "e.g.", "the", "U.K." })]
    [InlineData("D66 and CDA", new[] { "D66", "and", "CDA" })]
    [InlineData("see https://example.com/a?b=1, or www.nos.nl.", new[] { "see", "https://example.com/a?b=1", "or", "www.nos.nl" })]
    [InlineData("mail press@news.az now", new[] { "mail", "press@news.az", "now" })]
    [InlineData("\u201CTeflon Mark\u201D \u2014 dubbed", new[] { "Teflon", "Mark", "dubbed" })]
    [InlineData("Orb\u00e1n \u0432\u043b\u0430\u0441\u0442\u044c \u65e5\u672c\u8a9e", new[] { "Orb\u00e1n", "\u0432\u043b\u0430\u0441\u0442\u044c", "\u65e5", "\u672c", "\u8a9e" })]
    [InlineData("re-negotiated its pact -- twice - and", new[] { "re-negotiated", "its", "pact", "twice", "and" })]
    [InlineData("", new string[0])]
    public void Words_are_found(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("Rutte\u2019s", "rutte")]
    [InlineData("Rutte's", "rutte")]
    [InlineData("parties'", "parties")]
    [InlineData("Orb\u00e1n", "orban")]
    [InlineData("Caf\u00e9", "cafe")]
    [InlineData("U.S.", "us")]
    [InlineData("30,000", "30000")]
    [InlineData("3.5", "3.5")]
    [InlineData("D66", "d66")]
    [InlineData("longest-serving", "longest-serving")]
    [InlineData("don\u2019t", "don't")]
    [InlineData("HTTPS://Example.com/Path", "https://example.com/path")]
    public void Normalized_forms_match_across_spellings(string word, string expected) => Assert.Equal(expected, Tokenizer.Normalize(word));

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string Text = "  Rutte\u2019s D66, 30,000!";
        foreach (Token token in Tokenizer.Tokenize(Text)) Assert.Equal(token.Text, Text.Substring(token.Start, token.Length));
        Assert.Equal(["rutte", "d66", "30000"], Normalized(Text));
    }
}

/// <summary>
/// The plain scans (PlainText) Normalize and the query parser use instead of the runtime's string search (a fresh process's first
/// search pays for that search's first use): the same answers as the runtime's, on random words of
/// ASCII, Latin-1, curly apostrophes, '@', ':' and '/', and other scripts.
/// </summary>
public class PlainTextTests
{
    private const string Alphabet = "abcXYZ019@:/.'\u2019\u2018\u02BC\u00C9\u00E9\u0130\u03A3\u0416 -";

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 5).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plain_scans_answer_as_the_runtime_does(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 2000; trial++)
        {
            string word = new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            if (random.Next(4) == 0) word = word.ToLowerInvariant().Replace("\u00E9", "e");
            Assert.Equal(word.ToLowerInvariant(), PlainText.LowerInvariant(word));
            Assert.Equal(word.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\''), PlainText.StraightApostrophes(word));
            foreach (char c in "@,:")
            {
                Assert.Equal(word.IndexOf(c), PlainText.IndexOf(word, c));
            }
            foreach (string value in new[] { "://", "a", "", "abc", "XYZ0" })
            {
                Assert.Equal(word.Contains(value, StringComparison.Ordinal), PlainText.Contains(word, value));
            }
        }
    }

    [Fact]
    public void An_ascii_word_already_lower_case_is_returned_as_is()
    {
        string word = new("budget".AsSpan());
        Assert.Same(word, PlainText.LowerInvariant(word));
        Assert.Same(word, PlainText.StraightApostrophes(word));
        Assert.Equal("budget", PlainText.LowerInvariant("BuDGet"));
    }
}

public class TokenizerUrlTests
{
    [Theory]
    // The scheme in any case; a trailing period or bracket is not part of the URL.
    [InlineData("see HTTPS://Example.com/a, now", "HTTPS://Example.com/a")]
    [InlineData("at Www.example.org.", "Www.example.org")]
    public void A_url_is_one_word_whatever_the_case_of_its_scheme(string text, string url)
    {
        Assert.Contains(url, Tokenizer.Tokenize(text).Select(t => t.Text));
    }

    [Theory]
    [InlineData("http\u017F://x.org/y")]
    [InlineData("\u0397ttp://x.org/y")]
    [InlineData("h\u0422tp://x.org/y")]
    public void Non_ascii_in_a_scheme_is_compared_as_the_runtime_compares_ignoring_case(string word)
    {
        string scheme = word.Substring(0, word.IndexOf(':') + 3);
        bool runtimeSaysUrl = string.Compare(scheme, 0, scheme.Length == 8 ? "https://" : "http://", 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0;
        Assert.Equal(runtimeSaysUrl, Tokenizer.Tokenize(word).Select(t => t.Text).Contains(word));
    }

    [Fact]
    public void A_word_that_only_begins_like_a_scheme_is_not_a_url()
    {
        Assert.Equal(["httpx", "example", "com"], Tokenizer.Tokenize("httpx://example.com").Select(t => t.Text).ToArray());
    }
}

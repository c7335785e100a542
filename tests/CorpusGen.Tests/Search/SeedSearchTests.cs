using CorpusGen.Search;
using CorpusGen.Tests.Generated;

namespace CorpusGen.Tests.SearchTests;

/// <summary>Search semantics on the seeds, with the exact hits in order.</summary>
public class SeedSearchTests
{
    private static string[] Ids(string query, int top = 10) => Seeds.Search(query, top).Select(h => h.Article.Id[..3]).ToArray();

    [Theory]
    [InlineData("rutte", new[] { "003", "002", "001", "000" })]
    [InlineData("Rutte\u2019s", new[] { "003", "002", "001", "000" })]
    [InlineData("teflon", new[] { "002", "001", "000" })]
    [InlineData("\"teflon mark\"", new[] { "001", "000" })]
    [InlineData("\"mark teflon\"", new string[0])]
    [InlineData("+wilders -rutte", new[] { "004" })]
    [InlineData("wilders", new[] { "004", "000" })]
    [InlineData("+wilders +faber", new[] { "004" })]
    [InlineData("migra*", new[] { "000", "001", "003", "004" })]
    [InlineData("title:dutch", new[] { "001" })]
    [InlineData("title:rutte", new string[0])]
    [InlineData("date:2023-07-08", new[] { "000", "003" })]
    [InlineData("rutte date:2023-07-08", new[] { "003", "000" })]
    [InlineData("rutte -date:2023-07-08", new[] { "002", "001" })]
    [InlineData("rutte date:[2023-01-01 TO 2023-12-31]", new[] { "003", "000" })]
    [InlineData("faber date:2023-07-08", new string[0])]
    [InlineData("christenunie", new[] { "002", "003" })]
    [InlineData("resignation cabinet", new[] { "003", "001" })]
    [InlineData("30,000", new[] { "004" })]
    [InlineData("30000", new[] { "004" })]
    [InlineData("D66", new[] { "002", "003", "001" })]
    [InlineData("nosuchword", new string[0])]
    public void Hits_in_order(string query, string[] expected) => Assert.Equal(expected, Ids(query));

    [Fact]
    public void Scores_descend_and_top_limits_the_hits()
    {
        IReadOnlyList<SearchHit> hits = Seeds.Search("rutte migration coalition");
        Assert.True(hits.Count >= 4);
        for (int i = 1; i < hits.Count; i++) Assert.True(hits[i - 1].Score >= hits[i].Score);
        Assert.Equal(hits.Take(2).Select(h => h.Article), Seeds.Search("rutte migration coalition", 2).Select(h => h.Article));
        Assert.Empty(Seeds.Search("rutte", 0));
    }

    [Fact]
    public void A_title_match_weighs_more_than_a_body_match()
    {
        // "thread" is in 001's title only; "row" too. The title boost puts 001 first for "government".
        Assert.Equal("001", Ids("thread")[0]);
        Assert.True(Seeds.Search("title:government")[0].Score > 0);
    }

    [Fact]
    public void Hits_carry_the_best_sentence_with_highlights()
    {
        SearchHit hit = Seeds.Search("resignation cabinet")[0];
        Assert.Equal("003_586e28ac2cfd1d33", hit.Article.Id);
        Assert.StartsWith("\"That is why I will immediately", hit.BestSentence!.Text);
        Assert.Equal(["resignation", "cabinet"], hit.Highlights.Select(h => hit.BestSentence.Text.Substring(h.Start, h.Length)));
    }

    [Theory]
    [InlineData("rutte coalition")]
    [InlineData("migration asylum")]
    [InlineData("wilders")]
    public void The_best_sentence_found_on_first_read_is_the_one_with_most_matched_words_and_the_same_from_every_thread(string query)
    {
        var index = new SearchIndex(Seeds.Data.Image);
        var terms = query.Split(' ').Select(t => index.Filter.Apply(t)!).ToHashSet();
        IReadOnlyList<SearchHit> hits = Seeds.Search(query);
        Assert.NotEmpty(hits);
        foreach (SearchHit hit in hits)
        {
            // The oracle: the body sentence holding the most words of the query (the first on a tie).
            var matched = hit.Article.Tokens.Where(t => terms.Contains(index.Filter.Apply(t.Normalized) ?? "")).ToList();
            Sentence? expected = null;
            int most = 0;
            foreach (Sentence sentence in hit.Article.Sentences)
            {
                int count = matched.Count(t => t.Start >= sentence.Start && t.Start < sentence.Start + sentence.Length);
                if (count > most) (expected, most) = (sentence, count);
            }

            var seen = new Sentence?[8];
            Parallel.For(0, seen.Length, i => seen[i] = hit.BestSentence);
            Assert.All(seen, s => Assert.Same(seen[0], s));
            Assert.Equal(expected?.Text, hit.BestSentence?.Text);
            Assert.Equal(most, hit.Highlights.Count);
            Assert.All(hit.Highlights, h => Assert.Contains(index.Filter.Apply(CorpusGen.Analysis.Tokenizer.Normalize(hit.BestSentence!.Text.Substring(h.Start, h.Length))) ?? "", terms));
        }
    }

    [Fact]
    public void Term_statistics()
    {
        Assert.Equal(4, Seeds.DocumentFrequency("Rutte\u2019s"));
        Assert.Equal(4, Seeds.DocumentFrequency("rutte"));
        Assert.Equal(0, Seeds.DocumentFrequency("nosuchword"));
        Assert.Equal(7, Seeds.TermFrequency(Seeds._003_586e28ac2cfd1d33, "rutte"));
        Assert.Equal(0, Seeds.TermFrequency(Seeds._004_4a3eff52ca9d437f, "rutte"));
        Assert.Equal(["migration", "minister", "migrants", "migrant", "might"], Seeds.Complete("Mi", 5));
        Assert.Empty(Seeds.Complete("zzz"));
        Assert.Equal("faber", Seeds.Keywords(Seeds._004_4a3eff52ca9d437f, 3)[0].Term);
    }

    [Theory]
    [InlineData("\"unbalanced", 0, "this quote is never closed")]
    [InlineData("rutte \"", 6, "this quote is never closed")]
    [InlineData("*", 0, "'*' must end a word of at least one letter or digit")]
    [InlineData("rutte,mark*", 10, "'*' must end a single word")]
    [InlineData("-", 0, "'-' must stand right before a word, a phrase or a field")]
    [InlineData("+ rutte", 0, "'+' must stand right before a word, a phrase or a field")]
    [InlineData("author:x", 0, "unknown field 'author' (use title:, body: or date:)")]
    [InlineData("date:2023-13-01", 5, "'2023-13-01' is not a date (YYYY-MM-DD)")]
    [InlineData("date:[2023-01-01 TO", 5, "this date range is never closed with ']'")]
    [InlineData("date:[2023-01-01 2023-12-31]", 5, "a date range reads [YYYY-MM-DD TO YYYY-MM-DD]")]
    [InlineData("title: rutte", 6, "'title:' must be followed by a word or a phrase")]
    public void Bad_syntax_throws_one_exception_type_naming_the_position(string query, int position, string message)
    {
        QuerySyntaxException exception = Assert.Throws<QuerySyntaxException>(() => Seeds.Search(query));
        Assert.Equal(position, exception.Position);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("!!! ??? ...")]
    [InlineData("\u0000\u0001\u202e")]
    public void Queries_without_words_find_nothing(string query) => Assert.Empty(Seeds.Search(query));

    [Fact]
    public void A_one_megabyte_query_is_answered()
    {
        string query = string.Join(' ', Enumerable.Repeat("rutte teflon", 1 << 16));
        Assert.Equal(["000", "001", "002", "003"], Ids(query).Order(StringComparer.Ordinal));
        Assert.Throws<ArgumentNullException>(() => Seeds.Search(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeds.Search("rutte", -1));
    }
}

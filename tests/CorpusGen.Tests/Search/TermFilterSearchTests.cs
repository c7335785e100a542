using CorpusGen.Search;
using CorpusGen.Tests.Support;

namespace CorpusGen.Tests.SearchTests;

/// <summary>Stop words and stemming, chosen on the &lt;Corpus&gt; item, apply to the index and to query text alike.</summary>
public class TermFilterSearchTests
{
    private static readonly (string Name, string Text)[] Documents =
    [
        ("a.txt", "The minister of finance resigned. Migrants were migrating north."),
        ("b.txt", "A migrant crossed the border with the minister for finance."),
        ("c.txt", "Migration policy is the topic of the day."),
    ];

    private static CorpusData Build(string? stopWords, string? stemming, string assembly)
    {
        var documents = Documents.Select(d => TestDocument.FromString(d.Name, d.Text) with { StopWords = stopWords, Stemming = stemming });
        var (_, compilation, _) = GeneratorHarness.Run(documents);
        return GeneratorHarness.LoadData(compilation);
    }

    private static string[] Ids(CorpusData data, string query) => data.Search(query).Select(h => h.Article.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void By_default_words_match_as_written_and_common_words_are_indexed()
    {
        CorpusData data = Build(null, null, "Plain");
        Assert.Equal(["b"], Ids(data, "migrant"));
        Assert.Equal(["a"], Ids(data, "migrants"));
        Assert.Equal(3, data.DocumentFrequency("the"));
        Assert.Equal(["a"], Ids(data, "\"minister of finance\""));
    }

    [Fact]
    public void Stemming_matches_forms_of_a_word()
    {
        CorpusData data = Build(null, "true", "Stemmed");
        Assert.Equal(["a", "b"], Ids(data, "migrant"));
        Assert.Equal(["a", "c"], Ids(data, "migration")); // migrat: "migrating" and "migration"
        Assert.Equal(2, data.DocumentFrequency("migrants"));
        Assert.Equal(1, data.TermFrequency(data.ById("a")!, "migrate")); // "migrating"; "Migrants" stems to migrant
        Assert.Equal(["a"], Ids(data, "\"minister of finance\""));
    }

    [Fact]
    public void Stop_words_are_not_indexed_but_keep_their_place_in_phrases()
    {
        CorpusData data = Build("english", null, "Stopped");
        Assert.Empty(data.Search("the"));
        Assert.Equal(0, data.DocumentFrequency("the"));
        // "of" and "for" are both stop words: each leaves a one-word gap, as in Lucene.
        Assert.Equal(["a", "b"], Ids(data, "\"minister of finance\""));
        Assert.Equal(["a", "b"], Ids(data, "\"minister for finance\""));
        Assert.Empty(data.Search("\"minister finance\""));
        Assert.DoesNotContain(data.Keywords(data.ById("c")!, 10), k => k.Term == "the" || k.Term == "of");
    }
}

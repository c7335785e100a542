using System.Globalization;
using System.Reflection;
using CorpusGen.Search;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.SearchTests;

/// <summary>
/// A query with few matches is scored into a list of its matches instead of corpus-sized
/// accumulators; both ways must give the same hits, in the same order, with the same scores.
/// </summary>
public class SparseScoringTests
{
    private static readonly Lazy<CorpusData> Corpus = new(() =>
    {
        // 400 dated articles; "rare{k}" in 1 article of 100, "topic{k}" in 1 of 20, "common" in all.
        var documents = Enumerable.Range(0, 400).Select(i => TestDocument.FromString(
            "doc" + i.ToString("D4", CultureInfo.InvariantCulture) + ".txt",
            $"date 2023-{1 + i % 12:D2}-{1 + i % 28:D2} Headline {i % 17} about topic{i % 20}\n\n" +
            $"The common opening of document {i} mentions rare{i % 100} and topic{i % 20}. " +
            $"A second sentence has common words, rare{(i * 7) % 100} again, and the phrase quiet harbour{(i % 3 == 0 ? "" : " town")}.\n"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(documents);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(assemblyName: "SparseScoring"), out Compilation compilation, out _);
        Assembly assembly = GeneratorHarness.Load(compilation);
        return GeneratorHarness.Data(assembly);
    });

    [Theory]
    [InlineData("rare7", true)]
    [InlineData("rare7 rare8", true)]
    [InlineData("+rare7 rare14", true)]
    [InlineData("+rare7 +topic7", true)]
    [InlineData("rare7 -topic7", true)]
    [InlineData("title:topic3", true)]
    [InlineData("\"rare7 and\"", true)]
    [InlineData("rare7 date:[2023-01-01 TO 2023-06-30]", true)]
    [InlineData("rare7 -date:2023-08-08", true)]
    [InlineData("nosuchword rare3", true)]
    [InlineData("common rare7", false)]
    [InlineData("topic7", true)]
    [InlineData("headline rare7", false)]
    [InlineData("rare*", false)]
    [InlineData("-rare7", false)]
    public void Few_matches_rank_as_the_corpus_sized_accumulators_do(string query, bool sparse)
    {
        CorpusData data = Corpus.Value;
        var clauses = QueryParser.Parse(query, data.Index.Filter);
        var expected = Searcher.Search(data, data.Index, clauses, 10, allowSparse: false);
        var actual = Searcher.Search(data, data.Index, clauses, 10);
        Assert.Equal(expected.Select(h => (h.Article.Id, h.Score)), actual.Select(h => (h.Article.Id, h.Score)));
        Assert.Equal(expected.Select(h => h.BestSentence?.Text), actual.Select(h => h.BestSentence?.Text));
        Assert.Equal(sparse, Searcher.UsesSparse(data, data.Index, clauses));
        if (query != "nosuchword rare3" && !query.StartsWith('-')) Assert.NotEmpty(actual);
    }
}

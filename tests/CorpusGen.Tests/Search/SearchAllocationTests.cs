using System.Globalization;
using System.Reflection;
using CorpusGen.Search;
using CorpusGen.Tests.Generated;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.SearchTests;

/// <summary>A term lookup allocates nothing; a search allocates for the query and its hits, not for the corpus.</summary>
public class SearchAllocationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static CorpusData Build(int documents, string name)
    {
        var docs = Enumerable.Range(0, documents).Select(i => TestDocument.FromString(
            "doc" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt",
            $"Headline {i % 17}\n\nThe first paragraph of document {i} talks about topic{i % 50} and more. A second sentence follows."));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(docs);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(assemblyName: name), out Compilation compilation, out _);
        Assembly assembly = GeneratorHarness.Load(compilation);
        return GeneratorHarness.Data(assembly);
    }

    [Fact]
    public void Term_lookup_allocates_nothing()
    {
        var index = new SearchIndex(Seeds.Data.Image);
        Assert.True(index.FindTerm("rutte") >= 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0;
        for (int i = 0; i < 1000; i++)
        {
            if (index.FindTerm("rutte") >= 0) found++;
            if (index.FindTerm("nosuchterm") < 0) found++;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2000, found);
        Assert.Equal(0, allocated);
    }

    private static readonly Lazy<(CorpusData Small, CorpusData Large)> Corpora = new(() => (Build(500, "SearchSmall"), Build(5000, "SearchLarge")));

    [Theory]
    // Two terms, both in a tenth of the articles or more.
    [InlineData("topic7 document", 5)]
    // A prefix that matches every article (topic0 to topic49): each article once, however many terms.
    [InlineData("topic*", 5)]
    // A phrase whose first term is in every article: each article's occurrences checked in place.
    [InlineData("\"first paragraph\"", 5)]
    // Both, required and excluded clauses, in the title and the body.
    [InlineData("+\"second sentence\" -topic3 title:headline topic1*", 5)]
    public void Search_allocation_does_not_grow_with_the_corpus(string query, int expectedHits)
    {
        long Measure(CorpusData corpus)
        {
            corpus.Search(query, 5); // warm up: index object, the thread's scratch arrays
            long before = GC.GetAllocatedBytesForCurrentThread();
            IReadOnlyList<SearchHit> hits = corpus.Search(query, 5);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(expectedHits, hits.Count);
            return allocated;
        }
        (CorpusData small, CorpusData large) = Corpora.Value;
        long smallBytes = Measure(small), largeBytes = Measure(large);
        output.WriteLine($"{query}: top 5 allocates {smallBytes} bytes at 500 documents, {largeBytes} bytes at 5000 documents");
        Assert.True(largeBytes < smallBytes * 2, $"{smallBytes} bytes at 500 documents, {largeBytes} at 5000");
        // Bounded by the query and the hits: a few KB whatever the corpus.
        Assert.InRange(largeBytes, 1, 8 * 1024);
    }
}

extern alias generator;

using CorpusGen.Tests.Support;
using generator::CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Emitter = generator::CorpusGen.Generator.Emit.CorpusEmitter;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// A corpus whose image has more blobs than one source holds is emitted as several sources, parts
/// of one class; compiled together they are the same corpus as one source would be.
/// </summary>
public class SourcePartsTests
{
    [Fact]
    public void A_corpus_split_over_several_sources_reads_as_the_single_source_one()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(GeneratorHarness.Seeds()).RunGenerators(GeneratorHarness.CreateCompilation());
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        var corpus = run.TrackedSteps[TrackingNames.Corpora].SelectMany(s => s.Outputs).Select(o => o.Value)
            .OfType<generator::CorpusGen.Generator.Model.CorpusResult>().Single().Corpus!;

        var whole = Emitter.Emit(corpus).Select(s => (s.HintName, Text: s.Text.ToString())).ToList();
        var parts = Emitter.Emit(corpus, blobsPerSource: 4).Select(s => (s.HintName, Text: s.Text.ToString())).ToList();

        Assert.Equal("MyApp.News.g.cs", Assert.Single(whole).HintName);
        Assert.Equal(run.GeneratedSources.Single().SourceText.ToString(), whole[0].Text);
        Assert.True(parts.Count > 3, $"{parts.Count} sources");
        Assert.Equal(["MyApp.News.g.cs", "MyApp.News.Blobs1.g.cs", "MyApp.News.Blobs2.g.cs"], parts.Take(3).Select(p => p.HintName));
        Assert.All(parts.Skip(1), p => Assert.DoesNotContain("GeneratedCode", p.Text, StringComparison.Ordinal));

        CorpusData single = Load(whole, "SingleSource"), split = Load(parts, "SplitSources");
        Assert.Equal(single.Articles.Select(a => (a.Id, a.Title, a.Text, a.RawText)), split.Articles.Select(a => (a.Id, a.Title, a.Text, a.RawText)));
        Assert.Equal(single.Articles.Select(a => a.Sentences.Count), split.Articles.Select(a => a.Sentences.Count));
        Assert.Equal(single.Search("rutte coalition").Select(h => (h.Article.Id, h.Score)), split.Search("rutte coalition").Select(h => (h.Article.Id, h.Score)));
        Assert.Equal(5, split.Articles.Count);
    }

    /// <summary>The image class's blobs go in switches of 8 to 64 (the seeds: 26 blobs, 4 groups of 8; 10,000 documents: 1,600 blobs, 100 of 16).</summary>
    [Theory]
    [InlineData(1, 3)]
    [InlineData(26, 3)]
    [InlineData(1_024, 3)]
    [InlineData(1_025, 4)]
    [InlineData(1_600, 4)]
    [InlineData(16_000, 5)]
    [InlineData(65_537, 6)]
    [InlineData(1_000_000, 6)]
    public void Blob_groups_grow_with_the_square_root_of_the_blob_count(int blobs, int groupBits) =>
        Assert.Equal(groupBits, Emitter.BlobGroupBits(blobs));

    private static CorpusData Load(IEnumerable<(string HintName, string Text)> sources, string assemblyName)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(assemblyName: assemblyName)
            .AddSyntaxTrees(sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions(), path: s.HintName)));
        Assert.Equal("", GeneratorHarness.Errors(compilation));
        return GeneratorHarness.LoadData(compilation);
    }
}

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

        var whole = Emitter.Emit(corpus);
        var parts = Emitter.Emit(corpus, blobsPerSource: 4);

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

    private static CorpusData Load(IEnumerable<(string HintName, string Text)> sources, string assemblyName)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(assemblyName: assemblyName)
            .AddSyntaxTrees(sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions(), path: s.HintName)));
        Assert.Equal("", GeneratorHarness.Errors(compilation));
        return (CorpusData)GeneratorHarness.Load(compilation).GetType("MyApp.News")!.GetProperty("Data")!.GetValue(null)!;
    }
}

/// <summary>A corpus too large for a property per article (the runtime's 65,535 methods a type) loads without them.</summary>
public class ArticlePropertyLimitTests
{
    [Fact]
    public void Past_64000_articles_the_class_has_no_article_properties_and_says_so()
    {
        const int count = 64_001;
        var documents = Enumerable.Range(0, count).Select(i => TestDocument.FromString($"doc{i:D5}.txt", $"Story {i} of many."));
        var (result, output, _) = GeneratorHarness.Run(documents);

        Diagnostic info = Assert.Single(result.Diagnostics, d => d.Id == "CG0021");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("'News' has 64,001 articles, more than the 64,000", info.GetMessage(), StringComparison.Ordinal);
        string main = result.Results.Single().GeneratedSources.Single(s => s.HintName == "MyApp.News.g.cs").SourceText.ToString();
        Assert.DoesNotContain("Data.Articles[0]", main, StringComparison.Ordinal);

        var data = (CorpusData)GeneratorHarness.Load(output).GetType("MyApp.News")!.GetProperty("Data")!.GetValue(null)!;
        Assert.Equal(count, data.Articles.Count);
        Assert.Equal("Story 64000 of many.", data.ById("doc64000")!.Text);
    }
}

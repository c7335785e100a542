using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Generator;

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

        var data = GeneratorHarness.LoadData(output);
        Assert.Equal(count, data.Articles.Count);
        Assert.Equal("Story 64000 of many.", data.ById("doc64000")!.Text);
    }
}

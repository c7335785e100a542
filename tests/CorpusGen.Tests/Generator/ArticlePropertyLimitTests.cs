using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Generator;

/// <summary>A corpus too large for a property per article (the runtime's 65,535 methods a type) loads without them; so does one whose &lt;Corpus&gt; item says ArticleProperties="false".</summary>
public class ArticlePropertyLimitTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("false")] // the properties are not wanted anyway: nothing to say
    public void Past_64000_articles_the_class_has_no_article_properties_and_says_so_unless_they_are_not_wanted(string? articleProperties)
    {
        const int count = 64_001;
        var documents = Enumerable.Range(0, count).Select(i => TestDocument.FromString($"doc{i:D5}.txt", $"Story {i} of many.") with { ArticleProperties = articleProperties });
        var (result, output, _) = GeneratorHarness.Run(documents);

        if (articleProperties is null)
        {
            Diagnostic info = Assert.Single(result.Diagnostics, d => d.Id == "CG0021");
            Assert.Equal(DiagnosticSeverity.Info, info.Severity);
            Assert.Contains("'News' has 64,001 articles, more than the 64,000", info.GetMessage(), StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CG0021");
        }
        string main = result.Results.Single().GeneratedSources.Single(s => s.HintName == "MyApp.News.g.cs").SourceText.ToString();
        Assert.DoesNotContain("Data.Articles[0]", main, StringComparison.Ordinal);

        var data = GeneratorHarness.LoadData(output);
        Assert.Equal(count, data.Articles.Count);
        Assert.Equal("Story 64000 of many.", data.ById("doc64000")!.Text);
    }

    [Fact]
    public void ArticleProperties_false_leaves_the_article_properties_out_without_a_diagnostic()
    {
        // "a-b" and "a_b" would both be property a_b: one is renamed (CG0005), where there are properties.
        TestDocument[] documents = [.. Enumerable.Range(0, 3).Select(i => TestDocument.FromString($"doc{i}.txt", $"Story {i}.")),
            TestDocument.FromString("a-b.txt", "Dash."), TestDocument.FromString("a_b.txt", "Underscore.")];

        var (withProperties, withOutput, _) = GeneratorHarness.Run(documents);
        var (without, withoutOutput, _) = GeneratorHarness.Run(documents.Select(d => d with { ArticleProperties = "false" }));

        Assert.DoesNotContain(withProperties.Diagnostics, d => d.Id == "CG0021");
        Assert.DoesNotContain(without.Diagnostics, d => d.Id == "CG0021");
        Assert.Single(withProperties.Diagnostics, d => d.Id == "CG0005");
        Assert.DoesNotContain(without.Diagnostics, d => d.Id == "CG0005");
        Assert.NotNull(GeneratorHarness.Load(withOutput).GetType("MyApp.News")!.GetProperty("doc1"));
        System.Reflection.Assembly assembly = GeneratorHarness.Load(withoutOutput);
        Assert.Null(assembly.GetType("MyApp.News")!.GetProperty("doc1"));
        Assert.Equal("Story 1.", GeneratorHarness.Data(assembly).ById("doc1")!.Text);
    }
}

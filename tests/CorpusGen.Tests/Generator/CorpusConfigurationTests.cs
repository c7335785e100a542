using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Generator;

public class CorpusConfigurationTests
{
    [Fact]
    public void Namespace_defaults_to_the_root_namespace()
    {
        var (result, output, _) = GeneratorHarness.Run([TestDocument.FromString("a.txt", "Text.", className: "Corpus", ns: "")], rootNamespace: "My.Root");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("My.Root.Corpus.g.cs", Assert.Single(Assert.Single(result.Results).GeneratedSources).HintName);
        Assert.NotNull(GeneratorHarness.Load(output).GetType("My.Root.Corpus"));
    }

    [Fact]
    public void Without_any_namespace_the_class_is_global()
    {
        var (result, output, _) = GeneratorHarness.Run([TestDocument.FromString("a.txt", "Text.", className: "Corpus", ns: "")], rootNamespace: "");

        Assert.Equal("global.Corpus.g.cs", Assert.Single(Assert.Single(result.Results).GeneratedSources).HintName);
        Assert.NotNull(GeneratorHarness.Load(output).GetType("Corpus"));
    }

    [Fact]
    public void Several_class_names_give_several_corpora()
    {
        var (result, output, _) = GeneratorHarness.Run(
        [
            TestDocument.FromString("a.txt", "First news.", className: "News"),
            TestDocument.FromString("b.txt", "Second news.", className: "News"),
            TestDocument.FromString("c.txt", "Only blog.", className: "Blog"),
            TestDocument.FromString("d.txt", "Elsewhere.", className: "News", ns: "Other"),
        ]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["MyApp.Blog.g.cs", "MyApp.News.g.cs", "Other.News.g.cs"],
            Assert.Single(result.Results).GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        var assembly = GeneratorHarness.Load(output);
        CorpusData Data(string type) => GeneratorHarness.Data(assembly, type);
        Assert.Equal(["a", "b"], Data("MyApp.News").Articles.Select(a => a.Id));
        Assert.Equal(["c"], Data("MyApp.Blog").Articles.Select(a => a.Id));
        Assert.Equal(["d"], Data("Other.News").Articles.Select(a => a.Id));
    }

    [Fact]
    public void Files_without_corpus_metadata_are_ignored()
    {
        var plain = new TestAdditionalText("/project/readme.txt", Microsoft.CodeAnalysis.Text.SourceText.From("not a corpus file"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver([TestDocument.FromString("a.txt", "Text.")])
            .AddAdditionalTexts([plain]);
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        Assert.Single(run.GeneratedSources);
        Assert.DoesNotContain("not a corpus file", run.GeneratedSources[0].SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Article_properties_carry_the_title_or_first_sentence_as_doc_comment()
    {
        var (result, _, _) = GeneratorHarness.Run(
        [
            TestDocument.FromString("t.txt", "A Headline Here\nBody sentence one. Body two."),
            TestDocument.FromString("u.txt", "Mr. Smith & <Co> went home. Then more."),
        ]);
        string source = Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString();

        Assert.Contains("/// <summary>A Headline Here</summary>\n        /// <remarks>Article <c>t</c> from <c>t.txt</c>.</remarks>\n        public static global::CorpusGen.Article t => Data.Articles[0];", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Mr. Smith &amp; &lt;Co&gt; went home.</summary>", source, StringComparison.Ordinal);
    }
}

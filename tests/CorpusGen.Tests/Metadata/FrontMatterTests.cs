using System.Reflection;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Metadata;

/// <summary>YAML front matter becomes typed properties of a generated article type, typed over the whole corpus.</summary>
public class FrontMatterTests
{
    private const string First = """
        ---
        title: "Coalition collapses"
        date: 2023-07-08
        author: Jane Doe
        views: 1200
        score: 4
        draft: false
        updated: 2023-07-08T10:30:00+02:00
        tags: [politics, migration]
        source: NOS
        ---
        The body starts here. It has two sentences.
        """;

    private const string Second = """
        ---
        author: 'John Roe'
        views: 30
        score: 4.5
        draft: true
        updated: 2023-07-09
        tags:
          - europe
        source: 12
        ---
        Another body.
        """;

    private const string Third = "No front matter at all.";

    private static (GeneratorDriverRunResult Result, Assembly Assembly, string Source) Build(params TestDocument[] documents)
    {
        var (result, output, _) = GeneratorHarness.Run(documents);
        Assert.Equal("", GeneratorHarness.Errors(output));
        return (result, GeneratorHarness.Load(output), Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString());
    }

    private static object? Property(Article article, string name) => article.GetType().GetProperty(name)!.GetValue(article);

    [Fact]
    public void Keys_become_typed_properties_unified_over_the_corpus()
    {
        var (result, assembly, source) = Build(
            TestDocument.FromString("a.md", First), TestDocument.FromString("b.md", Second), TestDocument.FromString("c.md", Third));

        Diagnostic conflict = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0014", conflict.Id);
        Assert.Contains("'source' is a whole number in 'b.md' but text", conflict.GetMessage(), StringComparison.Ordinal);

        Type article = assembly.GetType("MyApp.NewsArticle")!;
        Assert.Equal(typeof(Article), article.BaseType);
        Assert.Equal(typeof(string), article.GetProperty("Author")!.PropertyType);
        Assert.Equal(typeof(long?), article.GetProperty("Views")!.PropertyType);
        Assert.Equal(typeof(double?), article.GetProperty("Score")!.PropertyType);
        Assert.Equal(typeof(bool?), article.GetProperty("Draft")!.PropertyType);
        Assert.Equal(typeof(DateTimeOffset?), article.GetProperty("Updated")!.PropertyType);
        Assert.Equal(typeof(string[]), article.GetProperty("Tags")!.PropertyType);
        Assert.Equal(typeof(string), article.GetProperty("Source")!.PropertyType);
        Assert.Equal(typeof(Article), article.GetProperty("Title")!.DeclaringType);
        Assert.Contains("public string? Author => MetadataString(0);", source, StringComparison.Ordinal);

        var data = GeneratorHarness.Data(assembly);
        Article a = data.ById("a")!, b = data.ById("b")!, c = data.ById("c")!;
        Assert.IsType(article, a);
        Assert.Equal("Coalition collapses", a.Title);
        Assert.Equal(new DateOnly(2023, 7, 8), a.Date);
        Assert.Equal("The body starts here. It has two sentences.", a.Text);
        Assert.Equal(2, a.Sentences.Count);
        Assert.Equal(("Jane Doe", 1200L, 4.0, false), ((string?)Property(a, "Author"), (long?)Property(a, "Views"), (double?)Property(a, "Score"), (bool?)Property(a, "Draft")));
        Assert.Equal(new DateTimeOffset(2023, 7, 8, 10, 30, 0, TimeSpan.FromHours(2)), Property(a, "Updated"));
        Assert.Equal(["politics", "migration"], (string[])Property(a, "Tags")!);
        Assert.Equal(("John Roe", 30L, 4.5, true), ((string?)Property(b, "Author"), (long?)Property(b, "Views"), (double?)Property(b, "Score"), (bool?)Property(b, "Draft")));
        Assert.Equal(new DateTimeOffset(2023, 7, 9, 0, 0, 0, TimeSpan.Zero), Property(b, "Updated"));
        Assert.Equal(["europe"], (string[])Property(b, "Tags")!);
        Assert.Equal(["NOS", "12"], new[] { Property(a, "Source"), Property(b, "Source") });
        Assert.Null(Property(c, "Author"));
        Assert.Null(Property(c, "Views"));
        Assert.Null(Property(c, "Tags"));
        Assert.Null(b.Title);
    }

    [Fact]
    public void Keys_present_everywhere_are_not_nullable()
    {
        var (_, assembly, _) = Build(
            TestDocument.FromString("a.md", "---\nviews: 1\nlabel: x\n---\nOne."),
            TestDocument.FromString("b.md", "---\nviews: 2\nlabel: y\n---\nTwo."));
        Type article = assembly.GetType("MyApp.NewsArticle")!;
        Assert.Equal(typeof(long), article.GetProperty("Views")!.PropertyType);
        Assert.Equal(typeof(string), article.GetProperty("Label")!.PropertyType);
        var articles = (IReadOnlyList<Article>)assembly.GetType("MyApp.News")!.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal([1L, 2L], articles.Select(a => (long)Property(a, "Views")!));
    }

    [Fact]
    public void Malformed_front_matter_is_reported_where_it_is_and_the_document_still_compiles()
    {
        const string Broken = "---\nauthor: Jane\nviews: [1, 2\n---\nBody text.";
        var (result, assembly, _) = Build(TestDocument.FromString("bad.md", Broken), TestDocument.FromString("ok.md", "---\nauthor: Joe\n---\nFine."));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0013", d.Id);
        Assert.Equal("/corpus/bad.md", d.Location.GetLineSpan().Path);
        Assert.True(d.Location.GetLineSpan().StartLinePosition.Line >= 2, d.Location.GetLineSpan().ToString());
        var data = GeneratorHarness.Data(assembly);
        Assert.Equal("Body text.", data.ById("bad")!.Text);
        Assert.Null(Property(data.ById("bad")!, "Author"));
        Assert.Equal("Joe", Property(data.ById("ok")!, "Author"));
    }

    [Fact]
    public void Nested_mappings_are_left_out_with_a_warning()
    {
        var (result, assembly, _) = Build(TestDocument.FromString("n.md", "---\nauthor:\n  name: Jane\n  mail: j@x.org\nviews: 3\n---\nBody."));
        Assert.Equal("CG0013", Assert.Single(result.Diagnostics).Id);
        Assert.Null(assembly.GetType("MyApp.NewsArticle")!.GetProperty("Author"));
        Assert.NotNull(assembly.GetType("MyApp.NewsArticle")!.GetProperty("Views"));
    }

    [Fact]
    public void Front_matter_keys_are_escaped_and_named_safely()
    {
        var (_, assembly, source) = Build(TestDocument.FromString("k.md", "---\n\"*/ #error\": 1\npublished-at: 2024-01-02\nText: clash\nclass: x\n---\nBody."));
        Type article = assembly.GetType("MyApp.NewsArticle")!;
        Assert.NotNull(article.GetProperty("Error"));
        Assert.Equal(typeof(DateOnly), article.GetProperty("PublishedAt")!.PropertyType);
        Assert.NotNull(article.GetProperty("Text_2"));
        Assert.NotNull(article.GetProperty("Class"));
        Assert.DoesNotContain("#error", source.Split('\n').Where(l => l.TrimStart().StartsWith('#')), StringComparer.Ordinal);
    }

    [Fact]
    public void An_unclosed_fence_is_text()
    {
        var (result, assembly, _) = Build(TestDocument.FromString("u.md", "---\nauthor: Jane\nNo closing fence."));
        Assert.Empty(result.Diagnostics);
        Assert.Null(assembly.GetType("MyApp.NewsArticle"));
        var data = GeneratorHarness.Data(assembly);
        Assert.Contains("author: Jane", data.ById("u")!.Text, StringComparison.Ordinal);
    }
}

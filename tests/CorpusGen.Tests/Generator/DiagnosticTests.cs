using System.Text;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Generator;

public class DiagnosticTests
{
    private static (ImmutableDiagnostics Diagnostics, Compilation Output, GeneratorDriverRunResult Result) Run(params TestDocument[] documents)
    {
        var (result, output, _) = GeneratorHarness.Run(documents);
        Assert.Equal("", GeneratorHarness.Errors(output));
        return (new ImmutableDiagnostics(result.Diagnostics), output, result);
    }

    internal sealed record ImmutableDiagnostics(IReadOnlyList<Diagnostic> All)
    {
        public Diagnostic Single(string id) => Assert.Single(All, d => d.Id == id);
    }

    [Fact]
    public void Invalid_utf8_reports_the_byte_offset_and_keeps_the_text_with_replacement_characters()
    {
        // The compiler decodes a file that is not valid UTF-8 with a fallback code page; Latin-1 stands in for it here.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf\u00e9 ok. "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" end.")];
        SourceText text = SourceText.From(bytes, bytes.Length, Encoding.Latin1);
        var (diagnostics, output, _) = Run(new TestDocument("/corpus/bad.txt", text, RelativePath: "bad.txt"));

        Diagnostic d = diagnostics.Single("CG0001");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("byte offset 10", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("0xFF", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("2 invalid sequences", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/corpus/bad.txt", d.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 9), d.Location.GetLineSpan().StartLinePosition);

        string raw = RawTextOf(output, "bad");
        Assert.Equal("Caf\u00e9 ok. \uFFFD\uFFFD end.", raw);
    }

    [Fact]
    public void Replacement_characters_from_the_compilers_utf8_fallback_are_reported_with_the_byte_offset()
    {
        // On Linux the compiler's fallback for invalid UTF-8 is UTF-8 with replacement: the generator sees U+FFFD.
        var (diagnostics, output, _) = Run(TestDocument.FromString("bad.txt", "Caf\u00e9 ok.\n\uFFFD( end."));

        Diagnostic d = diagnostics.Single("CG0001");
        Assert.Contains("byte offset 10", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new LinePosition(1, 0), d.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("Caf\u00e9 ok.\n\uFFFD( end.", RawTextOf(output, "bad"));
    }

    [Fact]
    public void Empty_and_whitespace_documents_are_kept_with_a_warning()
    {
        var (diagnostics, output, _) = Run(
            TestDocument.FromString("empty.txt", ""),
            TestDocument.FromString("blank.txt", " \r\n\t\n"),
            TestDocument.FromString("fine.txt", "Some text."));

        Assert.Equal(2, diagnostics.All.Count(d => d.Id == "CG0002"));
        Assert.Equal(["/corpus/blank.txt", "/corpus/empty.txt"], diagnostics.All.Where(d => d.Id == "CG0002").Select(d => d.Location.GetLineSpan().Path).Order(StringComparer.Ordinal));
        Assert.Equal(" \r\n\t\n", RawTextOf(output, "blank"));
    }

    [Fact]
    public void Duplicate_file_names_use_the_relative_path_as_id()
    {
        var (diagnostics, output, _) = Run(
            TestDocument.FromString("a/story.txt", "First."),
            TestDocument.FromString("b/story.txt", "Second."),
            TestDocument.FromString("other.txt", "Third."));

        Assert.Equal(2, diagnostics.All.Count(d => d.Id == "CG0003"));
        Assert.Contains("relative path 'a/story'", diagnostics.All.First(d => d.Id == "CG0003").GetMessage(), StringComparison.Ordinal);
        string source = GeneratedSource(output);
        Assert.Contains("public static global::CorpusGen.Article a_story => Data.Articles[0];", source, StringComparison.Ordinal);
        Assert.Contains("public static global::CorpusGen.Article b_story => Data.Articles[1];", source, StringComparison.Ordinal);
        Assert.Equal("Second.", RawTextOf(output, "b/story"));
    }

    [Fact]
    public void Invalid_date_in_the_prefix_points_at_the_date()
    {
        var (diagnostics, output, _) = Run(TestDocument.FromString("d.txt", "\ndate 2023-02-30 Body text here."));

        Diagnostic d = diagnostics.Single("CG0004");
        Assert.Contains("'2023-02-30'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new LinePosition(1, 5), d.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(new LinePosition(1, 15), d.Location.GetLineSpan().EndLinePosition);
        Assert.Equal("Body text here.", TextOf(output, "d"));
    }

    [Fact]
    public void Identifier_collisions_are_renamed_with_a_warning()
    {
        var (diagnostics, output, _) = Run(
            TestDocument.FromString("a-b.txt", "One."),
            TestDocument.FromString("a_b.txt", "Two."),
            TestDocument.FromString("Articles.txt", "Three."),
            TestDocument.FromString("class.txt", "Four."),
            TestDocument.FromString("News.txt", "Five."),
            TestDocument.FromString("\u00c4rger.txt", "Six."),
            TestDocument.FromString("7 days.txt", "Seven."));

        string source = GeneratedSource(output);
        Assert.Contains(" Articles_2 => ", source, StringComparison.Ordinal);
        Assert.Contains(" News_2 => ", source, StringComparison.Ordinal);
        Assert.Contains(" @class => ", source, StringComparison.Ordinal);
        // Written as a Unicode escape (the generated source is ASCII), which C# reads as the same identifier.
        Assert.Contains(" \\u00C4rger => ", source, StringComparison.Ordinal);
        Assert.Single(output.GetSymbolsWithName("\u00c4rger", SymbolFilter.Member));
        Assert.Contains(" _7_days => ", source, StringComparison.Ordinal);
        Assert.Contains(" a_b => ", source, StringComparison.Ordinal);
        Assert.Contains(" a_b_2 => ", source, StringComparison.Ordinal);
        Assert.Equal(3, diagnostics.All.Count(d => d.Id == "CG0005"));
    }

    [Fact]
    public void Csharp_10_gets_an_error_and_no_source()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.Seeds(), LanguageVersion.CSharp10);

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0007", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Invalid_class_name_or_namespace_is_an_error()
    {
        var (result, _, _) = GeneratorHarness.Run(
            [TestDocument.FromString("x.txt", "Text.", className: "My Class"), TestDocument.FromString("y.txt", "Text.", className: "Ok", ns: "A.2b")]);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "CG0008"));
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Unpaired_surrogates_are_stored_as_replacement_characters_with_a_warning()
    {
        var (diagnostics, output, _) = Run(TestDocument.FromString("s.txt", "A\uD800B \uDC00."));

        Assert.Contains("U+D800", diagnostics.Single("CG0009").GetMessage(), StringComparison.Ordinal);
        Assert.Equal("A\uFFFDB \uFFFD.", RawTextOf(output, "s"));
    }

    [Fact]
    public void Documents_over_MaxDocumentBytes_are_left_out_with_a_warning()
    {
        var big = TestDocument.FromString("big.txt", new string('a', 2000)) with { MaxDocumentBytes = "1000" };
        var (diagnostics, output, _) = Run(big, TestDocument.FromString("small.txt", "Small."));

        Assert.Contains("2000 bytes", diagnostics.Single("CG0010").GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(" big => ", GeneratedSource(output), StringComparison.Ordinal);
        Assert.Contains(" small => ", GeneratedSource(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_give_no_diagnostics()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        Assert.Empty(result.Diagnostics);
    }

    private static string GeneratedSource(Compilation output) =>
        output.SyntaxTrees.Single(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToString();

    private static CorpusData Load(Compilation output) =>
        GeneratorHarness.LoadData(output);

    private static string RawTextOf(Compilation output, string id) => Load(output).ById(id)!.RawText;

    private static string TextOf(Compilation output, string id) => Load(output).ById(id)!.Text;
}

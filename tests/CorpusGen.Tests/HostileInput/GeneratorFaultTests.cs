extern alias generator;

using System.Text;
using GeneratorAnalysis = generator::CorpusGen.Analysis;
using CorpusGen.Tests.Support;
using generator::CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.HostileInput;

/// <summary>The generator never lets an exception escape, honours cancellation, and skips what is not text.</summary>
public class GeneratorFaultTests
{
    private static IEnumerable<TestDocument> Documents(int count) =>
        Enumerable.Range(0, count).Select(i => TestDocument.FromString($"doc{i}.txt", $"Document number {i}."));

    [Fact]
    public void A_failure_in_one_document_is_one_diagnostic_on_that_document()
    {
        var generator = new CorpusGenerator(text =>
            text.Contains("number 2", StringComparison.Ordinal) ? throw new InvalidOperationException("injected failure") : GeneratorAnalysis.DocumentAnalyzer.Analyze(text));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Documents(4), out _, generator: generator);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out var diagnostics);

        Diagnostic d = Assert.Single(diagnostics);
        Assert.Equal("CG0099", d.Id);
        Assert.Equal("/corpus/doc2.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException: injected failure", d.GetMessage(), StringComparison.Ordinal);
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.Equal("", GeneratorHarness.Errors(output));
        var data = GeneratorHarness.LoadData(output);
        Assert.Equal(["doc0", "doc1", "doc3"], data.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Cancellation_stops_the_run_between_documents()
    {
        using var cancellation = new CancellationTokenSource();
        int analysed = 0;
        var generator = new CorpusGenerator(text =>
        {
            if (Interlocked.Increment(ref analysed) == 3) cancellation.Cancel();
            return GeneratorAnalysis.DocumentAnalyzer.Analyze(text);
        });
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Documents(50), out _, generator: generator);

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancellation.Token));
        Assert.Equal(3, analysed);
    }

    [Fact]
    public void Cancellation_stops_the_emit_stage_and_its_background_writers()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Documents(20), out _).RunGenerators(GeneratorHarness.CreateCompilation());
        var corpus = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Corpora]
            .SelectMany(s => s.Outputs).Select(o => o.Value).OfType<generator::CorpusGen.Generator.Model.CorpusResult>().Single().Corpus!;
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => generator::CorpusGen.Generator.Emit.CorpusEmitter.Emit(corpus, cancellation.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => generator::CorpusGen.Generator.Emit.RelatedArticlesWriter.Write(corpus, generator::CorpusGen.Generator.Emit.CorpusWords.Number(corpus), cancellation.Token));
        // Not cancelled, the same model emits; twice, the same text (the background writers do not race into the output).
        Assert.Equal(generator::CorpusGen.Generator.Emit.CorpusEmitter.Emit(corpus).Select(s => (s.HintName, s.Text.ToString())),
            generator::CorpusGen.Generator.Emit.CorpusEmitter.Emit(corpus).Select(s => (s.HintName, s.Text.ToString())));
    }

    [Fact]
    public void A_binary_file_swept_in_by_a_glob_is_skipped_with_a_warning()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xC0];
        byte[] nulAndBad = [0x41, 0x00, 0xC3, 0x28, 0x42];
        var (result, output, _) = GeneratorHarness.Run(
        [
            new TestDocument("/corpus/picture.png", SourceText.From(png, png.Length, Encoding.Latin1), RelativePath: "picture.png"),
            new TestDocument("/corpus/blob.dat", SourceText.From(nulAndBad, nulAndBad.Length, Encoding.Latin1), RelativePath: "blob.dat"),
            TestDocument.FromString("nul.txt", "Valid UTF-8\0with a NUL."),
            TestDocument.FromString("text.txt", "Real text."),
        ]);

        Assert.Equal(["CG0011", "CG0011"], result.Diagnostics.Select(d => d.Id));
        Assert.Contains("PNG image", result.Diagnostics.Single(d => d.Location.GetLineSpan().Path == "/corpus/picture.png").GetMessage(), StringComparison.Ordinal);
        var data = GeneratorHarness.LoadData(output);
        Assert.Equal(["nul", "text"], data.Articles.Select(a => a.Id));
        Assert.Equal("Valid UTF-8\0with a NUL.", data.ById("nul")!.RawText);
    }

    [Fact]
    public void An_invalid_MaxDocumentBytes_is_reported_once_and_the_default_used()
    {
        var (result, output, _) = GeneratorHarness.Run(
        [
            TestDocument.FromString("a.txt", "One.") with { MaxDocumentBytes = "lots" },
            TestDocument.FromString("b.txt", "Two.") with { MaxDocumentBytes = "lots" },
        ]);

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0012", d.Id);
        Assert.Contains("'lots'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("", GeneratorHarness.Errors(output));
    }

    [Fact]
    public void Repeated_runs_give_byte_identical_output()
    {
        IReadOnlyList<TestDocument> seeds = GeneratorHarness.Seeds();
        string[] outputs = Enumerable.Range(0, 3)
            .Select(_ => Assert.Single(GeneratorHarness.Run(seeds).Result.GeneratedTrees).GetText().ToString())
            .ToArray();
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}

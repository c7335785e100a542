// Build-side measurements for benchmarks/run: how long the CorpusGen generator takes on a corpus
// folder, step by step, how long the compiler then takes to emit the assembly, how much memory that
// needs, and what a one-document edit costs against the cached pipeline.
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: CorpusGen.BuildBenchmarks <corpus folder> [--edit] [--no-compile] [--resource]");
    return 2;
}
string folder = Path.GetFullPath(args[0]);
bool edit = args.Contains("--edit");
bool compile = !args.Contains("--no-compile");
// --resource: the corpus as <Corpus Storage="Resource">: the compiler's run of the generator makes no image
// (the build step does, outside the compiler: time it with CorpusGen.ImageTool).
bool resource = args.Contains("--resource");
string[] paths = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
long rawBytes = paths.Sum(p => new FileInfo(p).Length);
var texts = paths.Select(p => (AdditionalText)new FileText(p, SourceText.From(File.ReadAllText(p), Encoding.UTF8))).ToImmutableArray();

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .Append(MetadataReference.CreateFromFile(typeof(CorpusGen.Article).Assembly.Location))
    .ToList();
var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
CSharpCompilation compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("", parse)], references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

GeneratorDriver driver = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, parse, new Options(resource),
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

var total = Stopwatch.StartNew();
driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
TimeSpan generator = total.Elapsed;
GeneratorRunResult run = driver.GetRunResult().Results.Single();
Console.WriteLine($"documents\t{paths.Length}");
Console.WriteLine($"raw_bytes\t{rawBytes}");
Console.WriteLine($"generator_s\t{generator.TotalSeconds:0.00}");
foreach (var step in run.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"step_{step.Key}_s\t{step.Value.Sum(s => s.ElapsedTime.TotalSeconds):0.00}");
}
foreach (var step in run.TrackedOutputSteps)
{
    Console.WriteLine($"output_{step.Key}_s\t{step.Value.Sum(s => s.ElapsedTime.TotalSeconds):0.00}");
}
// Where the emit step's time goes: each writer of the image, then the C# text, timed on their own.
if (run.TrackedSteps[TrackingNames.Corpora].SelectMany(s => s.Outputs).Select(o => o.Value).OfType<CorpusGen.Generator.Model.CorpusResult>().FirstOrDefault()?.Corpus is { } corpus)
{
    var part = Stopwatch.StartNew();
    var words = CorpusGen.Generator.Emit.CorpusWords.Number(corpus);
    Console.WriteLine($"emit_corpus_words_s\t{part.Elapsed.TotalSeconds:0.00}");
    part.Restart();
    var chunks = new CorpusGen.Generator.Emit.TextChunks();
    CorpusGen.Generator.Emit.SearchIndexWriter.Write(corpus, words, chunks);
    Console.WriteLine($"emit_search_index_s\t{part.Elapsed.TotalSeconds:0.00}");
    part.Restart();
    CorpusGen.Generator.Emit.RelatedArticlesWriter.Write(corpus, words);
    Console.WriteLine($"emit_related_articles_s\t{part.Elapsed.TotalSeconds:0.00}");
    part.Restart();
    CorpusGen.Generator.Emit.EntityTablesWriter.Write(corpus, chunks);
    Console.WriteLine($"emit_entity_tables_s\t{part.Elapsed.TotalSeconds:0.00}");
    part.Restart();
    CorpusGen.Generator.Emit.ImageWriter.Write(corpus);
    Console.WriteLine($"emit_whole_image_s\t{part.Elapsed.TotalSeconds:0.00}");
    // What the image holds: bytes per table (rows × row width, from the header) and text.
    var blobs = CorpusGen.Generator.Emit.ImageWriter.Write(corpus);
    byte[] header = blobs[0].Digits!;
    int at = 0;
    int Next() { int v = CorpusGen.Storage.Format.PackedDigits.Read(header, at, CorpusGen.Storage.Format.ImageFormat.HeaderDigits); at += CorpusGen.Storage.Format.ImageFormat.HeaderDigits; return v; }
    Next(); Next();
    int tableCount = Next();
    for (int t = 0; t < tableCount; t++)
    {
        int rows = Next(); Next(); Next();
        int columns = Next(), width = 0;
        var widths = new int[columns];
        for (int c = 0; c < columns; c++) width += widths[c] = Next();
        Console.WriteLine($"image_table_{(CorpusGen.Storage.Format.ImageFormat.Table)t}_bytes\t{(long)rows * width}\t{rows} rows of [{string.Join(", ", widths)}]");
    }
    int firstText = Next();
    Console.WriteLine($"image_text_bytes\t{blobs.Skip(firstText).Sum(b => (long)b.ByteCount)}");
    Console.WriteLine($"image_bytes\t{blobs.Sum(b => (long)b.ByteCount)}");
    part.Restart();
    CorpusGen.Generator.Emit.CorpusEmitter.Emit(corpus);
    Console.WriteLine($"emit_image_and_csharp_s\t{part.Elapsed.TotalSeconds:0.00}");
}
Console.WriteLine($"live_after_generator_mb\t{GC.GetTotalMemory(forceFullCollection: true) / 1048576}");
int sourceChars = run.GeneratedSources.Sum(s => s.SourceText.Length);
Console.WriteLine($"generated_source_chars\t{sourceChars}");
// The same corpus must give the same bytes; a change meant to be faster, not different, keeps this hash.
using (var sha = System.Security.Cryptography.SHA256.Create())
{
    foreach (var source in run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
    {
        byte[] bytes = Encoding.UTF8.GetBytes(source.SourceText.ToString());
        sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
    }
    sha.TransformFinalBlock([], 0, 0);
    Console.WriteLine($"generated_source_sha256\t{Convert.ToHexString(sha.Hash!).ToLowerInvariant()}");
}
Console.WriteLine($"diagnostics\t{run.Diagnostics.Length} ({string.Join(", ", run.Diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key}×{g.Count()}"))})");

var emit = Stopwatch.StartNew();
if (compile)
{
    using var stream = new MemoryStream();
    var result = output.Emit(stream);
    if (!result.Success)
    {
        foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)) Console.Error.WriteLine(d);
        return 1;
    }
    Console.WriteLine($"compile_emit_s\t{emit.Elapsed.TotalSeconds:0.00}");
    Console.WriteLine($"assembly_bytes\t{stream.Length}");
}
Console.WriteLine($"generator_plus_compile_s\t{total.Elapsed.TotalSeconds:0.00}");

if (edit)
{
    // One document edited (a sentence appended), the rest unchanged: the cached pipeline re-runs.
    AdditionalText old = texts[texts.Length / 2];
    var changed = new FileText(old.Path, SourceText.From(old.GetText()!.ToString() + "\n\nAn added paragraph for the edit benchmark.", Encoding.UTF8));
    driver = driver.ReplaceAdditionalText(old, changed);
    var again = Stopwatch.StartNew();
    driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
    Console.WriteLine($"edit_generator_s\t{again.Elapsed.TotalSeconds:0.00}");
    Console.WriteLine($"edit_ratio\t{again.Elapsed.TotalSeconds / generator.TotalSeconds:0.000}");
}
Console.WriteLine($"peak_working_set_mb\t{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}");
return 0;

sealed class FileText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>The metadata build/CorpusGen.targets puts on every corpus file.</summary>
sealed class Options(bool resource) : AnalyzerConfigOptionsProvider
{
    private readonly Values File = new(new()
    {
        ["build_metadata.AdditionalFiles.CorpusGenClassName"] = "News",
        ["build_metadata.AdditionalFiles.CorpusGenNamespace"] = "Bench",
        ["build_metadata.AdditionalFiles.CorpusGenStorage"] = resource ? "Resource" : "",
    });
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values([]);
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => File;

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

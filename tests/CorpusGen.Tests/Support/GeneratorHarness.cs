extern alias generator;

using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using generator::CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Support;

/// <summary>A document handed to the generator as an AdditionalFiles item of a &lt;Corpus&gt;.</summary>
internal sealed record TestDocument(string Path, SourceText Text, string ClassName = "News", string Namespace = "MyApp", string? RelativePath = null, string? MaxDocumentBytes = null, string? StopWords = null, string? Stemming = null, string? ArticleProperties = null, string? Storage = null)
{
    /// <summary>True for the corpus's gazetteer (the <c>Entities</c> file), which the targets tag with CorpusGenGazetteerFor.</summary>
    public bool IsGazetteer { get; init; }

    public static TestDocument Gazetteer(string json, string className = "News", string ns = "MyApp", string path = "/corpus/entities.json") =>
        new(path, SourceText.From(json, Encoding.UTF8), className, ns) { IsGazetteer = true };

    public static TestDocument FromString(string relativePath, string text, string className = "News", string ns = "MyApp") =>
        new("/corpus/" + relativePath, SourceText.From(text, Encoding.UTF8), className, ns, relativePath);

    /// <summary>Reads a file the way the compiler does for UTF-8 input (a BOM is detected and dropped).</summary>
    public static TestDocument FromFile(string path, string relativePath, string className = "News", string ns = "MyApp")
    {
        using FileStream stream = File.OpenRead(path);
        return new(path, SourceText.From(stream, Encoding.UTF8), className, ns, relativePath);
    }
}

internal sealed class TestAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>Hands the generator the metadata build/CorpusGen.targets would put on each corpus file.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, TestDocument> byPath, string rootNamespace) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new TestOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (!byPath.TryGetValue(textFile.Path, out TestDocument? document)) return TestOptions.Empty;
        if (document.IsGazetteer)
        {
            return new TestOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.CorpusGenGazetteerFor"] = document.ClassName,
                ["build_metadata.AdditionalFiles.CorpusGenNamespace"] = document.Namespace,
            });
        }
        var values = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CorpusGenClassName"] = document.ClassName,
            ["build_metadata.AdditionalFiles.CorpusGenNamespace"] = document.Namespace,
            ["build_metadata.AdditionalFiles.CorpusGenRelativePath"] = document.RelativePath ?? System.IO.Path.GetFileName(document.Path),
        };
        if (document.MaxDocumentBytes is not null) values["build_metadata.AdditionalFiles.CorpusGenMaxDocumentBytes"] = document.MaxDocumentBytes;
        if (document.StopWords is not null) values["build_metadata.AdditionalFiles.CorpusGenStopWords"] = document.StopWords;
        if (document.Stemming is not null) values["build_metadata.AdditionalFiles.CorpusGenStemming"] = document.Stemming;
        if (document.ArticleProperties is not null) values["build_metadata.AdditionalFiles.CorpusGenArticleProperties"] = document.ArticleProperties;
        if (document.Storage is not null) values["build_metadata.AdditionalFiles.CorpusGenStorage"] = document.Storage;
        return new TestOptions(values);
    }

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static TestOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the CorpusGen generator in memory, the way the compiler would.</summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) =>
        new(version);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        return platform
            .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(CorpusGen.Article).Assembly.Location))
            .ToImmutableArray();
    });

    public static CSharpCompilation CreateCompilation(string source = "", LanguageVersion version = LanguageVersion.CSharp12, string assemblyName = "TestCorpus") =>
        CSharpCompilation.Create(assemblyName,
            [CSharpSyntaxTree.ParseText(source, ParseOptions(version))],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<TestDocument> documents, LanguageVersion version = LanguageVersion.CSharp12, string rootNamespace = "Root") =>
        CreateDriver(documents, out _, version, rootNamespace);

    public static GeneratorDriver CreateDriver(IEnumerable<TestDocument> documents, out ImmutableArray<AdditionalText> texts, LanguageVersion version = LanguageVersion.CSharp12, string rootNamespace = "Root", CorpusGenerator? generator = null)
    {
        List<TestDocument> list = documents.ToList();
        var byPath = list.ToDictionary(d => d.Path, StringComparer.Ordinal);
        texts = list.Select(d => (AdditionalText)new TestAdditionalText(d.Path, d.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            [(generator ?? new CorpusGenerator()).AsSourceGenerator()],
            texts,
            ParseOptions(version),
            new TestOptionsProvider(byPath, rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator over <paramref name="documents"/> and returns the run result and the output compilation.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(
        IEnumerable<TestDocument> documents, LanguageVersion version = LanguageVersion.CSharp12, string rootNamespace = "Root")
    {
        GeneratorDriver driver = CreateDriver(documents, version, rootNamespace);
        CSharpCompilation compilation = CreateCompilation(version: version);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult(), output, driver);
    }

    public static IReadOnlyList<TestDocument> Seeds(string className = "News", string ns = "MyApp") =>
        Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => TestDocument.FromFile(p, System.IO.Path.GetFileName(p), className, ns))
            .ToList();

    /// <summary>Errors of the compilation, formatted for an assertion message.</summary>
    public static string Errors(Compilation compilation) =>
        string.Join("\n", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(20));

    /// <summary>Emits the compilation and loads it into this process (CorpusGen.dll resolves to the one the tests use).</summary>
    public static Assembly Load(Compilation compilation, IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream, manifestResources: resources);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>The <c>Data</c> (the <see cref="CorpusData"/>) of the generated corpus class <paramref name="type"/> in a loaded assembly.</summary>
    public static CorpusData Data(Assembly assembly, string type = "MyApp.News") =>
        (CorpusData)(assembly.GetType(type) ?? throw new InvalidOperationException("the generator made no class " + type))
            .GetProperty("Data")!.GetValue(null)!;

    /// <summary>Emits and loads the compilation (<see cref="Load"/>) and returns its corpus class's <c>Data</c>.</summary>
    public static CorpusData LoadData(Compilation compilation, string type = "MyApp.News") => Data(Load(compilation), type);
}

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Time to first query: each benchmark starts a fresh CorpusGen.FirstQuery process that answers one
/// query and exits, and times it from start to exit. Side by side: CorpusGen (ById, Search), the
/// same analysis over the files at startup, a JSON resource read with System.Text.Json's source
/// generator, Lucene.NET opening an index built beforehand, and a hello-world process (the floor).
/// Each runs three times: the JIT build (category JIT: dotnet build's output, the runtime library
/// precompiled as the package ships it, the app's own code JIT-compiled), the same program published
/// ReadyToRun (category ReadyToRun, methods ending in _R2R: every assembly precompiled, still the JIT
/// runtime) and its NativeAOT build (category NativeAOT, methods ending in _Aot), each against its
/// own hello world; and the JIT build of the program with its corpus as <c>&lt;Corpus Storage="Resource"&gt;</c>
/// (category Resource, methods ending in _Resource: the image a manifest resource, no data in the
/// generated code), and that build again with <c>ArticleProperties="false"</c> (category ResourceNoProperties:
/// no class of one property per article to load). benchmarks/run sets CORPUSGEN_FIRSTQUERY (the program), CORPUSGEN_FIRSTQUERY_R2R,
/// CORPUSGEN_FIRSTQUERY_AOT, CORPUSGEN_FIRSTQUERY_RESOURCE and CORPUSGEN_FIRSTQUERY_RESOURCE_NOPROPERTIES (its other builds),
/// CORPUSGEN_BENCH_CORPUS (the corpus folder) and
/// CORPUSGEN_BENCH_DATA (what the program's
/// prepare mode wrote). The program's corpus is the one compiled into this benchmark project, so the
/// Id and query are taken from it here (benchmarks/run runs it --inProcess, so that BenchmarkDotNet
/// does not rebuild it with the seeds).
/// </summary>
/// <remarks>
/// benchmarks/run passes the job: Monitoring, 1 launch, 2 warm-ups, 15 iterations (a process start
/// is long and noisy). The results of 2026-11-23 were taken with BenchmarkDotNet's default
/// in-process job instead (more iterations), before that was settled.
/// Without CORPUSGEN_FIRSTQUERY_AOT, CORPUSGEN_FIRSTQUERY_R2R, CORPUSGEN_FIRSTQUERY_RESOURCE or
/// CORPUSGEN_FIRSTQUERY_RESOURCE_NOPROPERTIES the benchmarks of that build fail (NA, and a non-zero exit code).
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class FirstQueryBenchmarks
{
    private string _program = null!, _corpus = null!, _data = null!, _id = null!, _query = null!;
    private string? _aot, _r2r, _resource, _resourceNoProperties;
    private static bool s_buildsChecked;

    [GlobalSetup]
    public void Setup()
    {
        _program = Environment.GetEnvironmentVariable("CORPUSGEN_FIRSTQUERY") ?? throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY (benchmarks/run does)");
        _aot = Environment.GetEnvironmentVariable("CORPUSGEN_FIRSTQUERY_AOT");
        _r2r = Environment.GetEnvironmentVariable("CORPUSGEN_FIRSTQUERY_R2R");
        _resource = Environment.GetEnvironmentVariable("CORPUSGEN_FIRSTQUERY_RESOURCE");
        _resourceNoProperties = Environment.GetEnvironmentVariable("CORPUSGEN_FIRSTQUERY_RESOURCE_NOPROPERTIES");
        _corpus = Environment.GetEnvironmentVariable("CORPUSGEN_BENCH_CORPUS") ?? throw new InvalidOperationException("set CORPUSGEN_BENCH_CORPUS");
        _data = Environment.GetEnvironmentVariable("CORPUSGEN_BENCH_DATA") ?? throw new InvalidOperationException("set CORPUSGEN_BENCH_DATA");
        _id = QueriedId;
        _query = SearchedQuery;
        // The other builds are timed only if they answer as the JIT build does: trimming could drop
        // what Lucene.NET finds by reflection. Once per process (the setup runs for each benchmark).
        if (!s_buildsChecked)
        {
            foreach ((string name, string? build, bool onlyCorpusGen) in new[]
            {
                ("NativeAOT", _aot, false), ("ReadyToRun", _r2r, false),
                ("Storage=Resource", _resource, true), ("Storage=Resource ArticleProperties=false", _resourceNoProperties, true),
            })
            {
                if (build is null) continue;
                // The resource builds are built without the JSON resource (BenchData): only their CorpusGen modes are compared.
                foreach (string[] arguments in onlyCorpusGen ? new[] { Hello, ById, Search } : new[] { Hello, ById, Search, Analysis, Json, Lucene })
                {
                    string jit = Query(_program, arguments), other = Query(build, arguments);
                    if (jit != other) throw new InvalidOperationException($"{string.Join(' ', arguments)}: the {name} build answers {other.Trim()}, the JIT build {jit.Trim()}");
                }
            }
            s_buildsChecked = true;
        }
    }

    /// <summary>Each build benchmarks/run makes of the one-query program, and the variable that names it.</summary>
    internal static readonly (string Name, string Variable)[] Builds =
    [
        ("JIT", "CORPUSGEN_FIRSTQUERY"), ("ReadyToRun", "CORPUSGEN_FIRSTQUERY_R2R"), ("NativeAOT", "CORPUSGEN_FIRSTQUERY_AOT"),
        ("Resource", "CORPUSGEN_FIRSTQUERY_RESOURCE"), ("ResourceNoProperties", "CORPUSGEN_FIRSTQUERY_RESOURCE_NOPROPERTIES"),
    ];

    /// <summary>The id a first ById looks up: an article in the middle of the corpus compiled into this project.</summary>
    internal static string QueriedId => News.Articles[News.Articles.Count / 2].Id;

    /// <summary>The query a first Search runs: the first article's strongest keyword.</summary>
    internal static string SearchedQuery => News.Keywords(News.Articles[0], 1)[0].Term;

    private string[] Hello => ["hello"];
    private string[] ById => ["corpusgen-byid", _id];
    private string[] Search => ["corpusgen-search", _query];
    private string[] Analysis => ["analysis", _corpus, _id];
    private string[] Json => ["json", _id];
    private string[] Lucene => ["lucene", Path.Combine(_data, "lucene"), _query];

    private string Aot => _aot ?? throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY_AOT to the NativeAOT build of CorpusGen.FirstQuery (benchmarks/run publishes it)");
    private string Resource => _resource ?? throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY_RESOURCE to the build of CorpusGen.FirstQuery with BenchStorage=Resource (benchmarks/run builds it)");
    private string ResourceNoProperties => _resourceNoProperties ?? throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY_RESOURCE_NOPROPERTIES to the build of CorpusGen.FirstQuery with BenchStorage=Resource and BenchArticleProperties=false (benchmarks/run builds it)");
    private string R2R => _r2r ?? throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY_R2R to the ReadyToRun build of CorpusGen.FirstQuery (benchmarks/run publishes it)");

    internal static string Query(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || output.Contains("(none)", StringComparison.Ordinal)) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)}: exit {process.ExitCode}, {output}");
        return output;
    }

    private static int Run(string program, string[] arguments) => Query(program, arguments).Length;

    [Benchmark(Baseline = true), BenchmarkCategory("JIT")]
    public int HelloWorld() => Run(_program, Hello);

    [Benchmark, BenchmarkCategory("JIT")]
    public int CorpusGen_ById() => Run(_program, ById);

    [Benchmark, BenchmarkCategory("JIT")]
    public int CorpusGen_Search() => Run(_program, Search);

    [Benchmark, BenchmarkCategory("JIT")]
    public int AnalysisAtStartup_ById() => Run(_program, Analysis);

    [Benchmark, BenchmarkCategory("JIT")]
    public int Json_ById() => Run(_program, Json);

    [Benchmark, BenchmarkCategory("JIT")]
    public int Lucene_Search() => Run(_program, Lucene);

    [Benchmark(Baseline = true), BenchmarkCategory("ReadyToRun")]
    public int HelloWorld_R2R() => Run(R2R, Hello);

    [Benchmark, BenchmarkCategory("ReadyToRun")]
    public int CorpusGen_ById_R2R() => Run(R2R, ById);

    [Benchmark, BenchmarkCategory("ReadyToRun")]
    public int CorpusGen_Search_R2R() => Run(R2R, Search);

    [Benchmark, BenchmarkCategory("ReadyToRun")]
    public int AnalysisAtStartup_ById_R2R() => Run(R2R, Analysis);

    [Benchmark, BenchmarkCategory("ReadyToRun")]
    public int Json_ById_R2R() => Run(R2R, Json);

    [Benchmark, BenchmarkCategory("ReadyToRun")]
    public int Lucene_Search_R2R() => Run(R2R, Lucene);

    [Benchmark(Baseline = true), BenchmarkCategory("NativeAOT")]
    public int HelloWorld_Aot() => Run(Aot, Hello);

    [Benchmark, BenchmarkCategory("NativeAOT")]
    public int CorpusGen_ById_Aot() => Run(Aot, ById);

    [Benchmark, BenchmarkCategory("NativeAOT")]
    public int CorpusGen_Search_Aot() => Run(Aot, Search);

    [Benchmark, BenchmarkCategory("NativeAOT")]
    public int AnalysisAtStartup_ById_Aot() => Run(Aot, Analysis);

    [Benchmark, BenchmarkCategory("NativeAOT")]
    public int Json_ById_Aot() => Run(Aot, Json);

    [Benchmark, BenchmarkCategory("NativeAOT")]
    public int Lucene_Search_Aot() => Run(Aot, Lucene);

    [Benchmark(Baseline = true), BenchmarkCategory("Resource")]
    public int HelloWorld_Resource() => Run(Resource, Hello);

    [Benchmark, BenchmarkCategory("Resource")]
    public int CorpusGen_ById_Resource() => Run(Resource, ById);

    [Benchmark, BenchmarkCategory("Resource")]
    public int CorpusGen_Search_Resource() => Run(Resource, Search);

    [Benchmark(Baseline = true), BenchmarkCategory("ResourceNoProperties")]
    public int HelloWorld_ResourceNoProperties() => Run(ResourceNoProperties, Hello);

    [Benchmark, BenchmarkCategory("ResourceNoProperties")]
    public int CorpusGen_ById_ResourceNoProperties() => Run(ResourceNoProperties, ById);

    [Benchmark, BenchmarkCategory("ResourceNoProperties")]
    public int CorpusGen_Search_ResourceNoProperties() => Run(ResourceNoProperties, Search);
}

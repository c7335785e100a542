using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Time to first query: each benchmark starts a fresh CorpusGen.FirstQuery process that answers one
/// query and exits, and times it from start to exit. Side by side: CorpusGen (ById, Search), the
/// same analysis over the files at startup, a JSON resource read with System.Text.Json's source
/// generator, Lucene.NET opening an index built beforehand, and a hello-world process (the floor).
/// benchmarks/run sets CORPUSGEN_FIRSTQUERY (the program), CORPUSGEN_BENCH_CORPUS (the corpus
/// folder) and CORPUSGEN_BENCH_DATA (what the program's prepare mode wrote). The program's corpus
/// is the one compiled into this benchmark project, so the Id and query are taken from it here
/// (benchmarks/run runs it --inProcess, so that BenchmarkDotNet does not rebuild it with the seeds).
/// </summary>
/// <remarks>
/// benchmarks/run passes the job: Monitoring, 1 launch, 2 warm-ups, 15 iterations (a process start
/// is long and noisy). The results of 2026-11-23 were taken with BenchmarkDotNet's default
/// in-process job instead (more iterations), before that was settled.
/// </remarks>
public class FirstQueryBenchmarks
{
    private string _program = null!, _corpus = null!, _data = null!, _id = null!, _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _program = Environment.GetEnvironmentVariable("CORPUSGEN_FIRSTQUERY") ?? throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY (benchmarks/run does)");
        _corpus = Environment.GetEnvironmentVariable("CORPUSGEN_BENCH_CORPUS") ?? throw new InvalidOperationException("set CORPUSGEN_BENCH_CORPUS");
        _data = Environment.GetEnvironmentVariable("CORPUSGEN_BENCH_DATA") ?? throw new InvalidOperationException("set CORPUSGEN_BENCH_DATA");
        _id = News.Articles[News.Articles.Count / 2].Id;
        _query = News.Keywords(News.Articles[0], 1)[0].Term;
    }

    private int Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(_program, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || output.Contains("(none)", StringComparison.Ordinal)) throw new InvalidOperationException($"{string.Join(' ', arguments)}: exit {process.ExitCode}, {output}");
        return output.Length;
    }

    [Benchmark(Baseline = true)]
    public int HelloWorld() => Run("hello");

    [Benchmark]
    public int CorpusGen_ById() => Run("corpusgen-byid", _id);

    [Benchmark]
    public int CorpusGen_Search() => Run("corpusgen-search", _query);

    [Benchmark]
    public int AnalysisAtStartup_ById() => Run("analysis", _corpus, _id);

    [Benchmark]
    public int Json_ById() => Run("json", _id);

    [Benchmark]
    public int Lucene_Search() => Run("lucene", Path.Combine(_data, "lucene"), _query);
}

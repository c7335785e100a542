using System.Diagnostics;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Time to first query measured in interleaved rounds, beside <see cref="FirstQueryBenchmarks"/>:
/// each round starts every build's hello world, first ById and first Search once, one after the
/// other, so that a machine growing slower or faster during the run moves the floor and the query
/// alike (BenchmarkDotNet runs each benchmark's iterations together, so drift between benchmarks
/// lands in their ratio). The order turns from round to round: the first process of a build after
/// another build's pays for bringing its files back into the caches, which would otherwise always
/// fall on the same mode. Prints each build's medians and their ratio to its own hello world.
/// Same environment variables as <see cref="FirstQueryBenchmarks"/>; a build whose variable is
/// unset is skipped. Run as <c>CorpusGen.Benchmarks --first-query-rounds N</c> (benchmarks/run does).
/// </summary>
internal static class FirstQueryRounds
{
    public static int Run(int rounds, TextWriter output)
    {
        var builds = new List<(string Name, string Program)>();
        foreach ((string name, string variable) in FirstQueryBenchmarks.Builds)
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } program) builds.Add((name, program));
        }
        if (builds.Count == 0) throw new InvalidOperationException("set CORPUSGEN_FIRSTQUERY and the other builds' variables (benchmarks/run does)");

        string id = FirstQueryBenchmarks.QueriedId, query = FirstQueryBenchmarks.SearchedQuery;
        string[][] modes = [["hello"], ["corpusgen-byid", id], ["corpusgen-search", query]];
        var times = new List<double>[builds.Count, modes.Length];
        for (int b = 0; b < builds.Count; b++)
            for (int m = 0; m < modes.Length; m++) times[b, m] = new List<double>(rounds);

        // Each program answers once before the rounds: a wrong or missing build fails here, not in a median.
        foreach ((string _, string program) in builds)
            foreach (string[] arguments in modes) FirstQueryBenchmarks.Query(program, arguments);

        var clock = new Stopwatch();
        for (int round = 0; round < rounds; round++)
        {
            for (int bi = 0; bi < builds.Count; bi++)
            {
                int b = (bi + round) % builds.Count;
                for (int mi = 0; mi < modes.Length; mi++)
                {
                    int m = (mi + round) % modes.Length;
                    clock.Restart();
                    FirstQueryBenchmarks.Query(builds[b].Program, modes[m]);
                    times[b, m].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        output.WriteLine($"# {rounds} interleaved rounds, medians; ById {id}, Search \"{query}\"");
        output.WriteLine("| build | hello world | first ById | first Search | ById × hello | Search × hello |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (int b = 0; b < builds.Count; b++)
        {
            double hello = Median(times[b, 0]), byId = Median(times[b, 1]), search = Median(times[b, 2]);
            output.WriteLine($"| {builds[b].Name} | {hello:0.00} ms | {byId:0.00} ms | {search:0.00} ms | {byId / hello:0.000} | {search / hello:0.000} |");
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}

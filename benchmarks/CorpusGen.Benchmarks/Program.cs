using System.Globalization;
using BenchmarkDotNet.Running;
using CorpusGen.Benchmarks;

if (args is ["--first-query-rounds", var count])
{
    return FirstQueryRounds.Run(int.Parse(count, CultureInfo.InvariantCulture), Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(LookupBenchmarks).Assembly).Run(args);
// BenchmarkDotNet reports a benchmark that threw as NA and still exits with 0: fail instead, so that
// benchmarks/run (and its --dry run in CI) stops at a benchmark that does not run.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

using BenchmarkDotNet.Running;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(CorpusGen.Benchmarks.LookupBenchmarks).Assembly).Run(args);
// BenchmarkDotNet reports a benchmark that threw as NA and still exits with 0: fail instead, so that
// benchmarks/run (and its --dry run in CI) stops at a benchmark that does not run.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

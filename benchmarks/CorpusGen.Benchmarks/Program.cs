using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CorpusGen.Benchmarks.LookupBenchmarks).Assembly).Run(args);

using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Steady-state lookups on the seed corpus: CorpusGen's compile-time hash table read in place,
/// against the dictionaries a user would build at startup from the same articles.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private const string Id = "003_586e28ac2cfd1d33";
    private Dictionary<string, Article> _dictionary = null!;
    private FrozenDictionary<string, Article> _frozen = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dictionary = News.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true)]
    public Article? FrozenDictionary_ById() => _frozen.GetValueOrDefault(Id);

    [Benchmark]
    public Article? Dictionary_ById() => _dictionary.GetValueOrDefault(Id);

    [Benchmark]
    public Article? CorpusGen_ById() => News.ById(Id);

    [Benchmark]
    public Article? CorpusGen_ById_Miss() => News.ById("no-such-article");

    [Benchmark]
    public int CorpusGen_ByDate() => News.ByDate(new DateOnly(2023, 7, 8)).Count;
}

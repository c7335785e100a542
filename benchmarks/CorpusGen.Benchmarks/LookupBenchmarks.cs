using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Steady-state lookups on the compiled-in corpus (the seeds, or the corpus benchmarks/run builds
/// in): CorpusGen's compile-time hash tables read in place, against the dictionaries a user would
/// build at startup from the same articles and terms.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private string _id = null!;
    private string[] _spreadIds = null!;
    private string[] _spreadTerms = null!;
    private string _term = null!;
    private string _shortTerm = null!;
    private Dictionary<string, Article> _dictionary = null!;
    private FrozenDictionary<string, Article> _frozen = null!;
    private FrozenDictionary<string, int> _frozenTerms = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A copy, so that no benchmark gets a reference-equality shortcut on an interned string.
        _id = new string(News.Articles[News.Articles.Count / 2].Id.AsSpan());
        _spreadIds = SpreadKeys.Copies(News.Articles.Select(a => a.Id).ToArray());
        _dictionary = News.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Article article in News.Articles)
        {
            foreach (var token in article.Tokens) terms[token.Normalized] = terms.Count;
        }
        _frozenTerms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        // Terms as the index holds them, spread over the order they first occur in.
        _spreadTerms = SpreadKeys.Copies(terms.Keys.Where(t => News.Data.Index.FindTerm(t) >= 0).ToArray());
        _term = new string(News.Keywords(News.Articles[0], 1)[0].Term.AsSpan());
        // Most terms are short words, which hash and compare along other paths than the keyword above.
        _shortTerm = new string(News.Articles[0].Tokens.Select(t => t.Normalized).First(t => t.Length is >= 4 and <= 7 && News.Data.Index.FindTerm(t) >= 0).AsSpan());
    }

    [Benchmark(Baseline = true)]
    public Article? FrozenDictionary_ById() => _frozen.GetValueOrDefault(_id);

    [Benchmark]
    public Article? Dictionary_ById() => _dictionary.GetValueOrDefault(_id);

    [Benchmark]
    public Article? CorpusGen_ById() => News.ById(_id);

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public int FrozenDictionary_ById_Spread()
    {
        int found = 0;
        foreach (string id in _spreadIds)
        {
            if (_frozen.GetValueOrDefault(id) is not null) found++;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public int CorpusGen_ById_Spread()
    {
        int found = 0;
        foreach (string id in _spreadIds)
        {
            if (News.ById(id) is not null) found++;
        }
        return found;
    }

    [Benchmark]
    public Article? CorpusGen_ById_Miss() => News.ById("no-such-article");

    [Benchmark]
    public int FrozenDictionary_Term() => _frozenTerms.GetValueOrDefault(_term, -1);

    [Benchmark]
    public int CorpusGen_Term() => News.Data.Index.FindTerm(_term);

    [Benchmark]
    public int FrozenDictionary_ShortTerm() => _frozenTerms.GetValueOrDefault(_shortTerm, -1);

    [Benchmark]
    public int CorpusGen_ShortTerm() => News.Data.Index.FindTerm(_shortTerm);

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public int FrozenDictionary_Term_Spread()
    {
        int all = 0;
        foreach (string term in _spreadTerms) all ^= _frozenTerms.GetValueOrDefault(term, -1);
        return all;
    }

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public int CorpusGen_Term_Spread()
    {
        int all = 0;
        foreach (string term in _spreadTerms) all ^= News.Data.Index.FindTerm(term);
        return all;
    }
}

using BenchmarkDotNet.Attributes;
using CorpusGen.Storage.Format;

namespace CorpusGen.Benchmarks;

/// <summary>The parts of a lookup, to see where its time goes.</summary>
[MemoryDiagnoser]
public class PartsBenchmarks
{
    // Not a constant: the JIT would fold the hash of a constant key.
    private readonly string _id = new("003_586e28ac2cfd1d33".AsSpan());

    [Benchmark]
    public uint HashId() => ImageFormat.HashId(_id);

    /// <summary>The hash most tables get (see ImageFormat.HashScheme): the first 8 chars.</summary>
    [Benchmark]
    public uint HashWindow() => new ImageFormat.HashScheme(ImageFormat.HashKind.FirstChars, 0).Hash(_id);

    [Benchmark]
    public int ReadCell() => News.Data.Image.Read(ImageFormat.Table.Articles, 3, 0);

    [Benchmark]
    public int Utf8String() => News.Data.Image.Utf8(3).Length;

    [Benchmark]
    public bool CompareUtf8() => CorpusGen.Storage.Utf8Text.Equals(News.Data.Image.Utf8(0), _id);

    [Benchmark]
    public int FindId() => News.Data.FindId(_id);

    [Benchmark]
    public Article ArticleByIndex() => News.Data.Articles[3];

    // The same parts over 100 ids spread evenly over the corpus (see LookupBenchmarks' _Spread):
    // which of them grows when the key varies from one lookup to the next.
    private const int Spread = 100;
    private readonly string[] _spreadIds = Enumerable.Range(0, Spread)
        .Select(i => new string(News.Articles[(int)((long)i * News.Articles.Count / Spread) % News.Articles.Count].Id.AsSpan())).ToArray();
    private readonly int[] _spreadIndexes = Enumerable.Range(0, Spread).Select(i => (int)((long)i * News.Articles.Count / Spread) % News.Articles.Count).ToArray();

    [Benchmark(OperationsPerInvoke = Spread)]
    public uint HashId_Spread()
    {
        uint all = 0;
        foreach (string id in _spreadIds) all ^= News.Data.Image.IdHashScheme.Hash(id);
        return all;
    }

    [Benchmark(OperationsPerInvoke = Spread)]
    public int FindId_Spread()
    {
        int all = 0;
        foreach (string id in _spreadIds) all ^= News.Data.FindId(id);
        return all;
    }

    [Benchmark(OperationsPerInvoke = Spread)]
    public int ArticleByIndex_Spread()
    {
        int all = 0;
        foreach (int index in _spreadIndexes) all ^= News.Data.Articles[index].Index;
        return all;
    }
}

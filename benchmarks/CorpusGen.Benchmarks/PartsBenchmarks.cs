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

    // The same parts over ids spread over the corpus (see SpreadKeys): which of them grows when the
    // key varies from one lookup to the next.
    private readonly string[] _spreadIds = SpreadKeys.Copies(News.Articles.Select(a => a.Id).ToArray());
    private readonly int[] _spreadIndexes = SpreadKeys.Indexes(News.Articles.Count);

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public uint HashId_Spread()
    {
        uint all = 0;
        foreach (string id in _spreadIds) all ^= News.Data.Image.IdHashScheme.Hash(id);
        return all;
    }

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public int FindId_Spread()
    {
        int all = 0;
        foreach (string id in _spreadIds) all ^= News.Data.FindId(id);
        return all;
    }

    [Benchmark(OperationsPerInvoke = SpreadKeys.Count)]
    public int ArticleByIndex_Spread()
    {
        int all = 0;
        foreach (int index in _spreadIndexes) all ^= News.Data.Articles[index].Index;
        return all;
    }
}

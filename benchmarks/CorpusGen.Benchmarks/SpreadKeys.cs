namespace CorpusGen.Benchmarks;

/// <summary>
/// Keys spread evenly over a list, for the benchmarks that time a lookup over varied keys (names
/// ending in _Spread): one key is one hash slot's luck, and looking it up again and again lets the
/// branch predictor learn its path. A list shorter than <see cref="Count"/> is gone through again.
/// </summary>
internal static class SpreadKeys
{
    /// <summary>How many keys a _Spread benchmark looks up per operation (its OperationsPerInvoke).</summary>
    public const int Count = 100;

    /// <summary>The positions of <see cref="Count"/> items spread evenly over <paramref name="length"/>.</summary>
    public static int[] Indexes(int length) =>
        Enumerable.Range(0, Count).Select(i => (int)((long)i * length / Count) % length).ToArray();

    /// <summary>
    /// Copies of the strings at <see cref="Indexes"/>: copies, so that no lookup gets a
    /// reference-equality shortcut on a string the table itself holds.
    /// </summary>
    public static string[] Copies(IReadOnlyList<string> keys) =>
        Indexes(keys.Count).Select(i => new string(keys[i].AsSpan())).ToArray();
}

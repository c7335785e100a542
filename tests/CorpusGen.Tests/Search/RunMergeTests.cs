using CorpusGen.Search;

namespace CorpusGen.Tests.SearchTests;

/// <summary>The sparse search's key sort: the same order as Array.Sort for any input, runs or not.</summary>
public class RunMergeTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(50, 1, 3)]
    [InlineData(50, 3, 4)]
    [InlineData(1000, 2, 5)]
    [InlineData(1000, 7, 6)]
    [InlineData(4096, 40, 7)]
    [InlineData(1000, 1000, 8)]
    public void Sorts_as_Array_Sort_does(int count, int runs, int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 20; trial++)
        {
            // Keys as a sparse search lists them: one ascending run of articles per clause, the entry
            // (the position in the list) in the low half; with runs == count, random order.
            var keys = new long[count + 3];
            int at = 0;
            for (int r = 0; r < runs && at < count; r++)
            {
                int length = r == runs - 1 ? count - at : random.Next(0, count - at + 1);
                var articles = Enumerable.Range(0, length).Select(_ => random.Next(0, 500)).Order().ToArray();
                foreach (int article in articles) { keys[at] = ((long)article << 32) | (uint)at; at++; }
            }
            if (runs >= count) random.Shuffle(keys.AsSpan(0, count));
            long[] expected = keys[..count].Order().ToArray();
            var scratch = new SearchScratch();

            RunMerge.Sort(keys, count, scratch);

            Assert.Equal(expected, keys[..count]);
        }
    }

    [Fact]
    public void Keys_already_in_order_need_no_spare_array()
    {
        var scratch = new SearchScratch();
        long[] keys = [1, 2, 2, 5, 9];
        long before = GC.GetAllocatedBytesForCurrentThread();
        RunMerge.Sort(keys, keys.Length, scratch);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal([1L, 2, 2, 5, 9], keys);
    }
}

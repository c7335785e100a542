using System;

namespace CorpusGen.Search
{
    /// <summary>
    /// Sorts the (article, entry) keys of a sparse search. They come as one ascending run per
    /// clause (a clause's matches are listed in article order), so a natural merge sort finishes
    /// in one pass over them per doubling of runs, and a one-clause query's keys, already in order,
    /// cost one scan. Not <c>Array.Sort&lt;long&gt;</c>: its generic sort helper is code no
    /// precompiled (ReadyToRun) image holds, and a fresh process JIT-compiled 12 of its methods
    /// and loaded its comparer by reflection before its first sparse search.
    /// </summary>
    internal static class RunMerge
    {
        /// <summary>Sorts <paramref name="keys"/>[0, <paramref name="count"/>) ascending, merging into the scratch's spare keys when there is more than one run.</summary>
        public static void Sort(long[] keys, int count, SearchScratch scratch)
        {
            if (RunEnd(keys, 0, count) == count) return;
            long[] from = keys, to = scratch.SpareKeys(count);
            while (true)
            {
                int runs = 0;
                for (int start = 0; start < count; runs++)
                {
                    int middle = RunEnd(from, start, count);
                    int end = middle < count ? RunEnd(from, middle, count) : middle;
                    Merge(from, start, middle, end, to);
                    start = end;
                }
                (from, to) = (to, from);
                if (runs == 1) break;
            }
            if (!ReferenceEquals(from, keys)) Array.Copy(from, keys, count);
        }

        /// <summary>Where the ascending run that starts at <paramref name="start"/> ends.</summary>
        private static int RunEnd(long[] keys, int start, int count)
        {
            int end = start + 1;
            while (end < count && keys[end - 1] <= keys[end]) end++;
            return Math.Min(end, count);
        }

        /// <summary>Merges the ascending runs [start, middle) and [middle, end) of <paramref name="from"/> into the same places of <paramref name="to"/>.</summary>
        private static void Merge(long[] from, int start, int middle, int end, long[] to)
        {
            int left = start, right = middle, at = start;
            while (left < middle && right < end) to[at++] = from[left] <= from[right] ? from[left++] : from[right++];
            while (left < middle) to[at++] = from[left++];
            while (right < end) to[at++] = from[right++];
        }
    }
}

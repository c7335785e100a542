using System;

namespace CorpusGen.Search
{
    /// <summary>
    /// The arrays a search scores into, one set per thread, kept for the thread's next search, so
    /// that a search allocates in proportion to its query and its hits, not to the corpus. Not
    /// <c>ArrayPool&lt;T&gt;.Shared</c>: <c>ArrayPool&lt;float&gt;</c> is generic code that no
    /// precompiled (ReadyToRun) image holds, and a fresh process would JIT 13 of its methods before
    /// its first search. The arrays only grow (to the corpus size at most, for the dense path).
    /// </summary>
    internal sealed class SearchScratch
    {
        [ThreadStatic]
        private static SearchScratch? t_free;

        private float[] _scores = new float[0];
        private int[] _counts = new int[0];
        private byte[] _flags = new byte[0];
        private long[] _keys = new long[0], _spareKeys = new long[0];
        private byte[] _seen = new byte[0];
        private int[] _phrasePostings = new int[0], _phrasePositions = new int[0];

        /// <summary>This thread's scratch (a new one if a search on this thread already holds it).</summary>
        public static SearchScratch Rent()
        {
            SearchScratch? scratch = t_free;
            t_free = null;
            return scratch ?? new SearchScratch();
        }

        /// <summary>Gives the scratch back for this thread's next search.</summary>
        public void Return() => t_free = this;

        /// <summary>At least <paramref name="n"/> floats, the first <paramref name="n"/> zero.</summary>
        public float[] Scores(int n) => Cleared(ref _scores, n);

        /// <summary>At least <paramref name="n"/> ints, the first <paramref name="n"/> zero.</summary>
        public int[] Counts(int n) => Cleared(ref _counts, n);

        /// <summary>At least <paramref name="n"/> bytes, the first <paramref name="n"/> zero.</summary>
        public byte[] Flags(int n) => Cleared(ref _flags, n);

        /// <summary>At least <paramref name="n"/> bytes, the first <paramref name="n"/> zero: which articles a prefix clause has already matched.</summary>
        public byte[] Seen(int n) => Cleared(ref _seen, n);

        /// <summary>A phrase's working rows for each of its <paramref name="terms"/>: the posting of each term in the article at hand, and where its positions start (contents undefined).</summary>
        public (int[] Postings, int[] Positions) Phrase(int terms)
        {
            if (_phrasePostings.Length < terms)
            {
                _phrasePostings = new int[terms];
                _phrasePositions = new int[terms];
            }
            return (_phrasePostings, _phrasePositions);
        }

        /// <summary>At least <paramref name="n"/> longs (contents undefined).</summary>
        public long[] Keys(int n) => _keys.Length >= n ? _keys : _keys = new long[n];

        /// <summary>At least <paramref name="n"/> more longs, for sorting <see cref="Keys"/> (contents undefined).</summary>
        public long[] SpareKeys(int n) => _spareKeys.Length >= n ? _spareKeys : _spareKeys = new long[n];

        private static T[] Cleared<T>(ref T[] array, int n)
        {
            if (array.Length < n) array = new T[n];
            else Array.Clear(array, 0, n);
            return array;
        }
    }
}

using System;

namespace CorpusGen.Search
{
    /// <summary>
    /// The best hits offered so far, at most <c>top</c> of them, by descending score; articles are
    /// offered in ascending order and a tie keeps the one offered first (article order). Two arrays
    /// rather than a list of (article, score) tuples: a list of a struct is generic code that no
    /// precompiled (ReadyToRun) image holds, which a fresh process would JIT before its first search.
    /// </summary>
    internal sealed class TopHits
    {
        private readonly int _top;
        private int[] _articles;
        private float[] _scores;

        public TopHits(int top)
        {
            _top = top;
            int capacity = Math.Min(top, 16);
            _articles = new int[capacity];
            _scores = new float[capacity];
        }

        /// <summary>How many hits are kept (at most <c>top</c>).</summary>
        public int Count { get; private set; }

        /// <summary>The article of the hit at <paramref name="rank"/> (0 = best).</summary>
        public int Article(int rank) => _articles[rank];

        /// <summary>The score of the hit at <paramref name="rank"/>.</summary>
        public float Score(int rank) => _scores[rank];

        /// <summary>Keeps the hit if it is among the best <c>top</c> so far; the last one drops out when they are full.</summary>
        public void Offer(int article, float score)
        {
            if (Count == _top && _scores[Count - 1] >= score) return;
            int at = Count;
            while (at > 0 && _scores[at - 1] < score) at--;
            if (Count < _top)
            {
                if (Count == _articles.Length) Grow();
                Count++;
            }
            Array.Copy(_articles, at, _articles, at + 1, Count - 1 - at);
            Array.Copy(_scores, at, _scores, at + 1, Count - 1 - at);
            _articles[at] = article;
            _scores[at] = score;
        }

        private void Grow()
        {
            int capacity = (int)Math.Min(_top, Math.Max(16L, _articles.Length * 2L));
            var articles = new int[capacity];
            var scores = new float[capacity];
            Array.Copy(_articles, articles, Count);
            Array.Copy(_scores, scores, Count);
            _articles = articles;
            _scores = scores;
        }
    }
}

using System.Collections.Generic;
using System.Threading;

namespace CorpusGen.Search
{
    /// <summary>A stretch of a text to highlight: start and length in UTF-16 code units.</summary>
    public readonly record struct Highlight(int Start, int Length);

    /// <summary>An article found by <c>Search</c>, its BM25 score, and the sentence that matches best with the matched words marked.</summary>
    /// <remarks>
    /// The best sentence and its highlights are found the first time either is read, not by
    /// <c>Search</c>: finding them reads the article's words and sentences, which a caller that
    /// wants only the ranked articles (as a Lucene search returns them) does not pay for. The hit
    /// keeps the parsed query for this; it is safe to read from any number of threads.
    /// </remarks>
    public sealed class SearchHit
    {
        private readonly SearchIndex _index;
        private readonly IReadOnlyList<QueryClause> _clauses;
        private BestMatch? _best;

        internal SearchHit(Article article, float score, SearchIndex index, IReadOnlyList<QueryClause> clauses)
        {
            Article = article;
            Score = score;
            _index = index;
            _clauses = clauses;
        }

        public Article Article { get; }

        public float Score { get; }

        /// <summary>The body sentence with the most matched words (null when only the title or a filter matched).</summary>
        public Sentence? BestSentence => Best.Sentence;

        /// <summary>The matched words in <see cref="BestSentence"/>, relative to its text.</summary>
        public IReadOnlyList<Highlight> Highlights => Best.Highlights;

        private BestMatch Best => Volatile.Read(ref _best) ?? FindBest();

        /// <summary>Finds the best sentence once; a thread that loses a race takes the winner's (equal) result.</summary>
        private BestMatch FindBest()
        {
            (Sentence? sentence, IReadOnlyList<Highlight> highlights) = Highlighter.Best(_index, Article, _clauses);
            var found = new BestMatch(sentence, highlights);
            return Interlocked.CompareExchange(ref _best, found, null) ?? found;
        }

        private sealed record BestMatch(Sentence? Sentence, IReadOnlyList<Highlight> Highlights);

        public override string ToString() => $"{Score:0.000} {Article}";
    }
}

using System.Collections.Generic;

namespace CorpusGen.Search
{
    /// <summary>A stretch of a text to highlight: start and length in UTF-16 code units.</summary>
    public readonly record struct Highlight(int Start, int Length);

    /// <summary>An article found by <c>Search</c>, its BM25 score, and the sentence that matches best with the matched words marked.</summary>
    public sealed class SearchHit
    {
        internal SearchHit(Article article, float score, Sentence? bestSentence, IReadOnlyList<Highlight> highlights)
        {
            Article = article;
            Score = score;
            BestSentence = bestSentence;
            Highlights = highlights;
        }

        public Article Article { get; }

        public float Score { get; }

        /// <summary>The body sentence with the most matched words (null when only the title or a filter matched).</summary>
        public Sentence? BestSentence { get; }

        /// <summary>The matched words in <see cref="BestSentence"/>, relative to its text.</summary>
        public IReadOnlyList<Highlight> Highlights { get; }

        public override string ToString() => $"{Score:0.000} {Article}";
    }
}

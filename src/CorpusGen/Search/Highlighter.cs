using System;
using System.Collections.Generic;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Search
{
    /// <summary>Finds, for a hit, the body sentence holding the most matched words, and where those words are in it.</summary>
    internal static class Highlighter
    {
        public static (Sentence? Sentence, IReadOnlyList<Highlight> Highlights) Best(SearchIndex index, Article article, IReadOnlyList<QueryClause> clauses)
        {
            var positions = new SortedSet<int>();
            foreach (QueryClause clause in clauses)
            {
                if (clause.Occur == Occur.MustNot) continue;
                switch (clause)
                {
                    case PhraseClause phrase when (phrase.Fields & SearchFields.Body) != 0:
                        foreach (string text in phrase.Terms) AddPositions(index, index.FindTerm(text), article.Index, positions);
                        break;
                    case PrefixClause prefix when (prefix.Fields & SearchFields.Body) != 0:
                        (int first, int end) = index.PrefixRange(prefix.Prefix);
                        for (int term = first; term < end; term++) AddPositions(index, term, article.Index, positions);
                        break;
                }
            }
            if (positions.Count == 0) return (null, Array.Empty<Highlight>());

            IReadOnlyList<Sentence> sentences = article.Sentences;
            Sentence? best = null;
            int bestCount = 0;
            var words = new List<(int Start, int Length)>();
            foreach (int position in positions) words.Add((index.TokenStart(article.Index, position), index.TokenLength(article.Index, position)));
            foreach (Sentence sentence in sentences)
            {
                int count = 0;
                foreach (var (start, _) in words)
                {
                    if (start >= sentence.Start && start < sentence.Start + sentence.Length) count++;
                }
                if (count > bestCount)
                {
                    best = sentence;
                    bestCount = count;
                }
            }
            if (best is null) return (null, Array.Empty<Highlight>());
            var highlights = new List<Highlight>(bestCount);
            foreach (var (start, length) in words)
            {
                if (start >= best.Start && start < best.Start + best.Length) highlights.Add(new Highlight(start - best.Start, length));
            }
            return (best, highlights);
        }

        private static void AddPositions(SearchIndex index, int term, int article, SortedSet<int> positions)
        {
            if (term < 0) return;
            (int first, int end) = index.PostingsOf(term, article);
            for (int p = first; p < end; p++)
            {
                if (index.PostingField(p) != Field.Body) continue;
                int count = index.PostingFrequency(p), firstPosition = index.FirstPosition(p);
                for (int k = 0; k < count; k++) positions.Add(index.Position(firstPosition, k));
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen
{
    /// <summary>An article similar to another, with the cosine of their TF-IDF vectors (0 to 1).</summary>
    public readonly record struct SimilarArticle(Article Article, float Score);

    /// <summary>Two articles that share most of their text: the Jaccard index of their 5-word shingles (0.5 to 1).</summary>
    public readonly record struct NearDuplicate(Article First, Article Second, float Jaccard);

    public sealed partial class CorpusData
    {
        private IReadOnlyList<NearDuplicate>? _nearDuplicates;
        private IReadOnlyList<IReadOnlyList<Sentence>>? _repeatedSentences;

        /// <summary>
        /// The articles most similar to <paramref name="article"/> (at most 10, computed at compile
        /// time: cosine of TF-IDF vectors), best first, ties in article order.
        /// </summary>
        public IReadOnlyList<SimilarArticle> Similar(Article article, int n = 10)
        {
            if (article is null) throw new ArgumentNullException(nameof(article));
            if (!ReferenceEquals(article.Corpus, this)) throw new ArgumentException("The article belongs to another corpus.", nameof(article));
            int first = Image.Read(Table.SimilarIndex, article.Index, 0), count = Math.Min(n, Image.Read(Table.SimilarIndex, article.Index, 1));
            if (count <= 0) return Array.Empty<SimilarArticle>();
            var similar = new SimilarArticle[count];
            for (int i = 0; i < count; i++)
            {
                similar[i] = new SimilarArticle(
                    GetArticle(Image.Read(Table.Similar, first + i, (int)ScoredColumn.Article)),
                    Image.Read(Table.Similar, first + i, (int)ScoredColumn.Score) / (float)ScoreScale);
            }
            return similar;
        }

        /// <summary>Pairs of articles that are near-duplicates of each other (computed at compile time), by first then second article.</summary>
        public IReadOnlyList<NearDuplicate> NearDuplicates => _nearDuplicates ?? Interlocked.CompareExchange(ref _nearDuplicates, ReadNearDuplicates(), null) ?? _nearDuplicates!;

        /// <summary>Sentences that stand, word for word, in two or more articles (syndicated text), one list per sentence.</summary>
        public IReadOnlyList<IReadOnlyList<Sentence>> RepeatedSentences => _repeatedSentences ?? Interlocked.CompareExchange(ref _repeatedSentences, ReadRepeatedSentences(), null) ?? _repeatedSentences!;

        private IReadOnlyList<NearDuplicate> ReadNearDuplicates()
        {
            var pairs = new NearDuplicate[Image.RowCount(Table.NearDuplicates)];
            for (int i = 0; i < pairs.Length; i++)
            {
                pairs[i] = new NearDuplicate(GetArticle(Image.Read(Table.NearDuplicates, i, 0)), GetArticle(Image.Read(Table.NearDuplicates, i, 1)),
                    Image.Read(Table.NearDuplicates, i, 2) / (float)ScoreScale);
            }
            return pairs;
        }

        private IReadOnlyList<IReadOnlyList<Sentence>> ReadRepeatedSentences()
        {
            var groups = new List<IReadOnlyList<Sentence>>();
            var current = new List<Sentence>();
            int rows = Image.RowCount(Table.RepeatedSentences), group = -1;
            for (int i = 0; i < rows; i++)
            {
                int g = Image.Read(Table.RepeatedSentences, i, 0);
                if (g != group && current.Count > 0)
                {
                    groups.Add(current.ToArray());
                    current.Clear();
                }
                group = g;
                current.Add(GetArticle(Image.Read(Table.RepeatedSentences, i, 1)).Sentences[Image.Read(Table.RepeatedSentences, i, 2)]);
            }
            if (current.Count > 0) groups.Add(current.ToArray());
            return groups;
        }
    }
}

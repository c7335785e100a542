using System;
using System.Collections.Generic;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Search
{
    /// <summary>
    /// Runs a parsed query over the compile-time index: scores every clause's matches with
    /// <see cref="Bm25"/>, keeps the articles that match every required clause and no excluded one
    /// and pass the date filters, and returns the best <c>top</c> by descending score (ties: article
    /// order). The per-article accumulators are the thread's <see cref="SearchScratch"/>, so a search
    /// allocates in proportion to the query and the hits it returns, not to the corpus; a query with
    /// few matches (a rare term) is scored into a list of its matches instead, and reads nothing the
    /// size of the corpus.
    /// </summary>
    /// <remarks>
    /// Clauses are visited with indexed loops rather than foreach: enumerating an IReadOnlyList
    /// loads the array enumerator's types, a cost a fresh process would pay on its first search.
    /// </remarks>
    internal static class Searcher
    {
        /// <summary>
        /// A query whose clauses can match at most this many (article, clause) pairs, and at most
        /// one article in <see cref="SparseFraction"/>, is scored into a list of its matches instead
        /// of accumulators the size of the corpus, which a rare term would leave almost all unread.
        /// </summary>
        internal const int MaxSparseMatches = 4096, SparseFraction = 8;

        public static IReadOnlyList<SearchHit> Search(CorpusData corpus, SearchIndex index, IReadOnlyList<QueryClause> clauses, int top, bool allowSparse = true)
        {
            int n = corpus.Articles.Count;
            if (top <= 0 || n == 0 || clauses.Count == 0) return Array.Empty<SearchHit>();
            int bound = allowSparse ? SparseBound(index, clauses) : -1;
            SearchScratch scratch = SearchScratch.Rent();
            TopHits best;
            try
            {
                best = IsSparse(bound, n)
                    ? RankSparse(corpus, index, clauses, top, bound, scratch)
                    : RankDense(corpus, index, clauses, top, scratch);
            }
            finally
            {
                scratch.Return();
            }
            var hits = new SearchHit[best.Count];
            for (int h = 0; h < best.Count; h++)
            {
                // The best sentence is found when the caller first reads it (see SearchHit).
                hits[h] = new SearchHit(corpus.Articles[best.Article(h)], best.Score(h), index, clauses);
            }
            return hits;
        }

        private static bool IsSparse(int bound, int articles) => bound >= 0 && bound <= Math.Min(MaxSparseMatches, articles / SparseFraction);

        /// <summary>Whether <see cref="Search"/> scores this query into a list of its matches (for tests).</summary>
        internal static bool UsesSparse(CorpusData corpus, SearchIndex index, IReadOnlyList<QueryClause> clauses) =>
            IsSparse(SparseBound(index, clauses), corpus.Articles.Count);

        /// <summary>
        /// The most (article, clause) matches the query can have when every clause is a term or a
        /// phrase (at most its first term's postings) or a date filter, and one of them scores; else -1.
        /// </summary>
        private static int SparseBound(SearchIndex index, IReadOnlyList<QueryClause> clauses)
        {
            int bound = 0;
            bool anyPositive = false;
            for (int c = 0; c < clauses.Count; c++)
            {
                QueryClause clause = clauses[c];
                switch (clause)
                {
                    case DateClause:
                        break;
                    case PhraseClause phrase:
                        int term = index.FindTerm(phrase.Terms[0]);
                        if (term >= 0) bound += index.PostingCount(term);
                        anyPositive |= clause.Occur != Occur.MustNot;
                        break;
                    default:
                        return -1;
                }
            }
            return anyPositive ? bound : -1;
        }

        /// <summary>Every clause's matches in accumulators indexed by article (the thread's scratch): any query.</summary>
        private static TopHits RankDense(CorpusData corpus, SearchIndex index, IReadOnlyList<QueryClause> clauses, int top, SearchScratch scratch)
        {
            int n = corpus.Articles.Count;
            float[] scores = scratch.Scores(n);
            int[] required = scratch.Counts(n);
            byte[] state = scratch.Flags(n); // 1 = matched a scoring clause, 2 = excluded or filtered out
            int mustCount = 0;
            bool anyPositive = false;
            for (int c = 0; c < clauses.Count; c++)
            {
                QueryClause clause = clauses[c];
                if (clause is DateClause date)
                {
                    ApplyDate(corpus, date, state, n);
                    continue;
                }
                if (clause.Occur != Occur.MustNot) anyPositive = true;
                if (clause.Occur == Occur.Must) mustCount++;
                var accumulate = new Accumulate(scores, required, state, clause.Occur);
                Score(index, n, clause, scratch, ref accumulate);
            }

            var best = new TopHits(top);
            for (int a = 0; a < n; a++)
            {
                bool candidate = (state[a] & 2) == 0 && (anyPositive ? (state[a] & 1) != 0 && required[a] == mustCount : true);
                if (candidate) best.Offer(a, scores[a]);
            }
            return best;
        }

        /// <summary>
        /// The matches of a query that has few (<see cref="SparseBound"/>): each (article, clause)
        /// match listed with its score, the list sorted by article then clause order (so that an
        /// article's scores add up in the order <see cref="RankDense"/> adds them: the same floats),
        /// then swept once. Touches nothing the size of the corpus.
        /// </summary>
        private static TopHits RankSparse(CorpusData corpus, SearchIndex index, IReadOnlyList<QueryClause> clauses, int top, int bound, SearchScratch scratch)
        {
            int n = corpus.Articles.Count;
            long[] keys = scratch.Keys(bound);
            float[] scores = scratch.Scores(bound);
            byte[] occurs = scratch.Flags(bound);
            var matches = new ListMatches(keys, scores, occurs);
            int mustCount = 0;
            for (int c = 0; c < clauses.Count; c++)
            {
                QueryClause clause = clauses[c];
                if (clause is DateClause) continue;
                if (clause.Occur == Occur.Must) mustCount++;
                matches.Occur = clause.Occur;
                Score(index, n, clause, scratch, ref matches);
            }
            int count = matches.Count;
            RunMerge.Sort(keys, count, scratch);

            var best = new TopHits(top);
            for (int i = 0; i < count;)
            {
                int article = (int)(keys[i] >> 32);
                float score = 0;
                int required = 0;
                bool positive = false, excluded = false;
                for (; i < count && (int)(keys[i] >> 32) == article; i++)
                {
                    int entry = (int)(uint)keys[i];
                    switch ((Occur)occurs[entry])
                    {
                        case Occur.MustNot:
                            excluded = true;
                            break;
                        default:
                            score += scores[entry];
                            positive = true;
                            if ((Occur)occurs[entry] == Occur.Must) required++;
                            break;
                    }
                }
                if (positive && !excluded && required == mustCount && PassesDates(corpus, clauses, article)) best.Offer(article, score);
            }
            return best;
        }

        /// <summary>Whether an article passes every date clause of the query.</summary>
        private static bool PassesDates(CorpusData corpus, IReadOnlyList<QueryClause> clauses, int article)
        {
            for (int c = 0; c < clauses.Count; c++)
            {
                QueryClause clause = clauses[c];
                if (clause is DateClause date && !Passes(corpus, date, article)) return false;
            }
            return true;
        }

        private static void ApplyDate(CorpusData corpus, DateClause date, byte[] state, int n)
        {
            for (int a = 0; a < n; a++)
            {
                if (!Passes(corpus, date, a)) state[a] |= 2;
            }
        }

        /// <summary>Whether an article passes a date clause: dated within it, or for an excluded range, not (undated articles are in no range).</summary>
        private static bool Passes(CorpusData corpus, DateClause date, int article)
        {
            int day = corpus.Image.Read(Table.Articles, article, (int)ArticleColumn.DatePlusOne) - 1;
            bool matches = day >= 0 && day >= date.From.DayNumber && day <= date.To.DayNumber;
            return date.Occur == Occur.MustNot ? !matches : matches;
        }

        /// <summary>
        /// What scoring a clause does with each match: one call per article the clause matches, with
        /// the clause's score there. The scoring methods are generic over a struct sink, so that a
        /// match is a direct call the JIT can inline and a clause allocates nothing, where a lambda
        /// was a closure and a delegate per clause and an indirect call per match.
        /// </summary>
        private interface IMatchSink
        {
            void Match(int article, float score);
        }

        /// <summary><see cref="RankDense"/>'s sink: a clause's scores added into accumulators indexed by article.</summary>
        private readonly struct Accumulate(float[] scores, int[] required, byte[] state, Occur occur) : IMatchSink
        {
            public void Match(int article, float score)
            {
                if (occur == Occur.MustNot)
                {
                    state[article] |= 2;
                    return;
                }
                scores[article] += score;
                state[article] |= 1;
                if (occur == Occur.Must) required[article]++;
            }
        }

        /// <summary><see cref="RankSparse"/>'s sink: each match listed with its score and its clause's <see cref="Occur"/>, keyed by article then list order.</summary>
        private struct ListMatches(long[] keys, float[] scores, byte[] occurs) : IMatchSink
        {
            public int Count;
            public Occur Occur;

            public void Match(int article, float score)
            {
                keys[Count] = ((long)article << 32) | (uint)Count;
                scores[Count] = score;
                occurs[Count] = (byte)Occur;
                Count++;
            }
        }

        /// <summary>Calls <paramref name="sink"/> once per article the clause matches, with the clause's score there.</summary>
        /// <remarks>Works in <paramref name="scratch"/>, so that a clause allocates nothing per match.</remarks>
        private static void Score<TSink>(SearchIndex index, int n, QueryClause clause, SearchScratch scratch, ref TSink sink)
            where TSink : struct, IMatchSink
        {
            switch (clause)
            {
                case PhraseClause { Terms.Count: 1 } single:
                    ScoreTerm(index, n, single.Terms[0], single.Fields, ref sink);
                    break;
                case PhraseClause phrase:
                    ScorePhrase(index, n, phrase, scratch, ref sink);
                    break;
                case PrefixClause prefix:
                    ScorePrefix(index, n, prefix, scratch, ref sink);
                    break;
            }
        }

        private static void ScoreTerm<TSink>(SearchIndex index, int n, string text, SearchFields fields, ref TSink sink)
            where TSink : struct, IMatchSink
        {
            int term = index.FindTerm(text);
            if (term < 0) return;
            int first = index.FirstPosting(term), end = first + index.PostingCount(term);
            int current = -1;
            float score = 0;
            for (int p = first; p < end; p++)
            {
                int article = index.PostingArticle(p);
                if (article != current)
                {
                    if (current >= 0 && score > 0) sink.Match(current, score);
                    current = article;
                    score = 0;
                }
                Field field = index.PostingField(p);
                if (!Includes(fields, field)) continue;
                score += FieldScore(index, n, field, index.DocumentFrequency(term, field), index.PostingFrequency(p), article);
            }
            if (current >= 0 && score > 0) sink.Match(current, score);
        }

        private static void ScorePhrase<TSink>(SearchIndex index, int n, PhraseClause phrase, SearchScratch scratch, ref TSink sink)
            where TSink : struct, IMatchSink
        {
            var terms = new int[phrase.Terms.Count];
            (int[] postings, int[] positions) = scratch.Phrase(terms.Length);
            for (int t = 0; t < terms.Length; t++)
            {
                terms[t] = index.FindTerm(phrase.Terms[t]);
                if (terms[t] < 0) return;
            }
            // The first term's postings are in article order (title, then body): an article's
            // fields are added up as they come, as ScoreTerm does.
            int first = index.FirstPosting(terms[0]), end = first + index.PostingCount(terms[0]);
            int current = -1;
            float sum = 0;
            bool matched = false;
            for (int p = first; p < end; p++)
            {
                int article = index.PostingArticle(p);
                if (article != current)
                {
                    if (matched) sink.Match(current, sum);
                    current = article;
                    sum = 0;
                    matched = false;
                }
                Field field = index.PostingField(p);
                if (!Includes(fields: phrase.Fields, field)) continue;
                int frequency = PhraseFrequency(index, terms, phrase.Offsets, article, field, p, postings, positions);
                if (frequency == 0) continue;
                float idf = 0;
                foreach (int term in terms) idf += Bm25.Idf(n, index.DocumentFrequency(term, field));
                sum += Boost(field) * idf * Bm25.TermFrequencyPart(frequency, index.ArticleFieldLength(article, field), Average(index, field));
                matched = true;
            }
            if (matched) sink.Match(current, sum);
        }

        /// <summary>
        /// How often the phrase occurs in one field of one article: positions of each next term one
        /// further on. <paramref name="postings"/> and <paramref name="firstPositions"/> are working
        /// rows of at least one entry per term, which the caller keeps across articles.
        /// </summary>
        internal static int PhraseFrequency(SearchIndex index, int[] terms, IReadOnlyList<int> offsets, int article, Field field, int firstTermPosting,
            int[] postings, int[] firstPositions)
        {
            postings[0] = firstTermPosting;
            for (int t = 1; t < terms.Length; t++)
            {
                (int from, int to) = index.PostingsOf(terms[t], article);
                postings[t] = -1;
                for (int p = from; p < to; p++)
                {
                    if (index.PostingField(p) == field) postings[t] = p;
                }
                if (postings[t] < 0) return 0;
            }
            int count = 0;
            for (int t = 0; t < terms.Length; t++) firstPositions[t] = index.FirstPosition(postings[t]);
            int starts = index.PostingFrequency(postings[0]);
            for (int k = 0; k < starts; k++)
            {
                int start = index.Position(firstPositions[0], k);
                bool all = true;
                for (int t = 1; t < terms.Length && all; t++) all = HasPosition(index, postings[t], firstPositions[t], start + offsets[t]);
                if (all) count++;
            }
            return count;
        }

        private static bool HasPosition(SearchIndex index, int posting, int firstPosition, int position)
        {
            int low = 0, high = index.PostingFrequency(posting);
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                int value = index.Position(firstPosition, middle);
                if (value == position) return true;
                if (value < position) low = middle + 1; else high = middle;
            }
            return false;
        }

        /// <summary>
        /// Every article in which a term with the prefix occurs (in the clause's fields), once each
        /// and with a score of 1, as Lucene's constant-score prefix query: articles are marked in the
        /// scratch, not gathered in a set, so the clause allocates nothing however many it matches.
        /// </summary>
        private static void ScorePrefix<TSink>(SearchIndex index, int n, PrefixClause prefix, SearchScratch scratch, ref TSink sink)
            where TSink : struct, IMatchSink
        {
            (int first, int end) = index.PrefixRange(prefix.Prefix);
            byte[] seen = scratch.Seen(n);
            for (int term = first; term < end; term++)
            {
                int p0 = index.FirstPosting(term), p1 = p0 + index.PostingCount(term);
                for (int p = p0; p < p1; p++)
                {
                    int article = index.PostingArticle(p);
                    if (seen[article] == 0 && Includes(prefix.Fields, index.PostingField(p)))
                    {
                        seen[article] = 1;
                        sink.Match(article, 1f);
                    }
                }
            }
        }

        private static float FieldScore(SearchIndex index, int n, Field field, int documentFrequency, int frequency, int article) =>
            Boost(field) * Bm25.Idf(n, documentFrequency) * Bm25.TermFrequencyPart(frequency, index.ArticleFieldLength(article, field), Average(index, field));

        private static float Boost(Field field) => field == Field.Title ? Bm25.TitleBoost : Bm25.BodyBoost;

        private static float Average(SearchIndex index, Field field) => field == Field.Title ? index.AverageTitleLength : index.AverageBodyLength;

        private static bool Includes(SearchFields fields, Field field) =>
            (fields & (field == Field.Title ? SearchFields.Title : SearchFields.Body)) != 0;
    }
}

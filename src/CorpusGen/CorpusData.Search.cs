using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Analysis;
using CorpusGen.Search;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen
{
    /// <summary>A word of an article and its TF-IDF weight there.</summary>
    public readonly record struct Keyword(string Term, float Weight);

    public sealed partial class CorpusData
    {
        private SearchIndex? _index;

        internal SearchIndex Index => _index ?? CreateIndex();

        /// <summary>Wraps the image's index tables on first use (out of line, so that <see cref="Index"/> inlines).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private SearchIndex CreateIndex()
        {
            var created = new SearchIndex(Image);
            return Interlocked.CompareExchange(ref _index, created, null) ?? created;
        }

        /// <summary>
        /// Searches the corpus with the basics of Lucene's query syntax (see <see cref="QueryParser"/>)
        /// and BM25 (see <see cref="Bm25"/>); returns at most <paramref name="top"/> hits by descending
        /// score, ties in article order. An empty query, or one of punctuation only, finds nothing.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
        /// <exception cref="QuerySyntaxException">The query cannot be parsed; the exception names the position.</exception>
        public IReadOnlyList<SearchHit> Search(string query, int top = 10)
        {
            if (query is null) throw new ArgumentNullException(nameof(query));
            if (top < 0) throw new ArgumentOutOfRangeException(nameof(top), "top must not be negative.");
            return Searcher.Search(this, Index, QueryParser.Parse(query, Index.Filter), top);
        }

        /// <summary>The number of articles whose title or body contains <paramref name="term"/> (normalized as the corpus was).</summary>
        public int DocumentFrequency(string term)
        {
            int index = FindQueryTerm(term ?? throw new ArgumentNullException(nameof(term)));
            if (index < 0) return 0;
            int count = 0, last = -1;
            int first = Index.FirstPosting(index), end = first + Index.PostingCount(index);
            for (int p = first; p < end; p++)
            {
                int article = Index.PostingArticle(p);
                if (article != last) count++;
                last = article;
            }
            return count;
        }

        /// <summary>How often <paramref name="term"/> (normalized) occurs in the article's title and body.</summary>
        public int TermFrequency(Article article, string term)
        {
            if (article is null) throw new ArgumentNullException(nameof(article));
            if (!ReferenceEquals(article.Corpus, this)) throw new ArgumentException("The article belongs to another corpus.", nameof(article));
            int index = FindQueryTerm(term ?? throw new ArgumentNullException(nameof(term)));
            if (index < 0) return 0;
            (int first, int end) = Index.PostingsOf(index, article.Index);
            int frequency = 0;
            for (int p = first; p < end; p++) frequency += Index.PostingFrequency(p);
            return frequency;
        }

        /// <summary>A word as the index holds it (normalized, then filtered), or -1 when it is not indexed.</summary>
        private int FindQueryTerm(string word) => Index.Filter.Apply(Tokenizer.Normalize(word)) is string term ? Index.FindTerm(term) : -1;

        /// <summary>The <paramref name="n"/> words of the article's body with the highest TF-IDF (tf × BM25's idf), ties in ordinal order.</summary>
        public IReadOnlyList<Keyword> Keywords(Article article, int n = 10)
        {
            if (article is null) throw new ArgumentNullException(nameof(article));
            if (n <= 0) return Array.Empty<Keyword>();
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Token token in article.Tokens)
            {
                if (Index.Filter.Apply(token.Normalized) is string term) frequencies[term] = frequencies.TryGetValue(term, out int f) ? f + 1 : 1;
            }
            var keywords = new List<Keyword>(frequencies.Count);
            foreach (KeyValuePair<string, int> pair in frequencies)
            {
                int term = Index.FindTerm(pair.Key);
                float idf = term < 0 ? 0 : Bm25.Idf(Articles.Count, Index.DocumentFrequency(term, Field.Body));
                keywords.Add(new Keyword(pair.Key, pair.Value * idf));
            }
            keywords.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Term, b.Term));
            return keywords.Count > n ? keywords.GetRange(0, n) : keywords;
        }

        /// <summary>Up to <paramref name="n"/> indexed words starting with <paramref name="prefix"/> (normalized), most frequent first, ties in ordinal order.</summary>
        public IReadOnlyList<string> Complete(string prefix, int n = 10)
        {
            if (prefix is null) throw new ArgumentNullException(nameof(prefix));
            string normalized = Tokenizer.Normalize(prefix.Trim());
            if (normalized.Length == 0 || n <= 0) return Array.Empty<string>();
            (int first, int end) = Index.PrefixRange(normalized);
            var terms = new List<(int Term, int Frequency)>(end - first);
            for (int t = first; t < end; t++) terms.Add((t, Index.CorpusFrequency(t)));
            terms.Sort((a, b) => a.Frequency != b.Frequency ? b.Frequency.CompareTo(a.Frequency) : a.Term.CompareTo(b.Term));
            var result = new string[Math.Min(n, terms.Count)];
            for (int i = 0; i < result.Length; i++) result[i] = Index.TermText(terms[i].Term);
            return result;
        }
    }
}

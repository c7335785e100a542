using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Analysis;
using CorpusGen.Generator.Model;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// Builds the search index at compile time: an inverted index over the normalized words of
    /// each article's title and body (the same <see cref="Tokenizer"/> the runtime runs on query
    /// text), with positions for phrase queries, the terms sorted for prefix queries, a hash table
    /// for term lookup, and the totals BM25 needs.
    /// </summary>
    internal static class SearchIndexWriter
    {
        private const int UnknownTerm = -2, StopWord = -1;

        internal sealed class Index
        {
            public Table Terms { get; } = new Table((int)TermColumn.Count);
            public Table TermHash { get; set; } = ImageWriter.HashTable(Array.Empty<string>(), Array.Empty<int>());
            public Table Postings { get; } = new Table((int)PostingColumn.Count);
            public Table Positions { get; } = new Table(1);
            public Table PositionCheckpoints { get; } = new Table(1);
            public Table Stats { get; } = new Table((int)StatsColumn.Count);
            public Table FieldLengths { get; } = new Table(2);
        }

        public static Index Write(CorpusSpec corpus, CorpusWords words, TextChunks text, CancellationToken cancellationToken = default)
        {
            // Every indexed word as an occurrence, in (article, field, position) order: its term
            // number (terms numbered in order of first use), and where it stands.
            var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
            var terms = new List<string>();
            var occurrences = new Occurrences();
            long titleTokens = 0, bodyTokens = 0;
            TermFilter filter = Filter(corpus);
            // A body word's term: looked up (and filtered) at the word's first occurrence only.
            var termOfWord = new int[words.Words.Count];
            for (int w = 0; w < termOfWord.Length; w++) termOfWord[w] = UnknownTerm;
            var index = new Index();
            for (int a = 0; a < corpus.Articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DocumentSpec document = corpus.Articles[a].Document;
                int titleLength = 0, bodyLength = 0, position = 0;
                if (document.Title is not null)
                {
                    foreach (Token token in Tokenizer.Tokenize(document.Title)) titleLength += Add(token.Normalized, a, Field.Title, position++);
                }
                position = 0;
                int[] articleWords = words.Articles[a];
                for (int t = 0; t < articleWords.Length; t++)
                {
                    int word = articleWords[t];
                    int term = termOfWord[word];
                    if (term == UnknownTerm) termOfWord[word] = term = TermOf(words.Words[word]);
                    if (term != StopWord)
                    {
                        occurrences.Add(term, a, Field.Body, position);
                        bodyLength++;
                    }
                    position++;
                }
                index.FieldLengths.Add(titleLength, bodyLength);
                titleTokens += titleLength;
                bodyTokens += bodyLength;
            }

            // Returns 1 when the word is indexed, 0 for a stop word (which still takes a position).
            int Add(string word, int article, Field field, int position)
            {
                int term = TermOf(word);
                if (term == StopWord) return 0;
                occurrences.Add(term, article, field, position);
                return 1;
            }

            // The word's term number (numbered in order of first use), or StopWord.
            int TermOf(string word)
            {
                string? term = filter.Apply(word);
                if (term is null) return StopWord;
                if (!termIds.TryGetValue(term, out int id))
                {
                    id = terms.Count;
                    termIds[term] = id;
                    terms.Add(term);
                }
                return id;
            }

            // The occurrences grouped by term, each term's kept in (article, field, position) order: a counting sort.
            long[] byTerm = occurrences.GroupBy(terms.Count, out int[] termStart);
            int[] sorted = Enumerable.Range(0, terms.Count).ToArray();
            Array.Sort(sorted, (x, y) => string.CompareOrdinal(terms[x], terms[y]));
            var termStrings = new List<int>(terms.Count);
            index.Positions.Cells.Capacity = byTerm.Length;
            foreach (int id in sorted)
            {
                int firstPosting = index.Postings.Rows;
                int titlePostings = 0, bodyPostings = 0;
                for (int i = termStart[id]; i < termStart[id + 1];)
                {
                    // One posting: the run of occurrences in the same article and field.
                    long where = Occurrences.ArticleAndField(byTerm[i]);
                    int j = i;
                    while (j < termStart[id + 1] && Occurrences.ArticleAndField(byTerm[j]) == where) j++;
                    int article = Occurrences.Article(byTerm[i]), field = Occurrences.Field(byTerm[i]);
                    if ((index.Postings.Rows & ((1 << PositionCheckpointBits) - 1)) == 0) index.PositionCheckpoints.Add(index.Positions.Rows);
                    index.Postings.Add(article, (j - i) * 2 + field);
                    for (int k = i; k < j; k++) index.Positions.Add(Occurrences.Position(byTerm[k]));
                    if (field == (int)Field.Title) titlePostings++;
                    else bodyPostings++;
                    i = j;
                }
                int termString = text.Add(terms[id]);
                termStrings.Add(termString);
                index.Terms.Add(termString, titlePostings, bodyPostings, firstPosting, titlePostings + bodyPostings, termStart[id + 1] - termStart[id]);
            }

            index.TermHash = ImageWriter.HashTable(sorted.Select(id => terms[id]).ToList(), termStrings);
            index.Stats.Add(titleTokens, bodyTokens, filter.StopWords ? 1 : 0, filter.Stemming ? 1 : 0);
            return index;
        }

        /// <summary>
        /// Indexed words: each one's term number, and where it stands packed in one number (article,
        /// field, position), so that grouping them by term moves one value and the postings are then
        /// read in order.
        /// </summary>
        private sealed class Occurrences
        {
            private readonly List<int> _terms = new List<int>();
            private readonly List<long> _places = new List<long>();

            public void Add(int term, int article, Field field, int position)
            {
                _terms.Add(term);
                _places.Add(((long)article << 33) | ((long)field << 32) | (uint)position);
            }

            public static int Article(long place) => (int)(place >> 33);

            public static int Field(long place) => (int)((place >> 32) & 1);

            public static long ArticleAndField(long place) => place >> 32;

            public static int Position(long place) => (int)(place & 0xFFFFFFFF);

            /// <summary>
            /// The places grouped by term (a stable counting sort, so each term's stay in the order
            /// they were added); term t's are at [<paramref name="start"/>[t], start[t + 1]).
            /// </summary>
            public long[] GroupBy(int termCount, out int[] start)
            {
                start = new int[termCount + 1];
                foreach (int term in _terms) start[term + 1]++;
                for (int t = 0; t < termCount; t++) start[t + 1] += start[t];
                var next = (int[])start.Clone();
                var grouped = new long[_terms.Count];
                for (int o = 0; o < _terms.Count; o++) grouped[next[_terms[o]]++] = _places[o];
                return grouped;
            }
        }

        /// <summary>The term filter of a corpus: the options of its &lt;Corpus&gt; item.</summary>
        internal static TermFilter Filter(CorpusSpec corpus) =>
            corpus.Articles.Count == 0 ? TermFilter.None
                : TermFilter.Create(corpus.Articles[0].Document.StopWords, corpus.Articles[0].Document.Stemming);
    }
}

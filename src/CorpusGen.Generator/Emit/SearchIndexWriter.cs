using System;
using System.Collections.Generic;
using System.Linq;
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
        internal sealed class Index
        {
            public Table Terms { get; } = new Table((int)TermColumn.Count);
            public Table TermHash { get; set; } = ImageWriter.HashTable(Array.Empty<string>(), Array.Empty<int>());
            public Table Postings { get; } = new Table((int)PostingColumn.Count);
            public Table Positions { get; } = new Table(1);
            public Table Stats { get; } = new Table((int)StatsColumn.Count);
            public Table FieldLengths { get; } = new Table(2);
        }

        public static Index Write(CorpusSpec corpus, TextChunks text)
        {
            // term → (article, field) → positions, in article order (articles are visited in order).
            var postings = new Dictionary<string, List<(int Article, int Field, List<int> Positions)>>(StringComparer.Ordinal);
            long titleTokens = 0, bodyTokens = 0;
            TermFilter filter = Filter(corpus);
            var index = new Index();
            for (int a = 0; a < corpus.Articles.Count; a++)
            {
                DocumentSpec document = corpus.Articles[a].Document;
                IReadOnlyList<Token> title = document.Title is null ? Array.Empty<Token>() : Tokenizer.Tokenize(document.Title);
                int titleLength = Add(postings, a, (int)Field.Title, title.Select(t => filter.Apply(t.Normalized)));
                int bodyLength = Add(postings, a, (int)Field.Body, document.Tokens.Select(t => filter.Apply(t.Normalized)));
                index.FieldLengths.Add(titleLength, bodyLength);
                titleTokens += titleLength;
                bodyTokens += bodyLength;
            }

            string[] terms = postings.Keys.ToArray();
            var termStrings = new List<int>(terms.Length);
            Array.Sort(terms, StringComparer.Ordinal);
            foreach (string term in terms)
            {
                var list = postings[term];
                long corpusFrequency = 0;
                int firstPosting = index.Postings.Rows;
                foreach (var (article, field, positions) in list)
                {
                    index.Postings.Add(article, field, positions.Count, index.Positions.Rows);
                    foreach (int position in positions) index.Positions.Add(position);
                    corpusFrequency += positions.Count;
                }
                int termString = text.Add(term);
                termStrings.Add(termString);
                index.Terms.Add(termString,
                    list.Count(p => p.Field == (int)Field.Title), list.Count(p => p.Field == (int)Field.Body),
                    firstPosting, list.Count, corpusFrequency);
            }

            index.TermHash = ImageWriter.HashTable(terms, termStrings);
            index.Stats.Add(titleTokens, bodyTokens, filter.StopWords ? 1 : 0, filter.Stemming ? 1 : 0);
            return index;
        }

        /// <summary>The term filter of a corpus: the options of its &lt;Corpus&gt; item.</summary>
        internal static TermFilter Filter(CorpusSpec corpus) =>
            corpus.Articles.Count == 0 ? TermFilter.None
                : TermFilter.Create(corpus.Articles[0].Document.StopWords, corpus.Articles[0].Document.Stemming);

        /// <summary>Adds a field's terms (null: a stop word, which still takes a position) and returns how many were indexed.</summary>
        private static int Add(Dictionary<string, List<(int, int, List<int>)>> postings, int article, int field, IEnumerable<string?> words)
        {
            int position = 0, indexed = 0;
            foreach (string? word in words)
            {
                if (word is null)
                {
                    position++;
                    continue;
                }
                indexed++;
                if (!postings.TryGetValue(word, out var list)) postings[word] = list = new List<(int, int, List<int>)>();
                if (list.Count == 0 || list[list.Count - 1].Item1 != article || list[list.Count - 1].Item2 != field)
                {
                    list.Add((article, field, new List<int>()));
                }
                list[list.Count - 1].Item3.Add(position++);
            }
            return indexed;
        }
    }
}

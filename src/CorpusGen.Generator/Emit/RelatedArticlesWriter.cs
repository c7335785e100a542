using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Analysis;
using CorpusGen.Generator.Model;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// Precomputes, at compile time, how articles relate: each article's most similar articles
    /// (cosine of TF-IDF vectors), near-duplicate pairs (Jaccard of 5-word shingles), and sentences
    /// repeated across articles (syndicated text).
    /// </summary>
    internal static class RelatedArticlesWriter
    {
        /// <summary>How many similar articles are kept per article.</summary>
        public const int SimilarPerArticle = 10;

        /// <summary>Candidates for similarity are found through each article's strongest terms.</summary>
        private const int CandidateTerms = 25;

        /// <summary>Shingle Jaccard from which two articles are near-duplicates.</summary>
        public const double NearDuplicateThreshold = 0.5;

        private const int ShingleWords = 5;

        /// <summary>A shingle in more articles than this does not propose candidate pairs.</summary>
        private const int MaxShingleArticles = 32;

        /// <summary>Sentences shorter than this are not tracked as repeated ("He said no.").</summary>
        private const int RepeatedSentenceMinWords = 6;

        internal sealed class Tables
        {
            public Table SimilarIndex { get; } = new Table(2);
            public Table Similar { get; } = new Table((int)ScoredColumn.Count);
            public Table NearDuplicates { get; } = new Table(3);
            public Table RepeatedSentences { get; } = new Table(3);
        }

        public static Tables Write(CorpusSpec corpus)
        {
            int n = corpus.Articles.Count;
            var words = new List<string>[n];
            for (int a = 0; a < n; a++)
            {
                DocumentSpec d = corpus.Articles[a].Document;
                words[a] = d.Tokens.Select(t => Tokenizer.Normalize(d.Text.Substring(t.Start, t.Length))).ToList();
            }
            var tables = new Tables();
            WriteSimilar(corpus, words, tables);
            WriteNearDuplicates(words, tables);
            WriteRepeatedSentences(corpus, tables);
            return tables;
        }

        private static void WriteSimilar(CorpusSpec corpus, List<string>[] words, Tables tables)
        {
            int n = words.Length;
            var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int a = 0; a < n; a++)
            {
                foreach (string term in words[a].Distinct(StringComparer.Ordinal))
                {
                    documentFrequency[term] = documentFrequency.TryGetValue(term, out int df) ? df + 1 : 1;
                    if (!postings.TryGetValue(term, out var list)) postings[term] = list = new List<int>();
                    list.Add(a);
                }
            }
            var vectors = new Dictionary<string, double>[n];
            var norms = new double[n];
            for (int a = 0; a < n; a++)
            {
                vectors[a] = words[a].GroupBy(w => w, StringComparer.Ordinal).ToDictionary(
                    g => g.Key, g => g.Count() * Math.Log(1 + (n - documentFrequency[g.Key] + 0.5) / (documentFrequency[g.Key] + 0.5)), StringComparer.Ordinal);
                norms[a] = Math.Sqrt(vectors[a].Values.Sum(v => v * v));
            }
            // Candidate pairs come from each article's strongest terms, from either side, so the
            // relation is symmetric; terms in most articles are skipped (they would pair everything).
            int commonLimit = Math.Max(50, n / 2);
            var pairs = new HashSet<(int, int)>();
            for (int a = 0; a < n; a++)
            {
                foreach (var term in vectors[a].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(CandidateTerms))
                {
                    if (documentFrequency[term.Key] > commonLimit) continue;
                    foreach (int b in postings[term.Key]) if (b != a) pairs.Add((Math.Min(a, b), Math.Max(a, b)));
                }
            }
            var similar = new List<(int Article, long Score)>[n];
            for (int a = 0; a < n; a++) similar[a] = new List<(int, long)>();
            foreach (var (a, b) in pairs)
            {
                long score = (long)Math.Round(Cosine(vectors[a], norms[a], vectors[b], norms[b]) * ScoreScale);
                if (score <= 0) continue;
                similar[a].Add((b, score));
                similar[b].Add((a, score));
            }
            for (int a = 0; a < n; a++)
            {
                var best = similar[a].OrderByDescending(x => x.Score).ThenBy(x => x.Article).Take(SimilarPerArticle).ToList();
                tables.SimilarIndex.Add(tables.Similar.Rows, best.Count);
                foreach (var (article, score) in best) tables.Similar.Add(article, score);
            }
        }

        private static double Cosine(Dictionary<string, double> x, double xNorm, Dictionary<string, double> y, double yNorm)
        {
            if (xNorm == 0 || yNorm == 0) return 0;
            if (x.Count > y.Count) (x, y) = (y, x);
            double dot = 0;
            foreach (var pair in x) if (y.TryGetValue(pair.Key, out double other)) dot += pair.Value * other;
            return Math.Min(1, dot / (xNorm * yNorm));
        }

        private static void WriteNearDuplicates(List<string>[] words, Tables tables)
        {
            int n = words.Length;
            var shingles = new HashSet<string>[n];
            var byShingle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int a = 0; a < n; a++)
            {
                shingles[a] = new HashSet<string>(StringComparer.Ordinal);
                List<string> w = words[a];
                if (w.Count == 0) continue;
                for (int i = 0; i + ShingleWords <= Math.Max(w.Count, ShingleWords); i++)
                {
                    shingles[a].Add(string.Join(" ", w.Skip(i).Take(ShingleWords)));
                }
                foreach (string shingle in shingles[a])
                {
                    if (!byShingle.TryGetValue(shingle, out var list)) byShingle[shingle] = list = new List<int>();
                    list.Add(a);
                }
            }
            // Candidates share a shingle that few articles have: a phrase in dozens of articles
            // (boilerplate, a stock formula) would pair them all and make this quadratic.
            var pairs = new SortedSet<(int, int)>();
            foreach (var list in byShingle.Values)
            {
                if (list.Count > MaxShingleArticles) continue;
                for (int i = 0; i < list.Count; i++)
                {
                    for (int j = i + 1; j < list.Count; j++) pairs.Add((list[i], list[j]));
                }
            }
            foreach (var (a, b) in pairs)
            {
                int shared = shingles[a].Count(s => shingles[b].Contains(s));
                double jaccard = (double)shared / (shingles[a].Count + shingles[b].Count - shared);
                if (jaccard >= NearDuplicateThreshold) tables.NearDuplicates.Add(a, b, (long)Math.Round(jaccard * ScoreScale));
            }
        }

        private static void WriteRepeatedSentences(CorpusSpec corpus, Tables tables)
        {
            var groups = new SortedDictionary<string, List<(int Article, int Sentence)>>(StringComparer.Ordinal);
            for (int a = 0; a < corpus.Articles.Count; a++)
            {
                DocumentSpec d = corpus.Articles[a].Document;
                for (int s = 0; s < d.Sentences.Count; s++)
                {
                    IReadOnlyList<Token> tokens = Tokenizer.Tokenize(d.Text.Substring(d.Sentences[s].Start, d.Sentences[s].Length));
                    if (tokens.Count < RepeatedSentenceMinWords) continue;
                    string key = string.Join(" ", tokens.Select(t => t.Normalized));
                    if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<(int, int)>();
                    list.Add((a, s));
                }
            }
            int group = 0;
            foreach (var list in groups.Values.Where(l => l.Select(x => x.Article).Distinct().Count() >= 2)
                         .OrderBy(l => l[0].Article).ThenBy(l => l[0].Sentence))
            {
                foreach (var (article, sentence) in list) tables.RepeatedSentences.Add(group, article, sentence);
                group++;
            }
        }
    }
}

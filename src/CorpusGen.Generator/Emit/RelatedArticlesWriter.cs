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
                words[a] = d.Tokens.Select(t => t.Normalized).ToList();
            }
            var tables = new Tables();
            WriteSimilar(corpus, words, tables);
            WriteNearDuplicates(words, tables);
            WriteRepeatedSentences(corpus, tables);
            return tables;
        }

        /// <summary>A term in more articles than this proposes no candidates (it would pair too many articles); it still counts in the cosine.</summary>
        private const int MaxCandidateDocumentFrequency = 200;

        /// <summary>How many candidates per article, by shared strong-term weight, get an exact cosine.</summary>
        private const int CandidatesPerArticle = 40;

        /// <summary>
        /// Each article's most similar articles by cosine of TF-IDF vectors. Candidates are found
        /// through each article's strongest terms (at most <see cref="CandidateTerms"/>, each in at
        /// most <see cref="MaxCandidateDocumentFrequency"/> articles), ranked by the weight they
        /// share, and the best <see cref="CandidatesPerArticle"/> get an exact cosine; a pair found
        /// from either side counts for both, so the relation is symmetric. Vectors are sorted arrays
        /// of term numbers, so a cosine is one merge. Linear in the corpus size for a fixed vocabulary shape.
        /// </summary>
        private static void WriteSimilar(CorpusSpec corpus, List<string>[] words, Tables tables)
        {
            int n = words.Length;
            var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
            var documentFrequency = new List<int>();
            var counts = new List<KeyValuePair<int, int>>[n];
            for (int a = 0; a < n; a++)
            {
                var tf = new Dictionary<int, int>();
                foreach (string word in words[a])
                {
                    if (!termIds.TryGetValue(word, out int id))
                    {
                        id = termIds.Count;
                        termIds[word] = id;
                        documentFrequency.Add(0);
                    }
                    tf[id] = tf.TryGetValue(id, out int c) ? c + 1 : 1;
                }
                foreach (int id in tf.Keys) documentFrequency[id]++;
                counts[a] = tf.ToList();
            }
            var termIdsSorted = new int[n][];
            var weights = new double[n][];
            var norms = new double[n];
            var postings = new List<int>[termIds.Count];
            for (int a = 0; a < n; a++)
            {
                var sorted = counts[a].OrderBy(p => p.Key).ToArray();
                termIdsSorted[a] = sorted.Select(p => p.Key).ToArray();
                weights[a] = sorted.Select(p => p.Value * Math.Log(1 + (n - documentFrequency[p.Key] + 0.5) / (documentFrequency[p.Key] + 0.5))).ToArray();
                norms[a] = Math.Sqrt(weights[a].Sum(v => v * v));
                foreach (int id in termIdsSorted[a])
                {
                    if (documentFrequency[id] > MaxCandidateDocumentFrequency || documentFrequency[id] > Math.Max(50, n / 2)) continue;
                    (postings[id] ??= new List<int>()).Add(a);
                }
            }

            var pairs = new HashSet<(int, int)>();
            var shared = new Dictionary<int, double>();
            for (int a = 0; a < n; a++)
            {
                shared.Clear();
                int[] ids = termIdsSorted[a];
                double[] w = weights[a];
                foreach (int i in Enumerable.Range(0, ids.Length).OrderByDescending(i => w[i]).ThenBy(i => ids[i]).Take(CandidateTerms))
                {
                    List<int>? list = postings[ids[i]];
                    if (list is null) continue;
                    foreach (int b in list) if (b != a) shared[b] = (shared.TryGetValue(b, out double v) ? v : 0) + w[i];
                }
                foreach (var candidate in shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(CandidatesPerArticle))
                {
                    pairs.Add((Math.Min(a, candidate.Key), Math.Max(a, candidate.Key)));
                }
            }

            var similar = new List<(int Article, long Score)>[n];
            for (int a = 0; a < n; a++) similar[a] = new List<(int, long)>();
            foreach (var (a, b) in pairs.OrderBy(p => p.Item1).ThenBy(p => p.Item2))
            {
                long score = (long)Math.Round(Cosine(termIdsSorted[a], weights[a], norms[a], termIdsSorted[b], weights[b], norms[b]) * ScoreScale);
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

        private static double Cosine(int[] xIds, double[] x, double xNorm, int[] yIds, double[] y, double yNorm)
        {
            if (xNorm == 0 || yNorm == 0) return 0;
            double dot = 0;
            for (int i = 0, j = 0; i < xIds.Length && j < yIds.Length;)
            {
                if (xIds[i] == yIds[j]) dot += x[i++] * y[j++];
                else if (xIds[i] < yIds[j]) i++;
                else j++;
            }
            return Math.Min(1, dot / (xNorm * yNorm));
        }

        /// <summary>
        /// Near-duplicate pairs: articles whose sets of 5-word shingles (as 64-bit hashes) have a
        /// Jaccard index of at least <see cref="NearDuplicateThreshold"/>. Candidates share a
        /// shingle that at most <see cref="MaxShingleArticles"/> articles have, or have exactly the
        /// same shingles (any number of copies). A cluster of more than that many near-but-not-exact
        /// copies is only paired where the copies also share rarer shingles.
        /// </summary>
        private static void WriteNearDuplicates(List<string>[] words, Tables tables)
        {
            int n = words.Length;
            var shingles = new HashSet<ulong>[n];
            var byShingle = new Dictionary<ulong, List<int>>();
            for (int a = 0; a < n; a++)
            {
                shingles[a] = new HashSet<ulong>();
                List<string> w = words[a];
                if (w.Count == 0) continue;
                ulong[] hashes = w.Select(Hash).ToArray();
                for (int i = 0; i + ShingleWords <= Math.Max(w.Count, ShingleWords); i++)
                {
                    ulong h = 14695981039346656037UL;
                    for (int k = i; k < Math.Min(i + ShingleWords, hashes.Length); k++) h = unchecked((h ^ hashes[k]) * 1099511628211UL);
                    shingles[a].Add(h);
                }
                foreach (ulong shingle in shingles[a])
                {
                    if (!byShingle.TryGetValue(shingle, out var list)) byShingle[shingle] = list = new List<int>();
                    list.Add(a);
                }
            }
            // A phrase in dozens of articles (boilerplate, a stock formula) would pair them all and make this quadratic.
            var pairs = new SortedSet<(int, int)>();
            // Exact copies are paired whatever their number (a wire story syndicated 100 times): articles
            // with the same set of shingles are grouped by a hash of the set, and every pair in a group is
            // a candidate (the Jaccard below confirms it). The output is quadratic in the copies, as it must be.
            var bySet = new Dictionary<ulong, List<int>>();
            for (int a = 0; a < n; a++)
            {
                if (shingles[a].Count == 0) continue;
                ulong setHash = 0;
                foreach (ulong shingle in shingles[a]) setHash += shingle * 0x9E3779B97F4A7C15UL; // order-free
                if (!bySet.TryGetValue(setHash, out var group)) bySet[setHash] = group = new List<int>();
                group.Add(a);
            }
            foreach (var group in bySet.Values)
            {
                if (group.Count <= MaxShingleArticles) continue; // the shingle pass below finds these
                for (int i = 0; i < group.Count; i++)
                {
                    for (int j = i + 1; j < group.Count; j++) pairs.Add((group[i], group[j]));
                }
            }
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
                int sharedCount = shingles[a].Count(s => shingles[b].Contains(s));
                double jaccard = (double)sharedCount / (shingles[a].Count + shingles[b].Count - sharedCount);
                if (jaccard >= NearDuplicateThreshold) tables.NearDuplicates.Add(a, b, (long)Math.Round(jaccard * ScoreScale));
            }
        }

        /// <summary>A word's 64-bit FNV-1a hash (stable across runs and machines).</summary>
        private static ulong Hash(string word)
        {
            ulong h = 14695981039346656037UL;
            foreach (char c in word) h = unchecked((h ^ c) * 1099511628211UL);
            return h;
        }

        private static void WriteRepeatedSentences(CorpusSpec corpus, Tables tables)
        {
            // Grouped by the sentence's normalized words (the document's own tokens, found once per
            // document); the groups are ordered by their first sentence below, so a hash map will do.
            var groups = new Dictionary<string, List<(int Article, int Sentence)>>(StringComparer.Ordinal);
            for (int a = 0; a < corpus.Articles.Count; a++)
            {
                DocumentSpec d = corpus.Articles[a].Document;
                int next = 0;
                for (int s = 0; s < d.Sentences.Count; s++)
                {
                    int start = d.Sentences[s].Start, end = start + d.Sentences[s].Length;
                    while (next < d.Tokens.Count && d.Tokens[next].Start < start) next++;
                    var words = new List<string>();
                    for (int t = next; t < d.Tokens.Count && d.Tokens[t].Start + d.Tokens[t].Length <= end; t++) words.Add(d.Tokens[t].Normalized);
                    if (words.Count < RepeatedSentenceMinWords) continue;
                    string key = string.Join(" ", words);
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

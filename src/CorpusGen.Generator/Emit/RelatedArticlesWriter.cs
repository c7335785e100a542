using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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

        /// <summary>Computes the three relations; the near-duplicates on the thread pool while this thread does the rest (each fills its own tables).</summary>
        public static Tables Write(CorpusSpec corpus, CorpusWords words, CancellationToken cancellationToken = default)
        {
            var tables = new Tables();
            ulong[] wordHashes = words.Words.Select(Hash).ToArray();
            Task nearDuplicates = Task.Run(() => WriteNearDuplicates(words.Articles, wordHashes, tables, cancellationToken), cancellationToken);
            WriteSimilar(words.Articles, words.Words.Count, tables, cancellationToken);
            WriteRepeatedSentences(corpus, words.Articles, tables, cancellationToken);
            nearDuplicates.GetAwaiter().GetResult();
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
        /// from either side counts for both, so the relation is symmetric. Vectors are arrays sorted
        /// by term number. Linear in the corpus size for a fixed vocabulary shape.
        /// </summary>
        private static void WriteSimilar(int[][] words, int termCount, Tables tables, CancellationToken cancellationToken)
        {
            int n = words.Length;
            var documentFrequency = new int[termCount];
            var termIdsSorted = new int[n][];
            var frequencies = new int[n][];
            var count = new int[termCount];
            for (int a = 0; a < n; a++)
            {
                var distinct = new List<int>();
                foreach (int id in words[a])
                {
                    if (count[id]++ == 0) distinct.Add(id);
                }
                int[] ids = distinct.ToArray();
                Array.Sort(ids);
                var tf = new int[ids.Length];
                for (int i = 0; i < ids.Length; i++)
                {
                    tf[i] = count[ids[i]];
                    count[ids[i]] = 0;
                    documentFrequency[ids[i]]++;
                }
                termIdsSorted[a] = ids;
                frequencies[a] = tf;
            }

            var weights = new double[n][];
            var norms = new double[n];
            var postings = new List<int>[termCount];
            for (int a = 0; a < n; a++)
            {
                int[] ids = termIdsSorted[a];
                var w = new double[ids.Length];
                double squares = 0;
                for (int i = 0; i < ids.Length; i++)
                {
                    int df = documentFrequency[ids[i]];
                    w[i] = frequencies[a][i] * Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                    squares += w[i] * w[i];
                }
                weights[a] = w;
                norms[a] = Math.Sqrt(squares);
                foreach (int id in ids)
                {
                    if (documentFrequency[id] > MaxCandidateDocumentFrequency || documentFrequency[id] > Math.Max(50, n / 2)) continue;
                    (postings[id] ??= new List<int>()).Add(a);
                }
            }

            // Candidate pairs as (smaller << 32 | larger), sorted and distinct below.
            var pairs = new List<long>();
            var shared = new double[n];
            var touched = new List<int>();
            var isTouched = new bool[n];
            var best = new List<int>(CandidatesPerArticle);
            var strongest = new int[CandidateTerms];
            for (int a = 0; a < n; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int[] ids = termIdsSorted[a];
                double[] w = weights[a];
                int strongestCount = Strongest(w, strongest);
                for (int k = 0; k < strongestCount; k++)
                {
                    int i = strongest[k];
                    List<int>? list = postings[ids[i]];
                    if (list is null) continue;
                    foreach (int b in list)
                    {
                        if (b == a) continue;
                        if (!isTouched[b])
                        {
                            isTouched[b] = true;
                            touched.Add(b);
                        }
                        shared[b] += w[i];
                    }
                }
                Best(touched, shared, best);
                foreach (int b in best) pairs.Add(((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b));
                foreach (int b in touched)
                {
                    shared[b] = 0;
                    isTouched[b] = false;
                }
                touched.Clear();
            }
            pairs.Sort();

            // The cosines, a pair at a time in (article, other) order: the article's weights are
            // spread over a dense vector once, and each other article's dot product is one pass over
            // its own terms in ascending order (the order a merge would add them in, so the same sums).
            var similar = new List<(int Article, long Score)>[n];
            for (int a = 0; a < n; a++) similar[a] = new List<(int, long)>();
            var dense = new double[termCount];
            for (int p = 0; p < pairs.Count;)
            {
                int a = (int)(pairs[p] >> 32);
                for (int i = 0; i < termIdsSorted[a].Length; i++) dense[termIdsSorted[a][i]] = weights[a][i];
                for (; p < pairs.Count && (int)(pairs[p] >> 32) == a; p++)
                {
                    if (p > 0 && pairs[p] == pairs[p - 1]) continue;
                    int b = (int)(pairs[p] & 0xFFFFFFFF);
                    long score = (long)Math.Round(Cosine(dense, norms[a], termIdsSorted[b], weights[b], norms[b]) * ScoreScale);
                    if (score <= 0) continue;
                    similar[a].Add((b, score));
                    similar[b].Add((a, score));
                }
                foreach (int id in termIdsSorted[a]) dense[id] = 0;
            }
            for (int a = 0; a < n; a++)
            {
                var top = similar[a].OrderByDescending(x => x.Score).ThenBy(x => x.Article).Take(SimilarPerArticle).ToList();
                tables.SimilarIndex.Add(tables.Similar.Rows, top.Count);
                foreach (var (article, score) in top) tables.Similar.Add(article, score);
            }
        }

        /// <summary>
        /// The indexes of the (at most) <see cref="CandidateTerms"/> largest of <paramref name="weights"/>
        /// into <paramref name="strongest"/>, strongest first, a tie to the smaller index (the smaller
        /// term number: an article's terms are sorted); returns how many. One pass that keeps the best
        /// so far in order: most weights are weaker than the weakest kept and cost one comparison.
        /// </summary>
        private static int Strongest(double[] weights, int[] strongest)
        {
            int count = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                double weight = weights[i];
                // A later index never beats an equal weight kept before it.
                if (count == strongest.Length && !(weight > weights[strongest[count - 1]])) continue;
                int at = count < strongest.Length ? count++ : count - 1;
                for (; at > 0 && weight > weights[strongest[at - 1]]; at--) strongest[at] = strongest[at - 1];
                strongest[at] = i;
            }
            return count;
        }

        /// <summary>
        /// The <see cref="CandidatesPerArticle"/> candidates with the most shared weight (ties: the
        /// smaller article), in no particular order, into <paramref name="best"/>: a heap whose root
        /// is the weakest kept, so an article with thousands of candidates costs no sort.
        /// </summary>
        private static void Best(List<int> candidates, double[] shared, List<int> best)
        {
            bool Weaker(int x, int y) => shared[x] < shared[y] || (shared[x] == shared[y] && x > y);
            best.Clear();
            foreach (int candidate in candidates)
            {
                int at;
                if (best.Count < CandidatesPerArticle)
                {
                    // Sift up from the new leaf.
                    best.Add(candidate);
                    for (at = best.Count - 1; at > 0 && Weaker(candidate, best[(at - 1) / 2]); at = (at - 1) / 2) best[at] = best[(at - 1) / 2];
                    best[at] = candidate;
                    continue;
                }
                if (!Weaker(best[0], candidate)) continue;
                // Replace the root and sift down.
                at = 0;
                while (true)
                {
                    int child = 2 * at + 1;
                    if (child >= best.Count) break;
                    if (child + 1 < best.Count && Weaker(best[child + 1], best[child])) child++;
                    if (!Weaker(best[child], candidate)) break;
                    best[at] = best[child];
                    at = child;
                }
                best[at] = candidate;
            }
        }

        /// <summary>
        /// The cosine of two TF-IDF vectors, the first spread over <paramref name="x"/> by term
        /// number (zero where it lacks a term). Every weight is positive, so adding the zero products
        /// leaves each partial sum as a merge over the common terms would have it.
        /// </summary>
        private static double Cosine(double[] x, double xNorm, int[] yIds, double[] y, double yNorm)
        {
            if (xNorm == 0 || yNorm == 0) return 0;
            double dot = 0;
            for (int j = 0; j < yIds.Length; j++) dot += x[yIds[j]] * y[j];
            return Math.Min(1, dot / (xNorm * yNorm));
        }

        /// <summary>
        /// Near-duplicate pairs: articles whose sets of 5-word shingles (as 64-bit hashes) have a
        /// Jaccard index of at least <see cref="NearDuplicateThreshold"/>. Candidates share a
        /// shingle that at most <see cref="MaxShingleArticles"/> articles have, or have exactly the
        /// same shingles (any number of copies). A cluster of more than that many near-but-not-exact
        /// copies is only paired where the copies also share rarer shingles.
        /// </summary>
        private static void WriteNearDuplicates(int[][] words, ulong[] termHashes, Tables tables, CancellationToken cancellationToken)
        {
            int n = words.Length;
            // Each article's distinct shingles, sorted, so that a Jaccard is one merge.
            var shingles = new ulong[n][];
            long total = 0;
            for (int a = 0; a < n; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int[] w = words[a];
                if (w.Length == 0)
                {
                    shingles[a] = Array.Empty<ulong>();
                    continue;
                }
                var list = new ulong[Math.Max(w.Length, ShingleWords) - ShingleWords + 1];
                for (int i = 0; i < list.Length; i++)
                {
                    ulong h = 14695981039346656037UL;
                    for (int k = i; k < Math.Min(i + ShingleWords, w.Length); k++) h = unchecked((h ^ termHashes[w[k]]) * 1099511628211UL);
                    list[i] = h;
                }
                Array.Sort(list);
                int distinct = 0;
                for (int i = 0; i < list.Length; i++)
                {
                    if (i == 0 || list[i] != list[i - 1]) list[distinct++] = list[i];
                }
                Array.Resize(ref list, distinct);
                shingles[a] = list;
                total += distinct;
            }

            // Candidate pairs as (smaller << 32 | larger), sorted and distinct below.
            var pairs = new List<long>();
            void AddPairs(IReadOnlyList<int> group)
            {
                for (int i = 0; i < group.Count; i++)
                {
                    for (int j = i + 1; j < group.Count; j++)
                    {
                        pairs.Add(((long)Math.Min(group[i], group[j]) << 32) | (uint)Math.Max(group[i], group[j]));
                    }
                }
            }

            // Exact copies are paired whatever their number (a wire story syndicated 100 times): articles
            // with the same set of shingles are grouped by a hash of the set, and every pair in a group is
            // a candidate (the Jaccard below confirms it). The output is quadratic in the copies, as it must be.
            var bySet = new Dictionary<ulong, List<int>>();
            for (int a = 0; a < n; a++)
            {
                if (shingles[a].Length == 0) continue;
                ulong setHash = 0;
                foreach (ulong shingle in shingles[a]) setHash += shingle * 0x9E3779B97F4A7C15UL; // order-free
                if (!bySet.TryGetValue(setHash, out var group)) bySet[setHash] = group = new List<int>();
                group.Add(a);
            }
            foreach (var group in bySet.Values)
            {
                if (group.Count > MaxShingleArticles) AddPairs(group); // the shingle pass below finds the others
            }

            // Articles by shingle: every (shingle, article), sorted by shingle. A phrase in dozens of
            // articles (boilerplate, a stock formula) would pair them all and make this quadratic.
            // Sorted in two steps: into buckets by the hash's top 16 bits (the hashes are uniform,
            // so the buckets are small), then each bucket on its own.
            const int BucketBits = 16;
            var bucketStart = new long[(1 << BucketBits) + 1];
            for (int a = 0; a < n; a++)
            {
                foreach (ulong shingle in shingles[a]) bucketStart[(shingle >> (64 - BucketBits)) + 1]++;
            }
            for (int b = 0; b < 1 << BucketBits; b++) bucketStart[b + 1] += bucketStart[b];
            var keys = new ulong[total];
            var owners = new int[total];
            var cursor = (long[])bucketStart.Clone();
            for (int a = 0; a < n; a++)
            {
                foreach (ulong shingle in shingles[a])
                {
                    long at = cursor[shingle >> (64 - BucketBits)]++;
                    keys[at] = shingle;
                    owners[at] = a;
                }
            }
            for (int b = 0; b < 1 << BucketBits; b++)
            {
                int length = (int)(bucketStart[b + 1] - bucketStart[b]);
                if (length > 1) Array.Sort(keys, owners, (int)bucketStart[b], length);
            }
            // A pair is listed once per rare shingle the two share; each article's common shingles
            // (in more than MaxShingleArticles articles) are counted, to bound what else a pair may share.
            var run = new List<int>(MaxShingleArticles);
            var common = new int[n];
            for (long i = 0; i < total;)
            {
                long j = i;
                while (j < total && keys[j] == keys[i]) j++;
                if (j - i > MaxShingleArticles)
                {
                    for (long k = i; k < j; k++) common[owners[k]]++;
                }
                else if (j - i >= 2)
                {
                    run.Clear();
                    for (long k = i; k < j; k++) run.Add(owners[k]);
                    AddPairs(run);
                }
                i = j;
            }

            pairs.Sort();
            for (int p = 0, next; p < pairs.Count; p = next)
            {
                next = p + 1;
                while (next < pairs.Count && pairs[next] == pairs[p]) next++;
                int a = (int)(pairs[p] >> 32), b = (int)(pairs[p] & 0xFFFFFFFF);
                ulong[] x = shingles[a], y = shingles[b];
                // The two share at most the rare shingles they were listed for (an exact-copy group
                // lists a pair once more) and the common ones of the one with fewer. Most candidates
                // share a single stock phrase: when even that bound is under the threshold, the
                // merge below cannot reach it (the Jaccard grows with what is shared), so it is skipped.
                int sharedAtMost = Math.Min(next - p + Math.Min(common[a], common[b]), Math.Min(x.Length, y.Length));
                if ((double)sharedAtMost / (x.Length + y.Length - sharedAtMost) < NearDuplicateThreshold) continue;
                int sharedCount = 0;
                for (int i = 0, j = 0; i < x.Length && j < y.Length;)
                {
                    if (x[i] == y[j])
                    {
                        sharedCount++;
                        i++;
                        j++;
                    }
                    else if (x[i] < y[j]) i++;
                    else j++;
                }
                double jaccard = (double)sharedCount / (x.Length + y.Length - sharedCount);
                if (jaccard >= NearDuplicateThreshold) tables.NearDuplicates.Add(pairs[p] >> 32, pairs[p] & 0xFFFFFFFF, (long)Math.Round(jaccard * ScoreScale));
            }
        }

        /// <summary>A word's 64-bit FNV-1a hash (stable across runs and machines).</summary>
        private static ulong Hash(string word)
        {
            ulong h = 14695981039346656037UL;
            foreach (char c in word) h = unchecked((h ^ c) * 1099511628211UL);
            return h;
        }

        private static void WriteRepeatedSentences(CorpusSpec corpus, int[][] words, Tables tables, CancellationToken cancellationToken)
        {
            // Grouped by the sentence's words as term numbers (the document's own tokens, numbered
            // once for the whole corpus), so no sentence is joined into a string; the groups are
            // ordered by their first sentence below, so a hash map will do.
            var groups = new Dictionary<WordRun, List<(int Article, int Sentence)>>(new WordRunComparer(words));
            for (int a = 0; a < corpus.Articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DocumentSpec d = corpus.Articles[a].Document;
                int next = 0;
                for (int s = 0; s < d.Sentences.Count; s++)
                {
                    int start = d.Sentences[s].Start, end = start + d.Sentences[s].Length;
                    while (next < d.Tokens.Count && d.Tokens[next].Start < start) next++;
                    int last = next;
                    while (last < d.Tokens.Count && d.Tokens[last].Start + d.Tokens[last].Length <= end) last++;
                    if (last - next < RepeatedSentenceMinWords) continue;
                    var key = new WordRun(a, next, last - next);
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

        /// <summary>A run of an article's words: <see cref="Count"/> term numbers from <see cref="Start"/>.</summary>
        private readonly struct WordRun
        {
            public WordRun(int article, int start, int count)
            {
                Article = article;
                Start = start;
                Count = count;
            }

            public int Article { get; }

            public int Start { get; }

            public int Count { get; }
        }

        /// <summary>Two runs are equal when they hold the same term numbers in the same order, wherever they are.</summary>
        private sealed class WordRunComparer : IEqualityComparer<WordRun>
        {
            private readonly int[][] _words;

            public WordRunComparer(int[][] words) => _words = words;

            public bool Equals(WordRun x, WordRun y)
            {
                if (x.Count != y.Count) return false;
                int[] xs = _words[x.Article], ys = _words[y.Article];
                for (int i = 0; i < x.Count; i++)
                {
                    if (xs[x.Start + i] != ys[y.Start + i]) return false;
                }
                return true;
            }

            public int GetHashCode(WordRun run)
            {
                int[] ids = _words[run.Article];
                uint h = 2166136261;
                for (int i = run.Start; i < run.Start + run.Count; i++) h = unchecked((h ^ (uint)ids[i]) * 16777619);
                return (int)h;
            }
        }
    }
}

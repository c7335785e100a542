using System;

namespace CorpusGen.Analysis
{
    /// <summary>Edit distances between short strings, bounded so that far-apart strings cost little.</summary>
    public static class StringDistance
    {
        /// <summary>
        /// The Damerau–Levenshtein distance between <paramref name="a"/> and <paramref name="b"/> in its
        /// "optimal string alignment" form: the fewest insertions, deletions, substitutions and swaps of two
        /// adjacent characters that turn one into the other, no substring edited twice. Characters are UTF-16
        /// code units compared ordinally (case counts). When the distance exceeds <paramref name="max"/> the
        /// result is <c>max + 1</c>; only a band of width <c>2 × max + 1</c> is computed, so the cost is
        /// O(max × length). A null string counts as empty; a negative <paramref name="max"/> counts as 0.
        /// </summary>
        public static int EditDistance(string a, string b, int max)
        {
            a ??= string.Empty;
            b ??= string.Empty;
            if (max < 0) max = 0;
            if (max > int.MaxValue / 2) max = int.MaxValue / 2;
            if (a.Length > b.Length)
            {
                string swap = a;
                a = b;
                b = swap;
            }
            int n = a.Length, m = b.Length;
            if (m - n > max) return max + 1;
            if (n == 0) return m;
            if (string.Equals(a, b, StringComparison.Ordinal)) return 0;

            int over = max + 1;
            // Three rows of the (n+1) × (m+1) table: i-2, i-1 and i. Cells outside the band hold "over".
            var before = new int[m + 1];
            var previous = new int[m + 1];
            var current = new int[m + 1];
            for (int j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
            for (int i = 1; i <= n; i++)
            {
                int from = Math.Max(1, i - max), to = Math.Min(m, i + max);
                for (int j = 0; j <= m; j++) current[j] = over;
                if (i <= max) current[0] = i;
                int rowMin = current[0];
                for (int j = from; j <= to; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int best = previous[j - 1] + cost;
                    int delete = previous[j] + 1;
                    if (delete < best) best = delete;
                    int insert = current[j - 1] + 1;
                    if (insert < best) best = insert;
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        int transpose = before[j - 2] + 1;
                        if (transpose < best) best = transpose;
                    }
                    if (best > over) best = over;
                    current[j] = best;
                    if (best < rowMin) rowMin = best;
                }
                if (rowMin > max) return over;
                int[] recycled = before;
                before = previous;
                previous = current;
                current = recycled;
            }
            return previous[m] > max ? over : previous[m];
        }
    }
}

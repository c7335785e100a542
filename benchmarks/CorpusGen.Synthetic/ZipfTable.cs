using System;

namespace CorpusGen.Synthetic
{
    /// <summary>
    /// Draws ranks 0..n−1 with probability ∝ 1/(rank+1)^s. The weights are rounded to integers once
    /// (with <see cref="DeterministicMath"/>), and a draw is an integer search in their running sums,
    /// so sampling involves no floating point at all.
    /// </summary>
    public sealed class ZipfTable
    {
        private readonly ulong[] _cumulative;

        public ZipfTable(int n, double exponent)
        {
            if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
            _cumulative = new ulong[n];
            ulong total = 0;
            for (int k = 0; k < n; k++)
            {
                double weight = DeterministicMath.Pow(k + 1, -exponent);
                total += Math.Max(1UL, (ulong)(weight * (1UL << 40)));
                _cumulative[k] = total;
            }
            Exponent = exponent;
        }

        public int Count => _cumulative.Length;

        public double Exponent { get; }

        public int Sample(ref Xoshiro256 rng)
        {
            ulong r = rng.Below(_cumulative[^1]);
            int lo = 0, hi = _cumulative.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (_cumulative[mid] > r) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        }
    }
}

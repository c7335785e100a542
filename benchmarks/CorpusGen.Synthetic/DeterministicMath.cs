using System;

namespace CorpusGen.Synthetic
{
    /// <summary>
    /// ln, exp and pow from +, −, ×, ÷ only, with fixed iteration counts. IEEE 754 rounds those
    /// four exactly, and .NET does not fuse them into FMAs, so the results are bit-identical on every
    /// machine, unlike Math.Pow, which calls the platform's C library (glibc, MSVC and Apple's libm
    /// may differ in the last bit, and a Zipf weight one ulp off could move a sampling boundary).
    /// Accuracy is about 1e-15 relative, more than the Zipf tables need.
    /// </summary>
    public static class DeterministicMath
    {
        private const double Ln2 = 0.69314718055994530942;
        private const double Sqrt2 = 1.41421356237309504880;

        /// <summary>Natural logarithm of a positive, finite, normal x.</summary>
        public static double Ln(double x)
        {
            if (!(x > 0) || double.IsInfinity(x)) throw new ArgumentOutOfRangeException(nameof(x));
            long bits = BitConverter.DoubleToInt64Bits(x);
            int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
            double m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
            if (m > Sqrt2)
            {
                m *= 0.5;
                exponent++;
            }
            // ln m = 2 atanh t, t = (m − 1)/(m + 1), |t| ≤ 0.172: 25 odd terms are far past convergence.
            double t = (m - 1) / (m + 1);
            double t2 = t * t, power = t, sum = 0;
            for (int k = 1; k < 50; k += 2)
            {
                sum += power / k;
                power *= t2;
            }
            return 2 * sum + exponent * Ln2;
        }

        /// <summary>e^y for |y| &lt; 700.</summary>
        public static double Exp(double y)
        {
            if (!(Math.Abs(y) < 700)) throw new ArgumentOutOfRangeException(nameof(y));
            double n = Math.Round(y / Ln2, MidpointRounding.ToEven);
            double r = y - n * Ln2; // |r| ≤ 0.35
            double sum = 1, term = 1;
            for (int k = 1; k < 30; k++)
            {
                term *= r / k;
                sum += term;
            }
            // Scaling by an exact power of two is exact.
            return sum * BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);
        }

        /// <summary>x^p for positive x.</summary>
        public static double Pow(double x, double p) => Exp(p * Ln(x));
    }
}

using System;
using System.Numerics;

namespace CorpusGen.Synthetic
{
    /// <summary>SplitMix64: seeds the generators and mixes (seed, index) into a document's own stream.</summary>
    public static class SplitMix64
    {
        /// <summary>The SplitMix64 output function (a bijective 64-bit mixer).</summary>
        public static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Advances the state by the golden gamma and returns the mixed value.</summary>
        public static ulong Next(ref ulong state)
        {
            state += 0x9E3779B97F4A7C15UL;
            return Mix(state);
        }

        /// <summary>One 64-bit value for a (seed, stream, index) triple; different streams never share values by construction of the mix.</summary>
        public static ulong Derive(ulong seed, ulong stream, ulong index) =>
            Mix(Mix(seed ^ Mix(stream * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL)) + index * 0xD1B54A32D192ED03UL);
    }

    /// <summary>
    /// xoshiro256** (Blackman and Vigna), written out here so that the output never depends on
    /// System.Random's algorithm, which a runtime may change. Integer arithmetic only; the
    /// helpers draw without floating point too, so a draw is the same on every machine.
    /// </summary>
    public struct Xoshiro256
    {
        private ulong _s0, _s1, _s2, _s3;

        public Xoshiro256(ulong seed)
        {
            ulong x = seed;
            _s0 = SplitMix64.Next(ref x);
            _s1 = SplitMix64.Next(ref x);
            _s2 = SplitMix64.Next(ref x);
            _s3 = SplitMix64.Next(ref x);
        }

        /// <summary>A generator in the given state (not all zero), for known-answer tests.</summary>
        public static Xoshiro256 FromState(ulong s0, ulong s1, ulong s2, ulong s3)
        {
            if ((s0 | s1 | s2 | s3) == 0) throw new ArgumentException("The all-zero state is a fixed point.");
            var g = default(Xoshiro256);
            g._s0 = s0;
            g._s1 = s1;
            g._s2 = s2;
            g._s3 = s3;
            return g;
        }

        public ulong NextUInt64()
        {
            ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }

        /// <summary>A value in [0, n): the high half of a 64×64-bit product (Lemire), bias below 2^-40 for the sizes used here.</summary>
        public ulong Below(ulong n) => Math.BigMul(NextUInt64(), n, out _);

        /// <summary>An int in [0, n).</summary>
        public int Next(int n) => n <= 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : (int)Below((ulong)n);

        /// <summary>An int in [min, max] (both inclusive).</summary>
        public int Between(int min, int max) => min + Next(max - min + 1);

        /// <summary>True with probability per-mille / 1000.</summary>
        public bool PerMille(int perMille) => Next(1000) < perMille;

        /// <summary>
        /// An approximately normal value as an integer number of 1/65536 units: the Irwin–Hall sum
        /// of twelve 16-bit uniforms, centred (mean 0, standard deviation ≈ 65536). Integer-only.
        /// </summary>
        public long NormalFixed()
        {
            long sum = 0;
            for (int i = 0; i < 3; i++)
            {
                ulong r = NextUInt64();
                sum += (long)(r & 0xFFFF) + (long)((r >> 16) & 0xFFFF) + (long)((r >> 32) & 0xFFFF) + (long)(r >> 48);
            }
            return sum - 12L * 65535 / 2;
        }

        /// <summary>An integer near mean + sd·z (z ≈ standard normal), clamped to [min, max]; integer arithmetic only.</summary>
        public int Normal(int mean, int sd, int min, int max)
        {
            long value = mean + (NormalFixed() * sd + (1L << 15)) / 65536;
            return (int)Math.Clamp(value, min, max);
        }
    }
}

// Shared by the generator and the runtime; see ImageFormat.cs.

using System;

namespace CorpusGen.Storage.Format
{
    /// <summary>
    /// Numbers as fixed-width runs of base-64 digits, one digit a byte: digit d is the ASCII byte
    /// <c>'0' + d</c> ('0' … 'o'). All digits are printable ASCII, so a table is a valid UTF-8
    /// literal that the generated source can hold without control characters; only the digit
    /// written as '\' needs an escape there. Digits are most significant first.
    /// </summary>
    internal static class PackedDigits
    {
        public const int BitsPerDigit = 6;
        public const byte Zero = (byte)'0';

        /// <summary>How many digits <paramref name="value"/> needs (at least one).</summary>
        public static int DigitsFor(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value));
            int digits = 1;
            while (value >= 64)
            {
                value >>= BitsPerDigit;
                digits++;
            }
            return digits;
        }

        /// <summary>Writes <paramref name="value"/> as <paramref name="width"/> digits at <paramref name="offset"/>.</summary>
        public static void Write(byte[] target, int offset, int width, long value)
        {
            if (value < 0 || DigitsFor(value) > width) throw new ArgumentOutOfRangeException(nameof(value));
            for (int i = width - 1; i >= 0; i--)
            {
                target[offset + i] = (byte)(Zero + (value & 63));
                value >>= BitsPerDigit;
            }
        }

        /// <summary>Reads a number of <paramref name="width"/> digits at <paramref name="offset"/>.</summary>
        public static int Read(ReadOnlySpan<byte> source, int offset, int width)
        {
            if ((uint)offset > (uint)source.Length || (uint)width > (uint)(source.Length - offset)) throw new ArgumentOutOfRangeException(nameof(offset));
            long value = 0;
            for (int i = offset, end = offset + width; i < end; i++)
            {
                value = (value << BitsPerDigit) | (uint)(source[i] - Zero);
            }
            return (int)value;
        }
    }
}

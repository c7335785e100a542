using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace CorpusGen.Storage
{
    /// <summary>Ordinal comparisons of stored UTF-8 with strings, without allocating for short texts.</summary>
    internal static class Utf8Text
    {
        private const int StackChars = 256;

        /// <summary>Whether the UTF-8 bytes spell <paramref name="text"/> (ordinal).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Equals(ReadOnlySpan<byte> utf8, string text) =>
            utf8.Length == text.Length ? SameAscii(utf8, text) : EqualsTranscoded(utf8, text);

        /// <summary>
        /// As many bytes as chars: equal only if both are the same ASCII text (any other char takes
        /// 2 or more bytes). A plain loop for words of up to 8 chars, where a vectorised compare
        /// costs more to set up than it saves (lookups of short terms); the vectorised one for
        /// longer texts, where a loop costs a check and a compare per char.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool SameAscii(ReadOnlySpan<byte> utf8, string text)
        {
            if (utf8.Length > 8) return System.Text.Ascii.Equals(utf8, text.AsSpan());
            for (int i = 0; i < utf8.Length; i++)
            {
                // A char from 0x80 to 0xFF would equal a byte of a longer UTF-8 sequence: not ASCII, not equal.
                if (utf8[i] != text[i] || text[i] > 0x7F) return false;
            }
            return true;
        }

        /// <summary>
        /// Whether <paramref name="ascii"/>, bytes known to be ASCII and as many as
        /// <paramref name="text"/>'s chars, spell it. Equal chars are then ASCII too, so no char
        /// needs a check of its own: the bytes are widened to chars and compared a block at a time,
        /// in two overlapping blocks (4 to 7 chars: two of 4; 8 to 16: two of 8; 17 to 32: two of 16).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool EqualsAscii(ReadOnlySpan<byte> ascii, string text)
        {
            int n = ascii.Length;
            if (n != text.Length) return false;
            return n >= ShortestBlockCompare && n <= LongestBlockCompare
                ? EqualsAsciiInBlocks(ref MemoryMarshal.GetReference(ascii), text)
                : EqualsAsciiOtherLengths(ascii, text);
        }

        /// <summary>The shortest text <see cref="EqualsAsciiInBlocks"/> compares: 4 chars, or none (int.MaxValue) where it cannot run.</summary>
        public static int ShortestBlockCompare => BitConverter.IsLittleEndian && Vector128.IsHardwareAccelerated ? 4 : int.MaxValue;

        /// <summary>The longest text <see cref="EqualsAsciiInBlocks"/> compares: 32 chars with 256-bit vectors, else 16.</summary>
        public static int LongestBlockCompare => Vector256.IsHardwareAccelerated ? 32 : 16;

        /// <summary>
        /// <see cref="EqualsAscii"/> with no fallback and no call: <paramref name="ascii"/> holds
        /// as many ASCII bytes as <paramref name="text"/> has chars, from
        /// <see cref="ShortestBlockCompare"/> to <see cref="LongestBlockCompare"/> of them.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool EqualsAsciiInBlocks(ref byte ascii, string text)
        {
            int n = text.Length;
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            if (n > 16)
            {
                return Widen16(ref ascii, 0) == Vector256.LoadUnsafe(ref chars)
                    && Widen16(ref ascii, n - 16) == Vector256.LoadUnsafe(ref chars, (nuint)(n - 16));
            }
            if (n >= 8)
            {
                return Widen8(ref ascii, 0) == Vector128.LoadUnsafe(ref chars)
                    && Widen8(ref ascii, n - 8) == Vector128.LoadUnsafe(ref chars, (nuint)(n - 8));
            }
            return Widen4(ref ascii, 0) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref chars))
                && Widen4(ref ascii, n - 4) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref chars, n - 4)));
        }

        /// <summary><see cref="EqualsAscii"/> for fewer than 4 or more than 32 chars, or without vector instructions: kept out of line, so the common case stays small where it is inlined.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool EqualsAsciiOtherLengths(ReadOnlySpan<byte> ascii, string text)
        {
            int n = ascii.Length;
            ref byte bytes = ref MemoryMarshal.GetReference(ascii);
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            if (n > 8) return System.Text.Ascii.Equals(ascii, text.AsSpan());
            for (int i = 0; i < n; i++)
            {
                if (Unsafe.Add(ref bytes, i) != Unsafe.Add(ref chars, i)) return false;
            }
            return true;
        }

        /// <summary>Sixteen bytes from <paramref name="offset"/> as sixteen 16-bit lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ushort> Widen16(ref byte bytes, int offset) =>
            Vector256.WidenLower(Vector256.Create(Vector128.LoadUnsafe(ref bytes, (nuint)offset), Vector128<byte>.Zero));

        /// <summary>Eight bytes from <paramref name="offset"/> as eight 16-bit lanes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<ushort> Widen8(ref byte bytes, int offset) =>
            Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, offset))).AsByte());

        /// <summary>Four bytes from <paramref name="offset"/> as four 16-bit lanes of a 64-bit number (little-endian; callers check that 128-bit vectors are accelerated).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Widen4(ref byte bytes, int offset) =>
            Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, offset))).AsByte()).AsUInt64().ToScalar();

        private static bool EqualsTranscoded(ReadOnlySpan<byte> utf8, string text)
        {
            if (utf8.Length < text.Length || utf8.Length > text.Length * 3) return false;
            Span<char> buffer = utf8.Length <= StackChars ? stackalloc char[StackChars] : new char[utf8.Length];
            Utf8.ToUtf16(utf8, buffer, out _, out int written);
            return buffer.Slice(0, written).SequenceEqual(text.AsSpan());
        }

        public static int CompareOrdinal(ReadOnlySpan<byte> utf8, string text)
        {
            Span<char> buffer = utf8.Length <= StackChars ? stackalloc char[StackChars] : new char[utf8.Length];
            Utf8.ToUtf16(utf8, buffer, out _, out int written);
            return buffer.Slice(0, written).SequenceCompareTo(text.AsSpan());
        }

        public static bool StartsWith(ReadOnlySpan<byte> utf8, string prefix)
        {
            Span<char> buffer = utf8.Length <= StackChars ? stackalloc char[StackChars] : new char[utf8.Length];
            Utf8.ToUtf16(utf8, buffer, out _, out int written);
            return buffer.Slice(0, written).StartsWith(prefix.AsSpan(), StringComparison.Ordinal);
        }
    }
}

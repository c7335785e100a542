using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace CorpusGen.Storage
{
    /// <summary>Ordinal comparisons of stored UTF-8 with strings, without allocating for short texts.</summary>
    /// <remarks>
    /// A string is read through its own members (its conversion to <see cref="ReadOnlySpan{T}"/>,
    /// <see cref="string.GetPinnableReference"/>) rather than <c>MemoryExtensions.AsSpan</c>: on the
    /// path of an ASCII key, that one call would make a fresh process load System.Memory's reference
    /// assembly before its first lookup.
    /// </remarks>
    internal static class Utf8Text
    {
        private const int StackChars = 256;

        /// <summary>
        /// The string <paramref name="utf8"/> encodes; exactly what <c>Encoding.UTF8.GetString</c>
        /// returns. Texts of up to 256 bytes are transcoded by <see cref="ToUtf16"/>, longer ones
        /// (article bodies, read once) by <c>Encoding.UTF8</c>, whose vectorised loop is faster there.
        /// </summary>
        public static string Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > StackChars) return Encoding.UTF8.GetString(utf8);
            Span<char> chars = stackalloc char[StackChars];
            return new string(chars.Slice(0, ToUtf16(utf8, chars)));
        }

        /// <summary>
        /// Transcodes <paramref name="utf8"/> into <paramref name="chars"/> (room for as many chars
        /// as there are bytes: never fewer needed) and returns how many it wrote, with invalid bytes
        /// replaced as <c>Encoding.UTF8</c> does. Well-formed UTF-8 (every string the image writer
        /// stored) is decoded here, a char at a time; anything else by <c>Utf8.ToUtf16</c>. Why not
        /// always the runtime's transcoder: a process's first use of it costs about 3 ms, whatever
        /// the length (the runtime loads the generic vector types it is written with; no JIT
        /// involved), which is more than the rest of a first <c>ById</c>; and the strings a query
        /// reads or compares (ids, titles, file names, terms) are short.
        /// </summary>
        private static int ToUtf16(ReadOnlySpan<byte> utf8, Span<char> chars)
        {
            int n = 0;
            for (int i = 0; i < utf8.Length;)
            {
                int lead = utf8[i];
                if (lead < 0x80)
                {
                    chars[n++] = (char)lead;
                    i++;
                    continue;
                }
                int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
                if (lead < 0xC2 || lead > 0xF4 || i + extra >= utf8.Length) return ToUtf16Replacing(utf8, chars);
                int codePoint = lead & (0x3F >> extra);
                for (int k = 1; k <= extra; k++)
                {
                    int next = utf8[i + k];
                    if ((next & 0xC0) != 0x80) return ToUtf16Replacing(utf8, chars);
                    codePoint = (codePoint << 6) | (next & 0x3F);
                }
                bool overlongOrSurrogate = extra == 2 ? codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                    : extra == 3 && (codePoint < 0x10000 || codePoint > 0x10FFFF);
                if (overlongOrSurrogate) return ToUtf16Replacing(utf8, chars);
                if (codePoint >= 0x10000)
                {
                    codePoint -= 0x10000;
                    chars[n++] = (char)(0xD800 + (codePoint >> 10));
                    chars[n++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)codePoint;
                }
                i += extra + 1;
            }
            return n;
        }

        /// <summary>Text that is not well-formed UTF-8, transcoded by the runtime with each invalid sequence replaced by U+FFFD.</summary>
        private static int ToUtf16Replacing(ReadOnlySpan<byte> utf8, Span<char> chars)
        {
            Utf8.ToUtf16(utf8, chars, out _, out int written);
            return written;
        }

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
            if (utf8.Length > 8) return System.Text.Ascii.Equals(utf8, (ReadOnlySpan<char>)text);
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

        /// <summary>
        /// The longest text <see cref="EqualsAsciiInBlocks"/> compares: 32 chars. Only 128-bit
        /// vectors, which every 64-bit processor .NET runs on has, and only operations the JIT
        /// expands in place (WidenLower and WidenUpper, not Widen, which is a call): crossgen2 will
        /// not precompile (ReadyToRun) a method that asks whether 256-bit vectors are accelerated,
        /// or that passes a vector to a call, and each of the four lookup methods it then left to
        /// the JIT cost a fresh process's first ById about 0.25 ms (benchmarks/README.md).
        /// </summary>
        public const int LongestBlockCompare = 32;

        /// <summary>
        /// <see cref="EqualsAscii"/> with no fallback and no call: <paramref name="ascii"/> holds
        /// as many ASCII bytes as <paramref name="text"/> has chars, from
        /// <see cref="ShortestBlockCompare"/> to <see cref="LongestBlockCompare"/> of them.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool EqualsAsciiInBlocks(ref byte ascii, string text)
        {
            int n = text.Length;
            ref ushort chars = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
            if (n > 16)
            {
                // The first 16 chars and the last 16, each as two blocks of 8.
                Vector128<byte> head = Vector128.LoadUnsafe(ref ascii), tail = Vector128.LoadUnsafe(ref ascii, (nuint)(n - 16));
                Vector128<ushort> same = Vector128.Equals(Vector128.WidenLower(head), Vector128.LoadUnsafe(ref chars))
                    & Vector128.Equals(Vector128.WidenUpper(head), Vector128.LoadUnsafe(ref chars, 8))
                    & Vector128.Equals(Vector128.WidenLower(tail), Vector128.LoadUnsafe(ref chars, (nuint)(n - 16)))
                    & Vector128.Equals(Vector128.WidenUpper(tail), Vector128.LoadUnsafe(ref chars, (nuint)(n - 8)));
                return same == Vector128<ushort>.AllBitsSet;
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
        private static bool EqualsAsciiOtherLengths(ReadOnlySpan<byte> ascii, string text) =>
            ascii.Length > 8 ? System.Text.Ascii.Equals(ascii, (ReadOnlySpan<char>)text) : EqualsAsciiPlain(ascii, text);

        /// <summary>
        /// <see cref="EqualsAscii"/> as a plain loop, with no vectors and no call: for an image's
        /// first lookups (see <c>CorpusImage.FindKey</c>), whose keys standing in a slot are at most
        /// 24 chars. A fresh process paid for the vector code on its first use: the vector types our
        /// block compare uses took about 1.5 ms to load, and the runtime's <c>Ascii.Equals</c> about
        /// 1 ms on its first call, though precompiled (benchmarks/README.md).
        /// </summary>
        public static bool EqualsAsciiPlain(ReadOnlySpan<byte> ascii, string text)
        {
            int n = ascii.Length;
            if (n != text.Length) return false;
            ref byte bytes = ref MemoryMarshal.GetReference(ascii);
            ref ushort chars = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
            for (int i = 0; i < n; i++)
            {
                if (Unsafe.Add(ref bytes, i) != Unsafe.Add(ref chars, i)) return false;
            }
            return true;
        }

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
            return buffer.Slice(0, ToUtf16(utf8, buffer)).SequenceEqual(text.AsSpan());
        }

        public static int CompareOrdinal(ReadOnlySpan<byte> utf8, string text)
        {
            Span<char> buffer = utf8.Length <= StackChars ? stackalloc char[StackChars] : new char[utf8.Length];
            return buffer.Slice(0, ToUtf16(utf8, buffer)).SequenceCompareTo(text.AsSpan());
        }

        public static bool StartsWith(ReadOnlySpan<byte> utf8, string prefix)
        {
            Span<char> buffer = utf8.Length <= StackChars ? stackalloc char[StackChars] : new char[utf8.Length];
            return buffer.Slice(0, ToUtf16(utf8, buffer)).StartsWith(prefix.AsSpan(), StringComparison.Ordinal);
        }
    }
}

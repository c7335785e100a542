using System;
using System.Runtime.CompilerServices;
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

using System;
using System.Text.Unicode;

namespace CorpusGen.Storage
{
    /// <summary>Ordinal comparisons of stored UTF-8 with strings, without allocating for short texts.</summary>
    internal static class Utf8Text
    {
        private const int StackChars = 256;

        public static bool Equals(ReadOnlySpan<byte> utf8, string text)
        {
            // As many bytes as chars: equal only if both are the same ASCII (any other char takes 2+ bytes).
            if (utf8.Length == text.Length) return System.Text.Ascii.Equals(utf8, text.AsSpan());
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

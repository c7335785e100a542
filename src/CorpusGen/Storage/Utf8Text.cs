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
            if (utf8.Length == text.Length)
            {
                for (int i = 0; i < utf8.Length; i++)
                {
                    if (utf8[i] != text[i]) return false;
                }
                return true;
            }
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

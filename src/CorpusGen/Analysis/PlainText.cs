using System;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// String scans as plain loops, for the text a query goes through (the tokenizer, the query
    /// parser): not the runtime's vectorized string search, whose first use in a process cost more
    /// than the rest of a first term lookup (<c>string.IndexOf</c> of a string 1.2-1.4 ms, of a char
    /// 0.3-0.4 ms, <c>ToLowerInvariant</c> 0.3 ms, <c>Replace</c> through <c>IndexOf</c>; no JIT
    /// involved; benchmarks/README.md). The words scanned are short, so a loop costs nothing there.
    /// Each answers as the runtime's counterpart does (tests check it).
    /// </summary>
    internal static class PlainText
    {
        /// <summary><c>ToLowerInvariant</c>, with ASCII words (almost all) lower-cased here.</summary>
        internal static string LowerInvariant(string word)
        {
            bool upper = false;
            foreach (char c in word)
            {
                if (c > 0x7F) return word.ToLowerInvariant();
                upper |= c >= 'A' && c <= 'Z';
            }
            if (!upper) return word;
            var chars = new char[word.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = word[i];
                chars[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }
            return new string(chars);
        }

        /// <summary>Curly apostrophes and the modifier letter apostrophe made straight.</summary>
        internal static string StraightApostrophes(string word)
        {
            char[]? chars = null;
            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] is '\u2019' or '\u2018' or '\u02BC')
                {
                    chars ??= word.ToCharArray();
                    chars[i] = '\'';
                }
            }
            return chars is null ? word : new string(chars);
        }

        internal static int IndexOf(string text, char c) => IndexOf(text, c, 0);

        internal static int IndexOf(string text, char c, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] == c) return i;
            }
            return -1;
        }

        internal static bool Contains(string text, string value)
        {
            for (int i = 0; i + value.Length <= text.Length; i++)
            {
                int k = 0;
                while (k < value.Length && text[i + k] == value[k]) k++;
                if (k == value.Length) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether the text at <paramref name="start"/> begins with <paramref name="prefix"/> (lower-case
        /// ASCII), ignoring case as <c>StringComparison.OrdinalIgnoreCase</c> does: compared here while the
        /// text is ASCII, by the runtime where it is not (its case mapping takes some other chars to
        /// ASCII letters, 'ſ' to 'S').
        /// </summary>
        internal static bool StartsWithIgnoreCase(string text, int start, string prefix)
        {
            if (text.Length - start < prefix.Length) return false;
            for (int k = 0; k < prefix.Length; k++)
            {
                char c = text[start + k];
                if (c > 0x7F) return string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
                if ((c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c) != prefix[k]) return false;
            }
            return true;
        }
    }
}

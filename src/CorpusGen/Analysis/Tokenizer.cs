using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Analysis
{
    /// <summary>A word of a text: as written, normalized for matching, and where it is.</summary>
    /// <param name="Text">The word as written.</param>
    /// <param name="Normalized">The form search matches on; see <see cref="Tokenizer.Normalize"/>.</param>
    /// <param name="Start">Where the word starts in the text (UTF-16 code units).</param>
    /// <param name="Length">Its length in the text.</param>
    public readonly record struct Token(string Text, string Normalized, int Start, int Length);

    /// <summary>
    /// Splits text into words, in the spirit of Unicode word boundaries (UAX #29) with news-text
    /// rules on top. A word is a run of letters, digits and combining marks, held together by:
    /// a hyphen between two letters or digits ("longest-serving", "re-negotiated"); an apostrophe,
    /// straight or curly, between two letters ("Rutte’s", "don't"); a period or comma between
    /// digits ("3.5", "30,000"); periods after single letters (the acronym "U.S."). URLs and
    /// e-mail addresses are one word. Ideographs and kana are one word each, as UAX #29 does.
    /// The same tokenizer runs over the corpus at compile time and over query text at run time.
    /// </summary>
    public static class Tokenizer
    {
        public static IReadOnlyList<Token> Tokenize(string text) => TokenArray(text);

        /// <summary>
        /// <see cref="Tokenize"/>'s words as an array, for callers that index them (the query
        /// parser), built in an array rather than a list (see <see cref="ArrayGrowth"/>).
        /// </summary>
        internal static Token[] TokenArray(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var tokens = new Token[4];
            int count = 0;
            int i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text, i))
                {
                    i++;
                    continue;
                }
                int end = ScanUrl(text, i);
                if (end < 0) end = IsIdeograph(text[i]) ? i + 1 : ScanWord(text, i);
                string word = text.Substring(i, end - i);
                ArrayGrowth.Append(ref tokens, ref count, new Token(word, Normalize(word), i, end - i));
                i = end;
            }
            return ArrayGrowth.Trim(tokens, count);
        }

        /// <summary>The number of words in <paramref name="text"/>.</summary>
        public static int CountWords(string text) => Tokenize(text).Count;

        /// <summary>
        /// The form a word is matched on: invariant lower case; diacritics removed ("Orbán" → "orban");
        /// curly apostrophes made straight; a possessive "’s" or a plural's trailing apostrophe removed
        /// ("Rutte’s" → "rutte"); the periods of an acronym and the separators of a number removed
        /// ("U.S." → "us", "30,000" → "30000"). URLs and e-mail addresses are only lower-cased.
        /// </summary>
        public static string Normalize(string word)
        {
            if (word is null) throw new ArgumentNullException(nameof(word));
            string lower = PlainText.LowerInvariant(word);
            if (PlainText.Contains(lower, "://") || lower.StartsWith("www.", StringComparison.Ordinal) || PlainText.IndexOf(lower, '@') > 0)
            {
                return lower;
            }
            string folded = Fold(lower);
            if (folded.EndsWith("'s", StringComparison.Ordinal) && folded.Length > 2) folded = folded.Substring(0, folded.Length - 2);
            else if (folded.EndsWith("s'", StringComparison.Ordinal)) folded = folded.Substring(0, folded.Length - 1);
            if (IsAcronym(folded) || IsNumber(folded)) folded = RemoveSeparators(folded);
            return folded;
        }

        /// <summary>
        /// Diacritics removed ("Orbán" → "Orban") and curly apostrophes made straight, case kept: the part
        /// of <see cref="Normalize"/> the entity matcher shares, which matches names case-sensitively.
        /// </summary>
        internal static string Fold(string word) => PlainText.StraightApostrophes(RemoveDiacritics(word));

        private static int ScanWord(string text, int start)
        {
            int i = start;
            if (IsAcronymAt(text, start, out int acronymEnd)) return acronymEnd;
            while (i < text.Length)
            {
                if (IsWordChar(text, i) && !IsIdeograph(text[i]))
                {
                    // A letter outside the BMP ("𝐀") is a surrogate pair: keep the pair together.
                    i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    continue;
                }
                char c = text[i];
                bool joins = i > start && i + 1 < text.Length && (
                    (IsHyphen(c) && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])) ||
                    (IsApostrophe(c) && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) ||
                    ((c == '.' || c == ',') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && (c == '.' || ThreeDigitsFollow(text, i + 1))));
                if (!joins) break;
                i++;
            }
            // A plural possessive: "the parties' leaders".
            if (i < text.Length && IsApostrophe(text[i]) && i > start && (text[i - 1] == 's' || text[i - 1] == 'S') &&
                (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                i++;
            }
            if (IsEmailAt(text, start, i, out int emailEnd)) return emailEnd;
            return i;
        }

        /// <summary>Single letters each followed by a period, at least two: "U.S.", "e.g.".</summary>
        private static bool IsAcronymAt(string text, int start, out int end)
        {
            int i = start, letters = 0;
            while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.' && (i == start || text[i - 1] == '.'))
            {
                letters++;
                i += 2;
            }
            end = i;
            return letters >= 2 && (i >= text.Length || !char.IsLetterOrDigit(text[i]));
        }

        private static bool IsEmailAt(string text, int start, int localEnd, out int end)
        {
            end = localEnd;
            if (localEnd >= text.Length || text[localEnd] != '@') return false;
            int i = localEnd + 1, dots = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || (text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                if (text[i] == '.') dots++;
                i++;
            }
            if (dots == 0) return false;
            end = i;
            return true;
        }

        /// <summary>The end of a URL starting at <paramref name="start"/>, or -1.</summary>
        private static int ScanUrl(string text, int start)
        {
            if (!(PlainText.StartsWithIgnoreCase(text, start, "http://") || PlainText.StartsWithIgnoreCase(text, start, "https://") || PlainText.StartsWithIgnoreCase(text, start, "www."))) return -1;
            int i = start;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"' && text[i] != '<' && text[i] != '>' && text[i] != '\u201D') i++;
            while (i > start && PlainText.IndexOf(".,;:!?)]'\u2019", text[i - 1]) >= 0) i--;
            return i;
        }

        private static bool ThreeDigitsFollow(string text, int i) =>
            i + 2 < text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) &&
            (i + 3 >= text.Length || !char.IsDigit(text[i + 3]));

        private static bool IsWordChar(string text, int i)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c)) return true;
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark ||
                   (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLetter(text, i));
        }

        /// <summary>Han ideographs, hiragana and katakana: scripts written without spaces, one word a character.</summary>
        private static bool IsIdeograph(char c) =>
            (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uF900' && c <= '\uFAFF');

        private static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

        private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

        private static bool IsAcronym(string word) => word.Length >= 4 && word[word.Length - 1] == '.' && word[1] == '.';

        private static bool IsNumber(string word)
        {
            foreach (char c in word)
            {
                if (!char.IsDigit(c) && c != ',' && c != '.') return false;
            }
            return PlainText.IndexOf(word, ',') >= 0;
        }

        private static string RemoveSeparators(string word)
        {
            var builder = new StringBuilder(word.Length);
            foreach (char c in word)
            {
                if (c != '.' && c != ',') builder.Append(c);
            }
            return builder.ToString();
        }

        private static string RemoveDiacritics(string text)
        {
            bool ascii = true;
            foreach (char c in text) ascii &= c < 128;
            if (ascii) return text;
            string decomposed;
            try
            {
                decomposed = text.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                return text; // a lone surrogate: nothing to decompose safely
            }
            var builder = new StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
            }
            return builder.ToString().Normalize(NormalizationForm.FormC);
        }
    }
}

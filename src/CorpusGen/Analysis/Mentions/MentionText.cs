using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>Word look-ups shared by the mention finders.</summary>
    internal static class MentionText
    {
        private static readonly string[] Months =
        {
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        };

        private static readonly Dictionary<string, int> MonthAbbreviations = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
            ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        };

        /// <summary>Words that never start a unit or a name and that end a noun phrase.</summary>
        private static readonly HashSet<string> FunctionWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "that", "which", "who", "whom", "whose",
            "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "do", "does", "did", "more", "less", "than", "as", "by", "with", "from", "into", "over", "under",
            "about", "after", "before", "since", "until", "this", "these", "those", "it", "its", "their", "his", "her", "our", "your",
            "my", "not", "no", "so", "if", "when", "while", "also", "then", "there", "here", "ago", "each", "other", "such", "only",
            "just", "out", "up", "down", "off", "all", "some", "any", "between", "during", "through", "against", "without", "within",
            "he", "she", "they", "we", "i", "you", "them", "him", "us", "me", "what", "where", "why", "how", "too", "very", "later",
            "earlier", "already", "still", "even", "yet", "most", "many", "much", "few", "both", "either", "neither", "per",
        };

        /// <summary>Words after which a four-digit number in 1800–2100 is a year ("in 2010", "since 2010", "early 2023").</summary>
        private static readonly HashSet<string> YearLeads = new HashSet<string>(StringComparer.Ordinal)
        {
            "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "to", "between", "and", "or", "through",
            "early", "late", "mid", "around", "the", "year", "summer", "spring", "autumn", "winter", "fall", "end", "circa", "than",
        };

        /// <summary>The month 1–12 a word names (any case), or 0. Abbreviations ("Jan", "Sept") only when <paramref name="abbreviations"/>.</summary>
        internal static int MonthOf(string word, bool abbreviations)
        {
            string lower = word.ToLowerInvariant();
            for (int m = 0; m < Months.Length; m++)
            {
                if (Months[m] == lower) return m + 1;
            }
            return abbreviations && MonthAbbreviations.TryGetValue(lower, out int month) ? month : 0;
        }

        internal static bool IsFunctionWord(string word) => FunctionWords.Contains(word.ToLowerInvariant());

        internal static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

        internal static bool IsLowerWord(string word) => word.Length > 0 && char.IsLower(word[0]);

        internal static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

        internal static bool IsSpace(char c) => c == ' ' || c == '\u00A0' || c == '\t';

        /// <summary>The run of letters (with inner hyphens and apostrophes) that ends at <paramref name="end"/>, or "".</summary>
        internal static string LettersEndingAt(string text, int end, out int start)
        {
            start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || (IsInner(text[start - 1]) && start - 2 >= 0 && char.IsLetter(text[start - 2]) && start < end)))
            {
                start--;
            }
            return text.Substring(start, end - start);
        }

        /// <summary>The run of letters (with inner hyphens and apostrophes) that starts at <paramref name="start"/>, or "".</summary>
        internal static string LettersStartingAt(string text, int start, out int end)
        {
            end = start;
            while (end < text.Length && (char.IsLetter(text[end]) || (IsInner(text[end]) && end > start && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }
            return text.Substring(start, end - start);
        }

        internal static bool IsInner(char c) => c == '-' || c == '\'' || c == '\u2019';

        /// <summary>The word before <paramref name="pos"/> when only spaces stand between, or "".</summary>
        internal static string WordBefore(string text, int pos, out int wordStart)
        {
            int p = pos;
            while (p > 0 && IsSpace(text[p - 1])) p--;
            if (p == pos && pos > 0 && char.IsLetter(text[pos - 1]))
            {
                wordStart = pos;
                return "";
            }
            return LettersEndingAt(text, p, out wordStart);
        }

        /// <summary>The word after <paramref name="pos"/> when only spaces stand between, or "".</summary>
        internal static string WordAfter(string text, int pos, out int wordStart, out int wordEnd)
        {
            int p = pos;
            while (p < text.Length && IsSpace(text[p])) p++;
            wordStart = p;
            return LettersStartingAt(text, p, out wordEnd);
        }

        /// <summary>
        /// Whether the four-digit number at [<paramref name="start"/>, <paramref name="end"/>) (1800–2100) reads as a year:
        /// after a month name or a word such as "in", "since", "early", or not followed by a lower-case noun.
        /// "2010 people" is a quantity; "in 2010", "since 2010.", "2010 was" are years.
        /// </summary>
        internal static bool IsYearContext(string text, int start, int end)
        {
            string before = WordBefore(text, start, out _);
            if (before.Length > 0 && (YearLeads.Contains(before.ToLowerInvariant()) || MonthOf(before, abbreviations: true) > 0)) return true;
            if (end < text.Length && !IsSpace(text[end])) return true;
            string after = WordAfter(text, end, out _, out _);
            return !IsLowerWord(after) || IsFunctionWord(after);
        }

        /// <summary>A plausible year: four ASCII digits, 1800–2100.</summary>
        internal static bool IsYearShaped(string text, int start, int end, out int year)
        {
            year = 0;
            if (end - start != 4) return false;
            for (int i = start; i < end; i++)
            {
                if (!IsAsciiDigit(text[i])) return false;
                year = year * 10 + (text[i] - '0');
            }
            return year >= 1800 && year <= 2100;
        }
    }
}

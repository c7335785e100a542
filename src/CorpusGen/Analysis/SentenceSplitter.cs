using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Splits text into sentences by English news rules: a sentence ends at . ! ? or … (and any
    /// closing quotes or brackets after it) when white space and the start of a new sentence
    /// follow, unless the word before the period is a known abbreviation ("Mr.", "U.S.", "Jan.")
    /// or a single initial.
    /// </summary>
    public static class SentenceSplitter
    {
        private static readonly HashSet<string> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gov", "gen", "sen", "rep", "col", "lt", "sgt", "capt",
            "rev", "hon", "mt", "ft", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "vol", "fig", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c",
        };

        /// <summary>The sentences of <paramref name="text"/>, each trimmed; no empty sentence.</summary>
        public static IReadOnlyList<string> Split(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var sentences = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != '.' && c != '!' && c != '?' && c != '\u2026') continue;
                int end = i + 1;
                while (end < text.Length && IsTerminalRepeat(text[end])) end++;
                while (end < text.Length && IsCloser(text[end])) end++;
                if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
                if (c == '.' && IsAbbreviation(text, i)) continue;
                if (!NextStartsSentence(text, end)) continue;
                Add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
            Add(text, start, text.Length, sentences);
            return sentences;
        }

        private static void Add(string text, int start, int end, List<string> sentences)
        {
            string sentence = text.Substring(start, end - start).Trim();
            if (sentence.Length > 0) sentences.Add(sentence);
        }

        private static bool IsTerminalRepeat(char c) => c == '.' || c == '!' || c == '?' || c == '\u2026';

        private static bool IsCloser(char c) =>
            c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';

        private static bool NextStartsSentence(string text, int end)
        {
            int j = end;
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            if (j >= text.Length) return true;
            char next = text[j];
            return char.IsUpper(next) || char.IsDigit(next) || next == '"' || next == '\u201C' || next == '\'' ||
                   next == '\u2018' || next == '(' || next == '[' || !char.IsLetter(next);
        }

        /// <summary>True when the period at <paramref name="dot"/> closes an abbreviation or an initial.</summary>
        private static bool IsAbbreviation(string text, int dot)
        {
            int wordStart = dot;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
            if (wordStart == dot) return false;
            string word = text.Substring(wordStart, dot - wordStart);
            if (word.Length == 1 && char.IsUpper(word[0])) return true;
            return Abbreviations.Contains(word);
        }
    }
}

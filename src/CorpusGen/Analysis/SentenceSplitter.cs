using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>Where a sentence is in a text: start and length in UTF-16 code units, white space trimmed.</summary>
    public readonly record struct SentenceSpan(int Start, int Length);

    /// <summary>
    /// Splits text into sentences by English news rules. A sentence ends at . ! ? or … (repeated
    /// or mixed: "?!", "...") and any closing quotes or brackets after it, when white space and the
    /// start of a new sentence follow (a capital, a digit, an opening quote or bracket). It does
    /// not end:
    /// <list type="bullet">
    /// <item>after a title or other abbreviation that never ends a sentence ("Mr.", "Dr.", "Gov.", "St.", "e.g.", "Jan. 5", "No. 10");</item>
    /// <item>after a single initial ("J. K. Rowling");</item>
    /// <item>after a list number at the start of the text ("1. First");</item>
    /// <item>after an acronym ("U.S.", "a.m.") unless a word that starts sentences follows ("The", "He", "But" …);</item>
    /// <item>when the next word starts in lower case ("Wait... what?", "\"Stop!\" he said.");</item>
    /// <item>inside a number, URL or e-mail address (no white space follows the period).</item>
    /// </list>
    /// A line break is white space like any other: the analysis splits paragraphs first.
    /// </summary>
    public static class SentenceSplitter
    {
        /// <summary>Abbreviations after which a sentence does not end, compared without case and without the final period.</summary>
        private static readonly HashSet<string> NeverFinal = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "st", "prof", "gov", "gen", "sen", "rep", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "rev", "hon", "pres", "supt", "mt", "ft", "vs", "vol", "fig", "approx", "dept", "est",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "e.g", "i.e", "cf", "al",
        };

        /// <summary>Abbreviations that end a sentence when a sentence-starting word follows them.</summary>
        private static readonly HashSet<string> MaybeFinal = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "jr", "sr", "inc", "ltd", "co", "corp", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c",
        };

        private static readonly HashSet<string> SentenceStarters = new HashSet<string>(StringComparer.Ordinal)
        {
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Yet", "So", "This", "That",
            "These", "Those", "There", "In", "On", "At", "After", "Before", "When", "While", "However", "Meanwhile", "His", "Her", "Their", "Its",
        };

        /// <summary>The sentences of <paramref name="text"/>, each trimmed; no empty sentence.</summary>
        public static IReadOnlyList<string> Split(string text)
        {
            IReadOnlyList<SentenceSpan> spans = SplitSpans(text);
            var sentences = new string[spans.Count];
            for (int i = 0; i < spans.Count; i++) sentences[i] = text.Substring(spans[i].Start, spans[i].Length);
            return sentences;
        }

        /// <summary>Where the sentences of <paramref name="text"/> are, each trimmed; no empty sentence.</summary>
        public static IReadOnlyList<SentenceSpan> SplitSpans(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var spans = new List<SentenceSpan>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!IsTerminal(c)) continue;
                int end = i + 1;
                while (end < text.Length && IsTerminal(text[end])) end++;
                while (end < text.Length && IsCloser(text[end])) end++;
                if (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    i = end - 1;
                    continue;
                }
                if (IsBoundary(text, start, i, end))
                {
                    Add(text, start, end, spans);
                    start = end;
                }
                i = end - 1;
            }
            Add(text, start, text.Length, spans);
            return spans;
        }

        private static bool IsBoundary(string text, int sentenceStart, int terminal, int end)
        {
            int next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) return true;
            char first = text[next];
            if (char.IsLower(first)) return false;
            bool startsSentence = char.IsUpper(first) || char.IsDigit(first) || IsOpener(first) || !char.IsLetter(first);
            if (!startsSentence) return false;

            // Only a single period can close an abbreviation; "?", "!", "…" and "..." always may end a sentence.
            if (text[terminal] != '.' || (terminal + 1 < text.Length && text[terminal + 1] == '.') || (terminal > 0 && text[terminal - 1] == '.')) return true;
            string word = WordBefore(text, terminal, out int wordStart);
            if (word.Length == 0) return true;
            if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial
            if (IsShouted(word)) return true; // "NOS." is the broadcaster, not an abbreviation
            if (NeverFinal.Contains(word)) return false;
            if (word == "No" && char.IsDigit(first)) return false; // "No. 10"
            while (sentenceStart < wordStart && char.IsWhiteSpace(text[sentenceStart])) sentenceStart++;
            if (wordStart == sentenceStart && IsDigits(word)) return false; // "1. First item"
            if (MaybeFinal.Contains(word)) return SentenceStarters.Contains(NextWord(text, next));
            return true;
        }

        /// <summary>The letters, digits and inner periods just before the period at <paramref name="dot"/>.</summary>
        private static string WordBefore(string text, int dot, out int wordStart)
        {
            wordStart = dot;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 1 > 0 && char.IsLetter(text[wordStart - 2]))))
            {
                wordStart--;
            }
            return text.Substring(wordStart, dot - wordStart);
        }

        private static string NextWord(string text, int start)
        {
            int end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            return text.Substring(start, end - start);
        }

        private static void Add(string text, int start, int end, List<SentenceSpan> spans)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) spans.Add(new SentenceSpan(start, end - start));
        }

        /// <summary>Two or more capitals and no period: an acronym such as "NOS" or "VVD".</summary>
        private static bool IsShouted(string word)
        {
            if (word.Length < 2) return false;
            foreach (char c in word)
            {
                if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
            }
            return true;
        }

        private static bool IsDigits(string word)
        {
            foreach (char c in word)
            {
                if (!char.IsDigit(c)) return false;
            }
            return true;
        }

        private static bool IsTerminal(char c) => c == '.' || c == '!' || c == '?' || c == '\u2026';

        private static bool IsCloser(char c) =>
            c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';

        private static bool IsOpener(char c) =>
            c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB';
    }
}

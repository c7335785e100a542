using System;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// The rules that tell page text from article text, one small test each. Every rule looks at
    /// one candidate paragraph (its lines trimmed and joined) and never at its neighbours, except
    /// where the name says so.
    /// </summary>
    public static class BoilerplateRules
    {
        private static readonly string[] ChromePhrases =
        {
            "advertisement", "share", "share this article", "share this", "subscribe", "print", "comments",
        };

        private static readonly string[] RelatedLinkPrefixes =
        {
            "read more:", "read also:", "also read:", "related:", "see also:", "read more -", "read more –",
        };

        private static readonly string[] CreditMarkers =
        {
            "photo:", "photo by ", "photograph:", "image:", "picture:", "credit:", "photo credit:", "(photo:",
        };

        /// <summary>
        /// Page widgets and buttons: text made mostly of symbols and numbers ("+ ↺ − 16 px"), or
        /// a known chrome word standing alone ("Advertisement").
        /// </summary>
        public static bool IsPageChrome(string text)
        {
            if (text.Length > 80) return false;
            foreach (string phrase in ChromePhrases)
            {
                if (string.Equals(text, phrase, StringComparison.OrdinalIgnoreCase)) return true;
            }
            int letters = 0, visible = 0;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) continue;
                visible++;
                if (char.IsLetter(c)) letters++;
            }
            return visible > 0 && letters * 10 < visible * 4;
        }

        /// <summary>A link to another article: "Read more: …" and its kin.</summary>
        public static bool IsRelatedLink(string text)
        {
            foreach (string prefix in RelatedLinkPrefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>
        /// A caption with a photo credit, often glued to the caption by a scraper
        /// ("Mark RuttePhoto: Williem Arriens / Alamy"): short, no closing punctuation, a credit marker.
        /// </summary>
        public static bool IsPhotoCredit(string text)
        {
            if (text.Length > 200 || EndsLikeSentence(text)) return false;
            foreach (string marker in CreditMarkers)
            {
                if (text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The outlet signing off at the very end ("News.Az", "— Reuters"): the last paragraph,
        /// one to three words, no closing punctuation.
        /// </summary>
        public static bool IsOutletSignature(string text, bool isLastParagraph)
        {
            if (!isLastParagraph || text.Length > 40 || EndsLikeSentence(text)) return false;
            int words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
            return words >= 1 && words <= 3 && IsHeadingLike(text, requireCapital: false);
        }

        /// <summary>
        /// A line that reads as a headline or a section heading: short, a single line, starts
        /// with a capital or a digit, not quoted speech, and without closing punctuation.
        /// </summary>
        public static bool IsHeadingLike(string text, bool requireCapital = true)
        {
            if (text.Length < 2 || text.Length > 200) return false;
            if (EndsLikeSentence(text)) return false;
            char first = text[0];
            if (IsQuote(first)) return false;
            if (requireCapital && !(char.IsUpper(first) || char.IsDigit(first))) return false;
            int words = 0;
            bool inWord = false;
            bool hasLetter = false;
            foreach (char c in text)
            {
                if (char.IsLetter(c)) hasLetter = true;
                bool space = char.IsWhiteSpace(c);
                if (!space && !inWord) words++;
                inWord = !space;
            }
            return hasLetter && words <= 25;
        }

        /// <summary>
        /// True when the text ends as a sentence does: with . ! ? … : ; or , possibly followed by
        /// closing quotes or brackets.
        /// </summary>
        public static bool EndsLikeSentence(string text)
        {
            int i = text.Length - 1;
            while (i >= 0 && (IsQuote(text[i]) || text[i] == ')' || text[i] == ']' || char.IsWhiteSpace(text[i]))) i--;
            if (i < 0) return false;
            char last = text[i];
            return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == ':' || last == ';' || last == ',';
        }

        private static bool IsQuote(char c) =>
            c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' ||
            c == '\u00AB' || c == '\u00BB';
    }
}

using System;
using System.Globalization;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// The seed-style metadata prefix: <c>date YYYY-MM-DD</c> at the very start of a document
    /// (after optional white space or a stray byte-order mark), either on a line of its own or inline before the first
    /// paragraph. Only a date-shaped token makes a prefix: "date night was fun" is text.
    /// </summary>
    public static class MetadataPrefix
    {
        private const string Keyword = "date";

        /// <summary>The result of reading a prefix.</summary>
        public readonly struct Result
        {
            public Result(int length, DateTime? date, int dateStart, int dateLength)
            {
                Length = length;
                Date = date;
                DateStart = dateStart;
                DateLength = dateLength;
            }

            /// <summary>Characters the prefix covers from the start of the text, including the white space after it (0: no prefix).</summary>
            public int Length { get; }
            /// <summary>The date, or null when the token is date-shaped but not a calendar date (2023-02-30).</summary>
            public DateTime? Date { get; }
            /// <summary>Where the date token is, for diagnostics.</summary>
            public int DateStart { get; }
            public int DateLength { get; }
            public bool Found => Length > 0;
        }

        public static Result Read(string text)
        {
            int i = 0;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
            if (string.CompareOrdinal(text, i, Keyword, 0, Keyword.Length) != 0) return default;
            i += Keyword.Length;
            int gap = i;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i == gap) return default;

            int tokenStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            int tokenLength = i - tokenStart;
            if (!IsDateShaped(text, tokenStart, tokenLength)) return default;

            DateTime? date = null;
            if (DateTime.TryParseExact(text.Substring(tokenStart, tokenLength), "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
            {
                date = parsed;
            }
            // The prefix swallows the blanks after the date on its own line, not the line break:
            // the line structure stays the paragraph splitter's.
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return new Result(i, date, tokenStart, tokenLength);
        }

        /// <summary>NNNN-NN-NN with ASCII digits.</summary>
        private static bool IsDateShaped(string text, int start, int length)
        {
            if (length != 10) return false;
            for (int k = 0; k < 10; k++)
            {
                char c = text[start + k];
                bool ok = k == 4 || k == 7 ? c == '-' : c >= '0' && c <= '9';
                if (!ok) return false;
            }
            return true;
        }
    }
}

using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>A line of a text: where its content starts and how long it is, without the line break.</summary>
    public readonly struct TextLine
    {
        public TextLine(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;
    }

    /// <summary>
    /// Splits text into lines on every line-break form a document may use: CR LF, LF, CR, NEL
    /// (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). The analysis sees
    /// the same lines whatever the file's convention; <c>RawText</c> keeps the original breaks.
    /// </summary>
    public static class TextLines
    {
        public static bool IsLineBreak(char c) =>
            c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        public static IReadOnlyList<TextLine> Split(string text, int start = 0)
        {
            var lines = new List<TextLine>();
            int lineStart = start;
            int i = start;
            while (i < text.Length)
            {
                char c = text[i];
                if (!IsLineBreak(c))
                {
                    i++;
                    continue;
                }
                lines.Add(new TextLine(lineStart, i - lineStart));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lineStart = i;
            }
            lines.Add(new TextLine(lineStart, text.Length - lineStart));
            return lines;
        }
    }
}

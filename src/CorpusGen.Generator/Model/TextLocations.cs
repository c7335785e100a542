using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Model
{
    /// <summary>
    /// Turns a place in an article's cleaned Text into a place in its file, for diagnostics. The
    /// Text is the paragraphs with their lines joined, so the spot is found by looking the words
    /// up in the paragraph's raw span (the same occurrence: the n-th in the paragraph's text is
    /// the n-th in its raw lines); if the words were joined across a line break, the paragraph's
    /// start is reported.
    /// </summary>
    internal static class TextLocations
    {
        public static DiagnosticInfo At(DiagnosticDescriptor descriptor, DocumentSpec document, int textStart, int textLength, params object[] args)
        {
            int rawStart = 0, rawLength = 0;
            string raw = document.RawText, text = document.Text;
            foreach (ParagraphSpec paragraph in document.Paragraphs)
            {
                if (textStart < paragraph.Start || textStart >= paragraph.Start + paragraph.Length) continue;
                rawStart = paragraph.RawStart;
                string words = text.Substring(textStart, Math.Min(textLength, text.Length - textStart));
                int occurrence = 0;
                for (int at = text.IndexOf(words, paragraph.Start, StringComparison.Ordinal); at >= 0 && at < textStart; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
                {
                    occurrence++;
                }
                int end = Math.Min(raw.Length, paragraph.RawStart + paragraph.RawLength);
                int found = raw.IndexOf(words, paragraph.RawStart, end - paragraph.RawStart, StringComparison.Ordinal);
                for (int n = 0; n < occurrence && found >= 0; n++)
                {
                    found = found + 1 < end ? raw.IndexOf(words, found + 1, end - found - 1, StringComparison.Ordinal) : -1;
                }
                if (found >= 0)
                {
                    rawStart = found;
                    rawLength = words.Length;
                }
                break;
            }
            return DiagnosticInfo.InText(descriptor, document.FilePath, SourceText.From(raw), rawStart, rawLength, args);
        }
    }
}

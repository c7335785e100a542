using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>A paragraph found by <see cref="DocumentAnalyzer"/>.</summary>
    public sealed class AnalyzedParagraph
    {
        public AnalyzedParagraph(string text, ParagraphKind kind, int rawStart, int rawLength)
        {
            Text = text;
            Kind = kind;
            RawStart = rawStart;
            RawLength = rawLength;
        }

        /// <summary>The paragraph's text: its lines trimmed and joined by one space.</summary>
        public string Text { get; }
        public ParagraphKind Kind { get; }
        /// <summary>Where the paragraph stands in the raw document (UTF-16 code units).</summary>
        public int RawStart { get; }
        public int RawLength { get; }
    }

    /// <summary>A piece of page text that <see cref="DocumentAnalyzer"/> kept out of the article's text.</summary>
    public sealed class AnalyzedBoilerplate
    {
        public AnalyzedBoilerplate(BoilerplateKind kind, string text, int rawStart, int rawLength)
        {
            Kind = kind;
            Text = text;
            RawStart = rawStart;
            RawLength = rawLength;
        }

        public BoilerplateKind Kind { get; }
        /// <summary>The text as written (lines trimmed and joined by one space).</summary>
        public string Text { get; }
        public int RawStart { get; }
        public int RawLength { get; }
    }

    /// <summary>Something in a document the analysis could not take as written.</summary>
    public enum AnalysisProblemKind
    {
        /// <summary>The document has no text (empty, or only white space and metadata).</summary>
        EmptyDocument = 0,
        /// <summary>The metadata prefix holds a date-shaped token that is not a calendar date.</summary>
        InvalidDate = 1,
    }

    /// <summary>A problem found by the analysis, with where it is in the raw document.</summary>
    public sealed class AnalysisProblem
    {
        public AnalysisProblem(AnalysisProblemKind kind, int start, int length, string detail)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Detail = detail;
        }

        public AnalysisProblemKind Kind { get; }
        public int Start { get; }
        public int Length { get; }
        /// <summary>The offending text, for messages.</summary>
        public string Detail { get; }
    }

    /// <summary>The structure of one document: metadata, title, paragraphs and what was kept out.</summary>
    public sealed class DocumentAnalysis
    {
        public DocumentAnalysis(
            DateTime? date,
            string? title,
            IReadOnlyList<AnalyzedParagraph> paragraphs,
            IReadOnlyList<AnalyzedBoilerplate> boilerplate,
            IReadOnlyList<AnalysisProblem> problems)
        {
            Date = date;
            Title = title;
            Paragraphs = paragraphs;
            Boilerplate = boilerplate;
            Problems = problems;
            Text = string.Join(ParagraphSeparator, ParagraphTexts(paragraphs));
        }

        /// <summary>What stands between two paragraphs in <see cref="Text"/>.</summary>
        public const string ParagraphSeparator = "\n\n";

        /// <summary>The date of the metadata prefix (time of day 00:00, kind unspecified).</summary>
        public DateTime? Date { get; }
        public string? Title { get; }
        public IReadOnlyList<AnalyzedParagraph> Paragraphs { get; }
        public IReadOnlyList<AnalyzedBoilerplate> Boilerplate { get; }
        public IReadOnlyList<AnalysisProblem> Problems { get; }
        /// <summary>The cleaned body: the paragraphs joined by <see cref="ParagraphSeparator"/>.</summary>
        public string Text { get; }

        private static IEnumerable<string> ParagraphTexts(IReadOnlyList<AnalyzedParagraph> paragraphs)
        {
            foreach (AnalyzedParagraph paragraph in paragraphs) yield return paragraph.Text;
        }
    }
}

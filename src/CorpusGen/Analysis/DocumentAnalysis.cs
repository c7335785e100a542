using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Analysis
{
    /// <summary>A paragraph found by <see cref="DocumentAnalyzer"/>.</summary>
    /// <param name="Text">The paragraph's text: its lines trimmed and joined by one space.</param>
    /// <param name="Kind">Body text or a heading.</param>
    /// <param name="RawStart">Where the paragraph starts in the raw document (UTF-16 code units).</param>
    /// <param name="RawLength">How long it is there, line breaks included.</param>
    public sealed record AnalyzedParagraph(string Text, ParagraphKind Kind, int RawStart, int RawLength);

    /// <summary>A piece of page text that <see cref="DocumentAnalyzer"/> kept out of the article's text.</summary>
    /// <param name="Kind">What it is.</param>
    /// <param name="Text">The text as written (lines trimmed and joined by one space).</param>
    /// <param name="RawStart">Where it starts in the raw document.</param>
    /// <param name="RawLength">How long it is there.</param>
    public sealed record AnalyzedBoilerplate(BoilerplateKind Kind, string Text, int RawStart, int RawLength);

    /// <summary>Something in a document the analysis could not take as written.</summary>
    public enum AnalysisProblemKind
    {
        /// <summary>The document has no text (empty, or only white space and metadata).</summary>
        EmptyDocument = 0,
        /// <summary>The metadata prefix holds a date-shaped token that is not a calendar date.</summary>
        InvalidDate = 1,
    }

    /// <summary>A problem found by the analysis, with where it is in the raw document.</summary>
    /// <param name="Kind">What is wrong.</param>
    /// <param name="Start">Where the offending text starts in the raw document.</param>
    /// <param name="Length">How long it is.</param>
    /// <param name="Detail">The offending text, for messages.</param>
    public sealed record AnalysisProblem(AnalysisProblemKind Kind, int Start, int Length, string Detail);

    /// <summary>A stretch of a text: start and length in UTF-16 code units.</summary>
    public readonly record struct TextRange(int Start, int Length);

    /// <summary>A sentence of the article's text: the paragraph it belongs to and where it is in <see cref="DocumentAnalysis.Text"/>.</summary>
    public readonly record struct AnalyzedSentence(int Paragraph, int Start, int Length);

    /// <summary>The structure of one document: metadata, title, paragraphs, sentences, words and what was kept out.</summary>
    public sealed class DocumentAnalysis
    {
        public DocumentAnalysis(
            DateTime? date,
            int metadataLength,
            string? title,
            int titleRawStart,
            int titleRawLength,
            IReadOnlyList<AnalyzedParagraph> paragraphs,
            IReadOnlyList<AnalyzedBoilerplate> boilerplate,
            IReadOnlyList<AnalysisProblem> problems)
        {
            Date = date;
            MetadataLength = metadataLength;
            Title = title;
            TitleRawStart = titleRawStart;
            TitleRawLength = titleRawLength;
            Paragraphs = paragraphs;
            Boilerplate = boilerplate;
            Problems = problems;

            var text = new StringBuilder();
            var sentences = new List<AnalyzedSentence>();
            for (int p = 0; p < paragraphs.Count; p++)
            {
                if (p > 0) text.Append(ParagraphSeparator);
                int offset = text.Length;
                text.Append(paragraphs[p].Text);
                foreach (SentenceSpan span in SentenceSplitter.SplitSpans(paragraphs[p].Text))
                {
                    sentences.Add(new AnalyzedSentence(p, offset + span.Start, span.Length));
                }
            }
            Text = text.ToString();
            Sentences = sentences;
            Tokens = Tokenizer.Tokenize(Text);
        }

        /// <summary>Where the YAML of a front matter block is in the raw text, or null when there is none.</summary>
        public TextRange? FrontMatterYaml { get; init; }

        /// <summary>What stands between two paragraphs in <see cref="Text"/>.</summary>
        public const string ParagraphSeparator = "\n\n";

        /// <summary>The date of the metadata prefix (time of day 00:00, kind unspecified).</summary>
        public DateTime? Date { get; }
        /// <summary>How much of the raw text, from its start, the metadata prefix covers (0: none).</summary>
        public int MetadataLength { get; }
        public string? Title { get; }
        /// <summary>Where the title stands in the raw text (length 0: no title).</summary>
        public int TitleRawStart { get; }
        public int TitleRawLength { get; }
        public IReadOnlyList<AnalyzedParagraph> Paragraphs { get; }
        public IReadOnlyList<AnalyzedBoilerplate> Boilerplate { get; }
        public IReadOnlyList<AnalysisProblem> Problems { get; }
        /// <summary>The cleaned body: the paragraphs joined by <see cref="ParagraphSeparator"/>.</summary>
        public string Text { get; }
        /// <summary>The sentences of <see cref="Text"/>, paragraph by paragraph.</summary>
        public IReadOnlyList<AnalyzedSentence> Sentences { get; }
        /// <summary>The words of <see cref="Text"/>.</summary>
        public IReadOnlyList<Token> Tokens { get; }
    }
}

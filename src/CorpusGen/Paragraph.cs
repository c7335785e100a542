using CorpusGen.Analysis;

namespace CorpusGen
{
    /// <summary>A paragraph of an article's <see cref="Article.Text"/>.</summary>
    public sealed class Paragraph
    {
        internal Paragraph(Article article, int index, ParagraphKind kind, string text, int start, int rawStart, int rawLength)
        {
            Article = article;
            Index = index;
            Kind = kind;
            Text = text;
            Start = start;
            RawStart = rawStart;
            RawLength = rawLength;
        }

        public Article Article { get; }

        /// <summary>The position of the paragraph in <see cref="Article.Paragraphs"/>.</summary>
        public int Index { get; }

        /// <summary>Body text or a heading.</summary>
        public ParagraphKind Kind { get; }

        /// <summary>The paragraph's text: its lines trimmed and joined by one space.</summary>
        public string Text { get; }

        /// <summary>Where <see cref="Text"/> starts in <see cref="Article.Text"/>.</summary>
        public int Start { get; }

        public int Length => Text.Length;

        /// <summary>Where the paragraph stands in <see cref="Article.RawText"/>, line breaks and all.</summary>
        public int RawStart { get; }

        public int RawLength { get; }

        public override string ToString() => Text;
    }

    /// <summary>A piece of page text kept out of <see cref="Article.Text"/>, with what it is and where it stood.</summary>
    public sealed class Boilerplate
    {
        internal Boilerplate(Article article, BoilerplateKind kind, string rawText, int rawStart)
        {
            Article = article;
            Kind = kind;
            RawText = rawText;
            RawStart = rawStart;
        }

        public Article Article { get; }

        public BoilerplateKind Kind { get; }

        /// <summary>The text exactly as it stands in <see cref="Article.RawText"/>.</summary>
        public string RawText { get; }

        /// <summary>Where it stands in <see cref="Article.RawText"/>.</summary>
        public int RawStart { get; }

        public override string ToString() => $"{Kind}: {RawText}";
    }
}

using System.Collections.Generic;
using CorpusGen.Analysis;

namespace CorpusGen
{
    /// <summary>A sentence of an article, split at compile time.</summary>
    public sealed class Sentence
    {
        internal Sentence(Article article, int index, Paragraph paragraph, int start, string text)
        {
            Article = article;
            Index = index;
            Paragraph = paragraph;
            Start = start;
            Text = text;
        }

        public Article Article { get; }

        /// <summary>The position of the sentence in <see cref="Article.Sentences"/>.</summary>
        public int Index { get; }

        /// <summary>The paragraph the sentence belongs to.</summary>
        public Paragraph Paragraph { get; }

        /// <summary>The index of <see cref="Paragraph"/> in <see cref="Article.Paragraphs"/>.</summary>
        public int ParagraphIndex => Paragraph.Index;

        /// <summary>Where the sentence starts in <see cref="Article.Text"/>.</summary>
        public int Start { get; }

        public int Length => Text.Length;

        public string Text { get; }

        public override string ToString() => Text;
    }

    /// <summary>A heading and the paragraphs under it; the first section of an article may have no heading.</summary>
    public sealed class Section
    {
        internal Section(Paragraph? heading, IReadOnlyList<Paragraph> paragraphs)
        {
            Heading = heading;
            Paragraphs = paragraphs;
        }

        /// <summary>The heading paragraph, or null for the text before the first heading.</summary>
        public Paragraph? Heading { get; }

        /// <summary>The body paragraphs of the section.</summary>
        public IReadOnlyList<Paragraph> Paragraphs { get; }

        public override string ToString() => Heading?.Text ?? "(no heading)";
    }

    /// <summary>What a stretch of an article's <see cref="Article.RawText"/> is.</summary>
    public enum RawPartKind
    {
        /// <summary>The metadata prefix (<c>date YYYY-MM-DD</c>, with the white space before and after it).</summary>
        Metadata = 0,
        Title = 1,
        Paragraph = 2,
        Boilerplate = 3,
    }

    /// <summary>A stretch of <see cref="Article.RawText"/> and what it became: between them the parts cover every character but white space.</summary>
    public readonly record struct RawPart(RawPartKind Kind, int Start, int Length);
}

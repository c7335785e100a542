using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Analysis;
using CorpusGen.Storage;
using CorpusGen.Storage.Format;
using Column = CorpusGen.Storage.Format.ImageFormat.ArticleColumn;

namespace CorpusGen
{
    /// <summary>
    /// One document of a generated corpus, analysed at compile time. Immutable; one instance per
    /// article (compare with <c>==</c>). The short fields are read when the article is created,
    /// the texts and lists the first time they are asked for. A corpus whose documents have YAML
    /// front matter gets a generated subclass, <c>{ClassName}Article</c>, with a typed property per key.
    /// </summary>
    public partial class Article
    {
        private readonly CorpusData _corpus;
        private string? _text;
        private string? _rawText;
        private IReadOnlyList<Paragraph>? _paragraphs;
        private IReadOnlyList<Boilerplate>? _boilerplate;
        private IReadOnlyList<Sentence>? _sentences;
        private IReadOnlyList<Section>? _sections;

        /// <summary>Called by <see cref="CorpusData"/> and by the generated subclass of a corpus with front matter.</summary>
        protected internal Article(CorpusData corpus, int index)
        {
            _corpus = corpus;
            Index = index;
            CorpusImage image = corpus.Image;
            Id = image.String(Cell(Column.Id));
            FileName = image.String(Cell(Column.FileName));
            int title = Cell(Column.TitlePlusOne);
            Title = title == 0 ? null : image.String(title - 1);
            int day = Cell(Column.DatePlusOne);
            Date = day == 0 ? null : DateOnly.FromDayNumber(day - 1);
        }

        /// <summary>The corpus this article belongs to.</summary>
        public CorpusData Corpus => _corpus;

        /// <summary>The position of this article in <see cref="CorpusData.Articles"/>.</summary>
        public int Index { get; }

        /// <summary>The file name without extension; when that is not unique in the corpus, the relative path without extension.</summary>
        public string Id { get; }

        /// <summary>The path relative to the glob's base, '/'-separated.</summary>
        public string FileName { get; }

        /// <summary>The date from the document's metadata, or null.</summary>
        public DateOnly? Date { get; }

        /// <summary>The headline, when the document starts with one.</summary>
        public string? Title { get; }

        /// <summary>The cleaned body: the paragraphs joined by a blank line, without metadata, title or page text.</summary>
        public string Text => _text ??= CreateText();

        /// <summary>The file's text exactly as decoded (a byte-order mark dropped).</summary>
        public string RawText => _rawText ??= _corpus.Image.String(Cell(Column.RawText));

        /// <summary>Puts <see cref="Text"/> together from its pieces, most of them stretches of <see cref="RawText"/> (see <see cref="ImageFormat.TextPieceColumn"/>).</summary>
        private string CreateText()
        {
            CorpusImage image = _corpus.Image;
            int first = Cell(Column.FirstTextPiece), count = Cell(Column.TextPieceCount);
            if (count == 0) return string.Empty;
            if (count == 1) return Piece(image, first);
            var text = new System.Text.StringBuilder(Cell(Column.TextLength));
            for (int p = first; p < first + count; p++) text.Append(Piece(image, p));
            return text.ToString();
        }

        private string Piece(CorpusImage image, int piece)
        {
            int start = image.Read(ImageFormat.Table.TextPieces, piece, (int)ImageFormat.TextPieceColumn.Start);
            int length = image.Read(ImageFormat.Table.TextPieces, piece, (int)ImageFormat.TextPieceColumn.Length);
            return (ImageFormat.TextPieceSource)image.Read(ImageFormat.Table.TextPieces, piece, (int)ImageFormat.TextPieceColumn.Source) switch
            {
                ImageFormat.TextPieceSource.RawText => RawText.Substring(start, length),
                ImageFormat.TextPieceSource.String => image.String(start),
                _ => DocumentAnalysis.ParagraphSeparator,
            };
        }

        /// <summary>The paragraphs of <see cref="Text"/>, headings included, in order.</summary>
        public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ?? Publish(ref _paragraphs, CreateParagraphs());

        /// <summary>The page text kept out of <see cref="Text"/>: chrome, credits, links, signatures, duplicates.</summary>
        public IReadOnlyList<Boilerplate> Boilerplate => _boilerplate ?? Publish(ref _boilerplate, CreateBoilerplate());

        /// <summary>The sentences of <see cref="Text"/>, split at compile time.</summary>
        public IReadOnlyList<Sentence> Sentences => _sentences ?? Publish(ref _sentences, CreateSentences());

        /// <summary>The paragraphs grouped under their headings.</summary>
        public IReadOnlyList<Section> Sections => _sections ?? Publish(ref _sections, CreateSections());

        /// <summary>The number of words in <see cref="Text"/>, counted at compile time.</summary>
        public int WordCount => Cell(Column.TokenCount);

        /// <summary>The words of <see cref="Text"/>, found at compile time (a new list each call).</summary>
        public IReadOnlyList<Token> Tokens
        {
            get
            {
                CorpusImage image = _corpus.Image;
                int first = Cell(Column.FirstToken), count = Cell(Column.TokenCount);
                string text = Text;
                var tokens = new Token[count];
                int end = 0;
                for (int i = 0; i < count; i++)
                {
                    // Stored as the gap after the word before (see ImageFormat.TokenColumn).
                    int start = end + image.Read(ImageFormat.Table.Tokens, first + i, (int)ImageFormat.TokenColumn.Gap);
                    int length = image.Read(ImageFormat.Table.Tokens, first + i, (int)ImageFormat.TokenColumn.Length);
                    end = start + length;
                    string word = text.Substring(start, length);
                    tokens[i] = new Token(word, Tokenizer.Normalize(word), start, length);
                }
                return tokens;
            }
        }

        /// <summary>
        /// What each stretch of <see cref="RawText"/> became — metadata, title, paragraph or
        /// boilerplate — in order. Every character of the file outside these parts is white space.
        /// </summary>
        public IReadOnlyList<RawPart> RawParts
        {
            get
            {
                var parts = new List<RawPart>();
                int metadata = Cell(Column.MetadataLength);
                if (metadata > 0) parts.Add(new RawPart(RawPartKind.Metadata, 0, metadata));
                int titleLength = Cell(Column.TitleRawLength);
                if (titleLength > 0) parts.Add(new RawPart(RawPartKind.Title, Cell(Column.TitleRawStart), titleLength));
                foreach (Paragraph p in Paragraphs) parts.Add(new RawPart(RawPartKind.Paragraph, p.RawStart, p.RawLength));
                foreach (Boilerplate b in Boilerplate) parts.Add(new RawPart(RawPartKind.Boilerplate, b.RawStart, b.RawText.Length));
                parts.Sort((a, b) => a.Start.CompareTo(b.Start));
                return parts;
            }
        }

        public override string ToString() => Title is null ? Id : $"{Id}: {Title}";

        /// <summary>Stores a lazily built value once; a thread that loses the race uses the winner's.</summary>
        private static T Publish<T>(ref T? field, T value) where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

        /// <summary>The strings of front matter field <paramref name="field"/>, or null when this article lacks it.</summary>
        private string[]? MetadataValues(int field)
        {
            CorpusImage image = _corpus.Image;
            int row = Index * (image.RowCount(ImageFormat.Table.Metadata) / image.ArticleCount) + field;
            int countPlusOne = image.Read(ImageFormat.Table.Metadata, row, (int)ImageFormat.MetadataColumn.CountPlusOne);
            if (countPlusOne == 0) return null;
            int first = image.Read(ImageFormat.Table.Metadata, row, (int)ImageFormat.MetadataColumn.FirstString);
            var values = new string[countPlusOne - 1];
            for (int i = 0; i < values.Length; i++) values[i] = image.String(first + i);
            return values;
        }

        // Front matter accessors for the generated subclass. Values were checked and written in
        // invariant form at compile time; reading one parses that short text when it is asked for.
        protected string? MetadataString(int field) => MetadataValues(field) is { Length: > 0 } v ? v[0] : null;

        protected string[]? MetadataStrings(int field) => MetadataValues(field);

        protected long? MetadataInt64(int field) => MetadataString(field) is string v ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;

        protected double? MetadataDouble(int field) => MetadataString(field) is string v ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;

        protected bool? MetadataBoolean(int field) => MetadataString(field) is string v ? v == "true" : null;

        protected DateOnly? MetadataDate(int field) =>
            MetadataString(field) is string v ? DateOnly.ParseExact(v, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;

        protected DateTimeOffset? MetadataDateTimeOffset(int field) =>
            MetadataString(field) is string v ? DateTimeOffset.ParseExact(v, "O", System.Globalization.CultureInfo.InvariantCulture) : null;

        private IReadOnlyList<Sentence> CreateSentences()
        {
            CorpusImage image = _corpus.Image;
            int first = Cell(Column.FirstSentence), count = Cell(Column.SentenceCount);
            if (count == 0) return Array.Empty<Sentence>();
            string text = Text;
            IReadOnlyList<Paragraph> paragraphs = Paragraphs;
            var sentences = new Sentence[count];
            for (int i = 0; i < count; i++)
            {
                int row = first + i;
                int paragraph = image.Read(ImageFormat.Table.Sentences, row, (int)ImageFormat.SentenceColumn.Paragraph);
                int start = image.Read(ImageFormat.Table.Sentences, row, (int)ImageFormat.SentenceColumn.Start);
                int length = image.Read(ImageFormat.Table.Sentences, row, (int)ImageFormat.SentenceColumn.Length);
                sentences[i] = new Sentence(this, i, paragraphs[paragraph], start, text.Substring(start, length));
            }
            return sentences;
        }

        private IReadOnlyList<Section> CreateSections()
        {
            var sections = new List<Section>();
            Paragraph? heading = null;
            var body = new List<Paragraph>();
            foreach (Paragraph paragraph in Paragraphs)
            {
                if (paragraph.Kind == Analysis.ParagraphKind.Heading)
                {
                    if (heading is not null || body.Count > 0) sections.Add(new Section(heading, body.ToArray()));
                    heading = paragraph;
                    body.Clear();
                }
                else
                {
                    body.Add(paragraph);
                }
            }
            if (heading is not null || body.Count > 0) sections.Add(new Section(heading, body.ToArray()));
            return sections;
        }

        /// <summary>The first paragraph or sentence row of this article in the corpus-wide tables.</summary>
        internal int FirstParagraphRow => Cell(Column.FirstParagraph);

        internal int FirstSentenceRow => Cell(Column.FirstSentence);

        private int Cell(Column column) => _corpus.Image.Read(ImageFormat.Table.Articles, Index, (int)column);

        private IReadOnlyList<Paragraph> CreateParagraphs()
        {
            CorpusImage image = _corpus.Image;
            int first = Cell(Column.FirstParagraph), count = Cell(Column.ParagraphCount);
            if (count == 0) return Array.Empty<Paragraph>();
            string text = Text;
            var paragraphs = new Paragraph[count];
            for (int i = 0; i < count; i++)
            {
                int row = first + i;
                int start = image.Read(ImageFormat.Table.Paragraphs, row, (int)ImageFormat.ParagraphColumn.Start);
                int length = image.Read(ImageFormat.Table.Paragraphs, row, (int)ImageFormat.ParagraphColumn.Length);
                var kind = (Analysis.ParagraphKind)image.Read(ImageFormat.Table.Paragraphs, row, (int)ImageFormat.ParagraphColumn.Kind);
                int rawStart = image.Read(ImageFormat.Table.Paragraphs, row, (int)ImageFormat.ParagraphColumn.RawStart);
                int rawLength = image.Read(ImageFormat.Table.Paragraphs, row, (int)ImageFormat.ParagraphColumn.RawLength);
                paragraphs[i] = new Paragraph(this, i, kind, text.Substring(start, length), start, rawStart, rawLength);
            }
            return paragraphs;
        }

        private IReadOnlyList<Boilerplate> CreateBoilerplate()
        {
            CorpusImage image = _corpus.Image;
            int first = Cell(Column.FirstBoilerplate), count = Cell(Column.BoilerplateCount);
            if (count == 0) return Array.Empty<Boilerplate>();
            string raw = RawText;
            var items = new Boilerplate[count];
            for (int i = 0; i < count; i++)
            {
                int row = first + i;
                var kind = (Analysis.BoilerplateKind)image.Read(ImageFormat.Table.Boilerplate, row, (int)ImageFormat.BoilerplateColumn.Kind);
                int rawStart = image.Read(ImageFormat.Table.Boilerplate, row, (int)ImageFormat.BoilerplateColumn.RawStart);
                int rawLength = image.Read(ImageFormat.Table.Boilerplate, row, (int)ImageFormat.BoilerplateColumn.RawLength);
                items[i] = new Boilerplate(this, kind, raw.Substring(rawStart, rawLength), rawStart);
            }
            return items;
        }
    }
}

using System;
using System.Collections.Generic;
using CorpusGen.Analysis;
using CorpusGen.Storage;
using CorpusGen.Storage.Format;
using Annotation = CorpusGen.Storage.Format.ImageFormat.AnnotationColumn;
using Table = CorpusGen.Storage.Format.ImageFormat.Table;

namespace CorpusGen
{
    public partial class Article
    {
        private IReadOnlyList<Entity>? _entities;
        private IReadOnlyList<Mention>? _entityMentions;
        private IReadOnlyList<Quote>? _quotes;
        private IReadOnlyList<Quantity>? _quantities;
        private IReadOnlyList<DateMention>? _dateMentions;
        private IReadOnlyList<UnlinkedMention>? _unlinked;

        /// <summary>The gazetteer entities the article mentions, in order of first mention.</summary>
        public IReadOnlyList<Entity> Entities => _entities ?? Publish(ref _entities, Rows(Annotation.FirstEntity, Annotation.EntityCount,
            row => _corpus.EntityAt(_corpus.Image.Read(Table.ArticleEntities, row, 0))));

        /// <summary>Every linked mention in the article, in text order.</summary>
        public IReadOnlyList<Mention> EntityMentions => _entityMentions ?? Publish(ref _entityMentions, Rows(Annotation.FirstMention, Annotation.MentionCount, row => _corpus.CreateMention(this, row)));

        /// <summary>The article's first row in the mention table.</summary>
        internal int FirstMentionRow => _corpus.Image.Read(Table.Annotations, Index, (int)Annotation.FirstMention);

        /// <summary>The article's mentions of <paramref name="entity"/>, in text order.</summary>
        public IReadOnlyList<Mention> Mentions(Entity entity)
        {
            if (entity is null) throw new ArgumentNullException(nameof(entity));
            var mentions = new List<Mention>();
            foreach (Mention mention in EntityMentions)
            {
                if (mention.Entity == entity) mentions.Add(mention);
            }
            return mentions;
        }

        /// <summary>The quotes of the article, in text order, with their speakers where attributed.</summary>
        public IReadOnlyList<Quote> Quotes => _quotes ?? Publish(ref _quotes, Rows(Annotation.FirstQuote, Annotation.QuoteCount, row =>
        {
            CorpusImage image = _corpus.Image;
            int speaker = image.Read(Table.Quotes, row, (int)ImageFormat.QuoteColumn.SpeakerPlusOne);
            return new Quote(this,
                image.Read(Table.Quotes, row, (int)ImageFormat.QuoteColumn.Start),
                image.Read(Table.Quotes, row, (int)ImageFormat.QuoteColumn.Length),
                image.Read(Table.Quotes, row, (int)ImageFormat.QuoteColumn.SentencePlusOne) - 1,
                speaker == 0 ? null : _corpus.EntityAt(speaker - 1),
                image.Read(Table.Quotes, row, (int)ImageFormat.QuoteColumn.SpeakerStart),
                image.Read(Table.Quotes, row, (int)ImageFormat.QuoteColumn.SpeakerLength));
        }));

        /// <summary>The numbers with units in the article, in text order.</summary>
        public IReadOnlyList<Quantity> Quantities => _quantities ?? Publish(ref _quantities, Rows(Annotation.FirstQuantity, Annotation.QuantityCount, row =>
        {
            CorpusImage image = _corpus.Image;
            return new Quantity(this,
                image.Read(Table.Quantities, row, (int)ImageFormat.QuantityColumn.Start),
                image.Read(Table.Quantities, row, (int)ImageFormat.QuantityColumn.Length),
                decimal.Parse(image.String(image.Read(Table.Quantities, row, (int)ImageFormat.QuantityColumn.Value)), System.Globalization.CultureInfo.InvariantCulture),
                image.String(image.Read(Table.Quantities, row, (int)ImageFormat.QuantityColumn.Unit)));
        }));

        /// <summary>The dates the article mentions, in text order, resolved against <see cref="Date"/> where relative.</summary>
        public IReadOnlyList<DateMention> DateMentions => _dateMentions ?? Publish(ref _dateMentions, Rows(Annotation.FirstDate, Annotation.DateCount, row =>
        {
            CorpusImage image = _corpus.Image;
            int day = image.Read(Table.DateMentions, row, (int)ImageFormat.DateMentionColumn.ResolvedDayPlusOne);
            return new DateMention(this,
                image.Read(Table.DateMentions, row, (int)ImageFormat.DateMentionColumn.Start),
                image.Read(Table.DateMentions, row, (int)ImageFormat.DateMentionColumn.Length),
                day == 0 ? null : DateOnly.FromDayNumber(day - 1),
                (DatePrecision)image.Read(Table.DateMentions, row, (int)ImageFormat.DateMentionColumn.Precision),
                image.Read(Table.DateMentions, row, (int)ImageFormat.DateMentionColumn.Relative) == 1);
        }));

        /// <summary>Capitalised names and acronyms the gazetteer does not have (empty without a gazetteer).</summary>
        public IReadOnlyList<UnlinkedMention> UnlinkedMentions => _unlinked ?? Publish(ref _unlinked, Rows(Annotation.FirstUnlinked, Annotation.UnlinkedCount, row =>
        {
            CorpusImage image = _corpus.Image;
            return new UnlinkedMention(this,
                image.Read(Table.Unlinked, row, (int)ImageFormat.UnlinkedColumn.Start),
                image.Read(Table.Unlinked, row, (int)ImageFormat.UnlinkedColumn.Length),
                image.Read(Table.Unlinked, row, (int)ImageFormat.UnlinkedColumn.SentencePlusOne) - 1);
        }));

        private T[] Rows<T>(Annotation first, Annotation count, Func<int, T> create)
        {
            CorpusImage image = _corpus.Image;
            int from = image.Read(Table.Annotations, Index, (int)first), n = image.Read(Table.Annotations, Index, (int)count);
            if (n == 0) return Array.Empty<T>();
            var items = new T[n];
            for (int i = 0; i < n; i++) items[i] = create(from + i);
            return items;
        }
    }
}

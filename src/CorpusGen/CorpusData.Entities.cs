using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Analysis;
using CorpusGen.Storage.Format;
using MentionColumn = CorpusGen.Storage.Format.ImageFormat.MentionColumn;

namespace CorpusGen
{
    public sealed partial class CorpusData
    {
        private Entity?[]? _entities;
        private IReadOnlyList<Entity>? _entityList;

        /// <summary>The entities of the corpus's gazetteer, in its order (empty without one).</summary>
        public IReadOnlyList<Entity> Entities
        {
            get
            {
                if (_entityList is not null) return _entityList;
                int count = Image.RowCount(ImageFormat.Table.Entities);
                var all = new Entity[count];
                for (int i = 0; i < count; i++) all[i] = EntityAt(i);
                return _entityList = all;
            }
        }

        /// <summary>The entity whose canonical name is <paramref name="name"/> (ordinal), or null. Allocates nothing once the entity exists.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Entity? EntityByName(string name)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            int row = Image.FindKey(ImageFormat.Table.EntityHash, name);
            return row < 0 ? null : EntityAt(row);
        }

        /// <summary>The articles that mention <paramref name="entity"/>, in article order (precomputed).</summary>
        /// <exception cref="ArgumentException">The entity belongs to another corpus.</exception>
        public IReadOnlyList<Article> Mentioning(Entity entity)
        {
            if (entity is null) throw new ArgumentNullException(nameof(entity));
            if (entity.Corpus != this) throw new ArgumentException($"'{entity.Name}' is an entity of corpus '{entity.Corpus.Name}', not of '{Name}'.", nameof(entity));
            return entity.Articles;
        }

        /// <summary>The entity at a gazetteer index (one instance each). Called by generated code.</summary>
        public Entity EntityAt(int index)
        {
            int count = Image.RowCount(ImageFormat.Table.Entities);
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            Entity?[] cache = _entities ?? Interlocked.CompareExchange(ref _entities, new Entity?[count], null) ?? _entities!;
            Entity? entity = Volatile.Read(ref cache[index]);
            if (entity is not null) return entity;
            var created = new Entity(this, index);
            return Interlocked.CompareExchange(ref cache[index], created, null) ?? created;
        }

        /// <summary>Row <paramref name="row"/> of the mention table: the instance its article holds, so a mention is one object.</summary>
        internal Mention MentionAt(int row)
        {
            Article article = Articles[Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.Article)];
            return article.EntityMentions[row - article.FirstMentionRow];
        }

        /// <summary>Creates the mention of row <paramref name="row"/> for its article (called once per row, by the article).</summary>
        internal Mention CreateMention(Article article, int row) =>
            new Mention(article, EntityAt(Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.Entity)),
                Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.SentencePlusOne) - 1,
                Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.Start),
                Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.Length),
                (MentionMatch)Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.How),
                Image.Read(ImageFormat.Table.Mentions, row, (int)MentionColumn.EditDistance));
    }
}

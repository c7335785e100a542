using System;
using System.Collections.Generic;
using CorpusGen.Storage;
using CorpusGen.Storage.Format;
using Column = CorpusGen.Storage.Format.ImageFormat.EntityColumn;

namespace CorpusGen
{
    /// <summary>
    /// A person, party, organisation, outlet, place or anything else named in the corpus's
    /// gazetteer (<c>&lt;Corpus Entities="entities.json"&gt;</c>), with every place the corpus mentions
    /// it, linked at compile time. One instance per entity (compare with <c>==</c>); the generated
    /// <c>{ClassName}.Entities</c> class has a property per entity.
    /// </summary>
    public sealed class Entity
    {
        private IReadOnlyList<string>? _aliases;
        private IReadOnlyList<Mention>? _mentions;
        private IReadOnlyList<Article>? _articles;

        internal Entity(CorpusData corpus, int index)
        {
            Corpus = corpus;
            Index = index;
            CorpusImage image = corpus.Image;
            Name = image.String(Cell(Column.Name));
            Kind = image.String(Cell(Column.Kind));
        }

        /// <summary>The corpus whose gazetteer names this entity.</summary>
        public CorpusData Corpus { get; }

        /// <summary>The position of the entity in the gazetteer and in <see cref="CorpusData.Entities"/>.</summary>
        public int Index { get; }

        /// <summary>The canonical name, as the gazetteer gives it.</summary>
        public string Name { get; }

        /// <summary>The kind the gazetteer gives: Person, Party, Organization, Outlet, Place, or any other word ("Other" when none).</summary>
        public string Kind { get; }

        /// <summary>The other names the gazetteer gives.</summary>
        public IReadOnlyList<string> Aliases
        {
            get
            {
                if (_aliases is not null) return _aliases;
                int first = Cell(Column.FirstAlias), count = Cell(Column.AliasCount);
                var aliases = new string[count];
                for (int i = 0; i < count; i++) aliases[i] = Corpus.Image.String(Corpus.Image.Read(ImageFormat.Table.Aliases, first + i, 0));
                return _aliases = aliases;
            }
        }

        /// <summary>Every mention of the entity, in article order and then in text order.</summary>
        public IReadOnlyList<Mention> Mentions
        {
            get
            {
                if (_mentions is not null) return _mentions;
                int first = Cell(Column.FirstMention), count = Cell(Column.MentionCount);
                var mentions = new Mention[count];
                for (int i = 0; i < count; i++) mentions[i] = Corpus.MentionAt(Corpus.Image.Read(ImageFormat.Table.EntityMentions, first + i, 0));
                return _mentions = mentions;
            }
        }

        /// <summary>The articles that mention the entity, in article order.</summary>
        public IReadOnlyList<Article> Articles
        {
            get
            {
                if (_articles is not null) return _articles;
                int first = Cell(Column.FirstArticle), count = Cell(Column.ArticleCount);
                var articles = new Article[count];
                for (int i = 0; i < count; i++) articles[i] = Corpus.Articles[Corpus.Image.Read(ImageFormat.Table.EntityArticles, first + i, 0)];
                return _articles = articles;
            }
        }

        public override string ToString() => Name;

        private int Cell(Column column) => Corpus.Image.Read(ImageFormat.Table.Entities, Index, (int)column);
    }
}

using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator.Model;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// Lays out the entity index: the gazetteer, every mention in article order, the same mentions
    /// grouped by entity (for <c>Entity.Mentions</c> and <c>Mentioning</c>), each entity's articles,
    /// each article's entities, and the quotes, quantities, date mentions and unlinked names of
    /// every article. All of it is computed here, at compile time; the runtime only reads rows.
    /// </summary>
    internal static class EntityTablesWriter
    {
        internal sealed class Tables
        {
            public Table Entities { get; } = new Table((int)EntityColumn.Count);
            public Table Aliases { get; } = new Table(1);
            public Table Mentions { get; } = new Table((int)MentionColumn.Count);
            public Table EntityMentions { get; } = new Table(1);
            public Table EntityArticles { get; } = new Table(1);
            public Table Annotations { get; } = new Table((int)AnnotationColumn.Count);
            public Table ArticleEntities { get; } = new Table(1);
            public Table Quotes { get; } = new Table((int)QuoteColumn.Count);
            public Table Quantities { get; } = new Table((int)QuantityColumn.Count);
            public Table DateMentions { get; } = new Table((int)DateMentionColumn.Count);
            public Table Unlinked { get; } = new Table((int)UnlinkedColumn.Count);
            public Table EntityHash { get; set; } = ImageWriter.HashTable(System.Array.Empty<string>(), System.Array.Empty<int>());
        }

        public static Tables Write(CorpusSpec corpus, TextChunks text)
        {
            var tables = new Tables();
            int entityCount = corpus.Entities.Count;
            var byEntity = new List<int>[entityCount];
            var articlesByEntity = new List<int>[entityCount];
            for (int e = 0; e < entityCount; e++)
            {
                byEntity[e] = new List<int>();
                articlesByEntity[e] = new List<int>();
            }

            for (int a = 0; a < corpus.Articles.Count; a++)
            {
                AnnotationsSpec annotations = corpus.Articles[a].Annotations;
                int firstMention = tables.Mentions.Rows, firstEntity = tables.ArticleEntities.Rows;
                var seen = new HashSet<int>();
                foreach (MentionSpec m in annotations.Mentions.OrderBy(m => m.Start).ThenBy(m => m.Entity))
                {
                    if ((uint)m.Entity >= (uint)entityCount) continue;
                    byEntity[m.Entity].Add(tables.Mentions.Rows);
                    tables.Mentions.Add(a, m.Entity, m.Sentence + 1, m.Start, m.Length, m.How, m.EditDistance);
                    if (seen.Add(m.Entity))
                    {
                        tables.ArticleEntities.Add(m.Entity);
                        articlesByEntity[m.Entity].Add(a);
                    }
                }
                int firstQuote = tables.Quotes.Rows;
                foreach (QuoteSpec q in annotations.Quotes)
                {
                    tables.Quotes.Add(q.Start, q.Length, q.Sentence + 1, q.SpeakerPlusOne, q.SpeakerStart, q.SpeakerLength);
                }
                int firstQuantity = tables.Quantities.Rows;
                foreach (QuantitySpec q in annotations.Quantities)
                {
                    tables.Quantities.Add(q.Start, q.Length, text.Add(q.Value), text.Add(q.Unit));
                }
                int firstDate = tables.DateMentions.Rows;
                foreach (DateMentionSpec d in annotations.Dates)
                {
                    tables.DateMentions.Add(d.Start, d.Length, d.ResolvedDayPlusOne, d.Precision, d.Relative ? 1 : 0);
                }
                int firstUnlinked = tables.Unlinked.Rows;
                foreach (UnlinkedSpec u in annotations.Unlinked)
                {
                    tables.Unlinked.Add(u.Start, u.Length, u.Sentence + 1);
                }
                tables.Annotations.Add(
                    firstMention, tables.Mentions.Rows - firstMention, firstEntity, tables.ArticleEntities.Rows - firstEntity,
                    firstQuote, tables.Quotes.Rows - firstQuote, firstQuantity, tables.Quantities.Rows - firstQuantity,
                    firstDate, tables.DateMentions.Rows - firstDate, firstUnlinked, tables.Unlinked.Rows - firstUnlinked);
            }

            var nameStrings = new List<int>();
            for (int e = 0; e < entityCount; e++)
            {
                EntitySpec entity = corpus.Entities[e];
                int name = text.Add(entity.Name);
                nameStrings.Add(name);
                int firstAlias = tables.Aliases.Rows;
                foreach (string alias in entity.Aliases) tables.Aliases.Add(text.Add(alias));
                int firstMention = tables.EntityMentions.Rows;
                foreach (int row in byEntity[e]) tables.EntityMentions.Add(row);
                int firstArticle = tables.EntityArticles.Rows;
                foreach (int article in articlesByEntity[e]) tables.EntityArticles.Add(article);
                tables.Entities.Add(name, text.Add(entity.Kind), firstAlias, entity.Aliases.Count,
                    firstMention, byEntity[e].Count, firstArticle, articlesByEntity[e].Count);
            }
            tables.EntityHash = ImageWriter.HashTable(corpus.Entities.Select(e => e.Name).ToList(), nameStrings);
            return tables;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Analysis;

namespace CorpusGen.Generator.Model
{
    /// <summary>
    /// The entity stage, one document at a time: links the document's names to its corpus's
    /// gazetteer (<see cref="EntityMatcher"/>), finds quotes and ties each to its speaker's entity,
    /// and finds quantities and date mentions (resolved against the document's date). Runs per
    /// (document, gazetteers) pair, so editing one document re-links that document only, and
    /// editing the gazetteer re-links every document of its corpus.
    /// </summary>
    internal static class EntityLinker
    {
        /// <summary>One matcher per gazetteer model: the index is built once and shared by every document of a run.</summary>
        private static readonly ConditionalWeakTable<GazetteerSpec, EntityMatcher> s_matchers = new ConditionalWeakTable<GazetteerSpec, EntityMatcher>();

        public static GazetteerSpec? GazetteerFor(DocumentSpec document, IEnumerable<GazetteerSpec> gazetteers) =>
            gazetteers
                .Where(g => g.ClassName == document.ClassName && g.Namespace == document.Namespace)
                .OrderBy(g => g.FilePath, StringComparer.Ordinal)
                .FirstOrDefault();

        public static AnnotationsResult Annotate(DocumentSpec document, GazetteerSpec? gazetteer, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = document.Text;
            var sentences = document.Sentences.Select(s => new AnalyzedSentence(s.Paragraph, s.Start, s.Length)).ToList();
            var diagnostics = new List<DiagnosticInfo>();

            var mentions = new List<MentionSpec>();
            var unlinked = new List<UnlinkedSpec>();
            if (gazetteer is not null && gazetteer.Entities.Count > 0)
            {
                EntityMatcher matcher = s_matchers.GetValue(gazetteer, g =>
                    new EntityMatcher(g.Entities.Select(e => new GazetteerEntry(e.Name, e.Kind, e.Aliases.ToArray())).ToList()));
                EntityMatches matches = matcher.Match(text, sentences);
                foreach (FoundMention m in matches.Mentions)
                {
                    mentions.Add(new MentionSpec(m.Entity, m.Sentence, m.Start, m.Length, (int)m.How, m.EditDistance));
                    if (m.How == MentionMatch.NearMiss)
                    {
                        diagnostics.Add(TextLocations.At(DiagnosticDescriptors.NearMissSpelling, document, m.Start, m.Length,
                            text.Substring(m.Start, m.Length), gazetteer.Entities[m.Entity].Name, m.EditDistance));
                    }
                }
                foreach (UnlinkedName u in matches.Unlinked) unlinked.Add(new UnlinkedSpec(u.Start, u.Length, u.Sentence));
            }
            cancellationToken.ThrowIfCancellationRequested();

            var quotes = new List<QuoteSpec>();
            foreach (FoundQuote quote in QuoteFinder.Find(text, sentences))
            {
                TextRange? speaker = quote.Speaker;
                TextRange? name = quote.SpeakerName ?? speaker;
                int entity = name is { } n ? EntityAt(mentions, n, gazetteer) : -1;
                quotes.Add(new QuoteSpec(quote.Start, quote.Length, quote.Sentence, entity + 1,
                    speaker?.Start ?? 0, speaker?.Length ?? 0));
            }

            var quantities = QuantityFinder.Find(text)
                .Select(q => new QuantitySpec(q.Start, q.Length, q.Value.ToString(CultureInfo.InvariantCulture), q.Unit))
                .ToList();

            DateTime? articleDate = document.DayNumber is int day ? new DateTime(1, 1, 1).AddDays(day) : (DateTime?)null;
            var dates = DateMentionFinder.Find(text, articleDate)
                .Select(d => new DateMentionSpec(d.Start, d.Length,
                    d.Resolved is DateTime resolved ? (int)(resolved.Date - new DateTime(1, 1, 1)).TotalDays + 1 : 0,
                    (int)d.Precision, d.Relative))
                .ToList();

            var annotations = new AnnotationsSpec(document.FilePath, mentions.ToEquatableArray(), quotes.ToEquatableArray(),
                quantities.ToEquatableArray(), dates.ToEquatableArray(), unlinked.ToEquatableArray());
            return new AnnotationsResult(annotations, diagnostics.ToEquatableArray());
        }

        /// <summary>The entity of a mention inside the speaker's name (a person first), or -1.</summary>
        private static int EntityAt(List<MentionSpec> mentions, TextRange range, GazetteerSpec? gazetteer)
        {
            int found = -1;
            foreach (MentionSpec m in mentions)
            {
                if (m.Start >= range.Start + range.Length || m.Start + m.Length <= range.Start) continue;
                bool person = gazetteer is not null && string.Equals(gazetteer.Entities[m.Entity].Kind, "Person", StringComparison.OrdinalIgnoreCase);
                if (person) return m.Entity;
                if (found < 0) found = m.Entity;
            }
            return found;
        }
    }
}

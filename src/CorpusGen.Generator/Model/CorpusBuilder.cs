using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Generator.Model
{
    /// <summary>
    /// The model stage: groups analysed documents into corpora (one per namespace and class
    /// name), orders their articles by FileName, and gives each article a unique Id and a
    /// unique C# identifier. Everything here is ordinal and culture-free, so the same files give
    /// the same corpus whatever order the compiler passes them in.
    /// </summary>
    internal static class CorpusBuilder
    {
        /// <summary>Member names of the generated class that an article property must not take.</summary>
        private static readonly HashSet<string> ReservedMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Articles", "ById", "ByDate", "Between", "Data", "Sentences", "Paragraphs", "Search", "DocumentFrequency", "TermFrequency", "Keywords", "Complete", "Similar", "NearDuplicates", "RepeatedSentences", "Entities", "Mentioning", "s_data", "CorpusGenImage", "CorpusGenCreateData",
            "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        public static ImmutableArray<CorpusResult> Build(
            ((ImmutableArray<DocumentSpec> Documents, ImmutableArray<GazetteerSpec> Gazetteers) Left, ImmutableArray<AnnotationsSpec> Annotations) input,
            CancellationToken cancellationToken)
        {
            var annotations = new Dictionary<string, AnnotationsSpec>(StringComparer.Ordinal);
            foreach (AnnotationsSpec a in input.Annotations) annotations[a.FilePath] = a;
            return Build(input.Left.Documents, input.Left.Gazetteers, annotations, cancellationToken);
        }

        private static ImmutableArray<CorpusResult> Build(ImmutableArray<DocumentSpec> documents, ImmutableArray<GazetteerSpec> gazetteers,
            Dictionary<string, AnnotationsSpec> annotations, CancellationToken cancellationToken)
        {
            var results = ImmutableArray.CreateBuilder<CorpusResult>();
            IEnumerable<IGrouping<(string Namespace, string ClassName), DocumentSpec>> groups = documents
                .GroupBy(d => (d.Namespace, d.ClassName))
                .OrderBy(g => g.Key.Namespace, StringComparer.Ordinal)
                .ThenBy(g => g.Key.ClassName, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                GazetteerSpec? gazetteer = EntityLinker.GazetteerFor(group.First(), gazetteers);
                results.Add(BuildCorpus(group.Key.Namespace, group.Key.ClassName, group.ToList(), gazetteer, annotations));
            }
            return results.ToImmutable();
        }

        private static CorpusResult BuildCorpus(string ns, string className, List<DocumentSpec> documents, GazetteerSpec? gazetteer,
            Dictionary<string, AnnotationsSpec> annotations)
        {
            var diagnostics = new List<DiagnosticInfo>();
            string? invalid = ValidateNames(ns, className, documents[0].FilePath, diagnostics);
            if (invalid is not null) return new CorpusResult(null, diagnostics.ToEquatableArray());

            DocumentSpec? badLimit = documents.FirstOrDefault(d => d.InvalidMaxDocumentBytes is not null);
            if (badLimit is not null)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidMaxDocumentBytes, badLimit.FilePath,
                    badLimit.InvalidMaxDocumentBytes!, className, Parsing.CorpusFileOptionsReader.DefaultMaxDocumentBytes));
            }

            documents.Sort((a, b) =>
            {
                int byName = string.CompareOrdinal(a.FileName, b.FileName);
                return byName != 0 ? byName : string.CompareOrdinal(a.FilePath, b.FilePath);
            });

            string[] ids = AssignIds(className, documents, diagnostics);
            // A renamed property is reported only where there are properties (not past the limit, not turned off).
            bool propertiesEmitted = CorpusSpec.HasArticleProperties(documents[0].ArticleProperties, documents.Count);
            string[] identifiers = AssignIdentifiers(className, documents, ids, propertiesEmitted ? diagnostics : null);
            var articles = new ArticleSpec[documents.Count];
            for (int i = 0; i < documents.Count; i++)
            {
                articles[i] = new ArticleSpec(documents[i], ids[i], identifiers[i],
                    annotations.TryGetValue(documents[i].FilePath, out AnnotationsSpec? a) ? a : AnnotationsSpec.Empty(documents[i].FilePath));
            }
            EquatableArray<MetadataField> metadata = InferMetadata(className, documents, diagnostics);
            EquatableArray<EntitySpec> entities = gazetteer?.Entities ?? default;
            if (gazetteer is not null) ReportUnlinkedNames(className, articles, diagnostics);
            var corpus = new CorpusSpec(ns, className, articles.ToEquatableArray(), metadata)
            {
                Entities = entities,
                EntityIdentifiers = AssignEntityIdentifiers(entities),
            };
            if (corpus.ArticlePropertiesWanted && corpus.TooManyForArticleProperties)
            {
                diagnostics.Add(DiagnosticInfo.Global(DiagnosticDescriptors.TooManyArticleProperties, className,
                    articles.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    CorpusSpec.MaxArticleProperties.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            }
            long textChars = 0;
            foreach (DocumentSpec document in documents) textChars += document.RawText.Length;
            if (!corpus.ResourceImage && textChars >= LargeSourceCorpusChars)
            {
                diagnostics.Add(DiagnosticInfo.Global(DiagnosticDescriptors.LargeCorpusInSource, className,
                    (textChars / 1_000_000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            }
            return new CorpusResult(corpus, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// From this much text (characters of the documents' RawText), a corpus whose image is in the
        /// source is told about <c>Storage="Resource"</c> (CG0023): the compiler's memory grows with
        /// the literals, about 1.2 GB here between the benchmarks' 0.6 GB at 6 million characters
        /// (Brown) and 1.9-2.0 GB at 30 million (10,000 articles).
        /// </summary>
        internal const long LargeSourceCorpusChars = 16_000_000;

        /// <summary>Members of the generated <c>Entities</c> class an entity property must not take.</summary>
        private static readonly HashSet<string> EntityMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Entities", "All", "ByName", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        /// <summary>An identifier per entity: its name in PascalCase without apostrophes ("Mark Rutte" → MarkRutte), made unique with _2, _3….</summary>
        private static EquatableArray<string> AssignEntityIdentifiers(EquatableArray<EntitySpec> entities)
        {
            var taken = new HashSet<string>(EntityMembers, StringComparer.Ordinal);
            var identifiers = new List<string>();
            foreach (EntitySpec entity in entities)
            {
                identifiers.Add(Unique(taken, PropertyName(entity.Name.Replace("'", string.Empty).Replace("\u2019", string.Empty))));
            }
            return identifiers.ToEquatableArray();
        }

        /// <summary>One info diagnostic per name the gazetteer lacks, at its first mention, with how often it is mentioned.</summary>
        private static void ReportUnlinkedNames(string className, ArticleSpec[] articles, List<DiagnosticInfo> diagnostics)
        {
            var names = new Dictionary<string, (ArticleSpec Article, UnlinkedSpec First, int Count)>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (ArticleSpec article in articles)
            {
                foreach (UnlinkedSpec u in article.Annotations.Unlinked)
                {
                    string name = article.Document.Text.Substring(u.Start, u.Length);
                    if (names.TryGetValue(name, out var seen)) names[name] = (seen.Article, seen.First, seen.Count + 1);
                    else
                    {
                        names[name] = (article, u, 1);
                        order.Add(name);
                    }
                }
            }
            foreach (string name in order)
            {
                var (article, first, count) = names[name];
                diagnostics.Add(TextLocations.At(DiagnosticDescriptors.UnlinkedName, article.Document, first.Start, first.Length, name, className, count));
            }
        }

        /// <summary>Article members a front matter property must not take.</summary>
        private static readonly HashSet<string> ArticleMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Id", "FileName", "Date", "Title", "Text", "RawText", "Paragraphs", "Boilerplate", "Sentences", "Sections", "Tokens",
            "WordCount", "RawParts", "Index", "Corpus", "Entities", "Mentions", "EntityMentions", "Quotes", "Quantities", "DateMentions", "UnlinkedMentions", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        /// <summary>
        /// The typed front matter fields of a corpus: every key found in any document, in ordinal
        /// order, typed by unifying its types over the documents (long and double give double, date
        /// and date-time give date-time, anything else that differs gives string and CG0014), and
        /// nullable when some document lacks it.
        /// </summary>
        private static EquatableArray<MetadataField> InferMetadata(string className, List<DocumentSpec> documents, List<DiagnosticInfo> diagnostics)
        {
            var keys = new SortedDictionary<string, List<(DocumentSpec Document, MetadataEntry Entry)>>(StringComparer.Ordinal);
            foreach (DocumentSpec document in documents)
            {
                foreach (MetadataEntry entry in document.Metadata)
                {
                    if (!keys.TryGetValue(entry.Key, out var list)) keys[entry.Key] = list = new List<(DocumentSpec, MetadataEntry)>();
                    list.Add((document, entry));
                }
            }

            var fields = new List<MetadataField>();
            var taken = new HashSet<string>(ArticleMembers, StringComparer.Ordinal) { className + "Article" };
            foreach (var pair in keys)
            {
                MetadataKind kind = pair.Value[0].Entry.Kind;
                foreach (var (_, entry) in pair.Value) kind = Unify(kind, entry.Kind);
                if (kind == MetadataKind.String)
                {
                    // One warning a key, at the first document whose type differs from the first document's.
                    MetadataKind firstKind = pair.Value[0].Entry.Kind;
                    foreach (var (document, entry) in pair.Value)
                    {
                        if (entry.Kind == firstKind) continue;
                        diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.MetadataTypeConflict, document.FilePath,
                            pair.Key, Describe(entry.Kind), document.FileName, Describe(firstKind), className));
                        break;
                    }
                }
                fields.Add(new MetadataField(pair.Key, Unique(taken, PropertyName(pair.Key)), kind, pair.Value.Count < documents.Count));
            }
            return fields.ToEquatableArray();
        }

        private static MetadataKind Unify(MetadataKind a, MetadataKind b)
        {
            if (a == b) return a;
            if ((a, b) is (MetadataKind.Int64, MetadataKind.Double) or (MetadataKind.Double, MetadataKind.Int64)) return MetadataKind.Double;
            if ((a, b) is (MetadataKind.Date, MetadataKind.DateTimeOffset) or (MetadataKind.DateTimeOffset, MetadataKind.Date)) return MetadataKind.DateTimeOffset;
            return MetadataKind.String;
        }

        private static string Describe(MetadataKind kind) => kind switch
        {
            MetadataKind.Int64 => "a whole number",
            MetadataKind.Double => "a number",
            MetadataKind.Boolean => "true/false",
            MetadataKind.Date => "a date",
            MetadataKind.DateTimeOffset => "a date and time",
            MetadataKind.StringArray => "a list",
            _ => "text",
        };

        /// <summary>A front matter key as a PascalCase property name: "published-at" → PublishedAt.</summary>
        /// <summary><paramref name="wanted"/>, or wanted_2, wanted_3… : the first that <paramref name="taken"/> does not hold yet (then it does).</summary>
        private static string Unique(HashSet<string> taken, string wanted)
        {
            string name = wanted;
            for (int n = 2; !taken.Add(name); n++) name = wanted + "_" + n.ToString(CultureInfo.InvariantCulture);
            return name;
        }

        internal static string PropertyName(string key)
        {
            var builder = new StringBuilder();
            bool upper = true;
            foreach (char c in key)
            {
                if (char.IsLetterOrDigit(c) && c < 128 || char.IsLetter(c))
                {
                    builder.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }
            if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
            return builder.ToString();
        }

        private static string? ValidateNames(string ns, string className, string somePath, List<DiagnosticInfo> diagnostics)
        {
            if (!SyntaxFacts.IsValidIdentifier(className) || SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidCorpusOption, somePath, "ClassName", className, "a valid C# identifier"));
                return className;
            }
            if (ns.Length > 0 && ns.Split('.').Any(part => !SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None))
            {
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidCorpusOption, somePath, "Namespace", ns, "a valid C# namespace"));
                return ns;
            }
            return null;
        }

        /// <summary>The file name without extension; where that is shared, the relative path without extension (and a diagnostic).</summary>
        private static string[] AssignIds(string className, List<DocumentSpec> documents, List<DiagnosticInfo> diagnostics)
        {
            string[] stems = documents.Select(d => WithoutExtension(FileNameOf(d.FileName))).ToArray();
            var stemCounts = stems.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var ids = new string[documents.Count];
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < documents.Count; i++)
            {
                if (stemCounts[stems[i]] == 1)
                {
                    ids[i] = stems[i];
                    taken.Add(ids[i]);
                }
            }
            for (int i = 0; i < documents.Count; i++)
            {
                if (ids[i] is not null) continue;
                string id = WithoutExtension(documents[i].FileName);
                string unique = id;
                for (int n = 2; !taken.Add(unique); n++) unique = id + "~" + n.ToString(CultureInfo.InvariantCulture);
                ids[i] = unique;
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.DuplicateId, documents[i].FilePath,
                    stems[i], stemCounts[stems[i]], className, unique));
            }
            return ids;
        }

        private static string[] AssignIdentifiers(string className, List<DocumentSpec> documents, string[] ids, List<DiagnosticInfo>? diagnostics)
        {
            var identifiers = new string[ids.Length];
            var taken = new HashSet<string>(ReservedMembers, StringComparer.Ordinal) { className };
            for (int i = 0; i < ids.Length; i++)
            {
                string wanted = ToIdentifier(ids[i]);
                string identifier = wanted;
                for (int n = 2; !taken.Add(Unescaped(identifier)); n++) identifier = wanted + "_" + n.ToString(CultureInfo.InvariantCulture);
                identifiers[i] = identifier;
                if (identifier != wanted && diagnostics is not null)
                {
                    string reason = ReservedMembers.Contains(Unescaped(wanted)) || Unescaped(wanted) == className
                        ? "is a member of the generated class"
                        : "is already the name of another article's property";
                    diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.IdentifierCollision, documents[i].FilePath,
                        ids[i], wanted, reason, identifier));
                }
            }
            return identifiers;
        }

        /// <summary>
        /// A C# identifier for an Id: letters, digits and '_' kept; every other character becomes '_';
        /// a leading digit gets a '_' before it; a keyword gets '@'. Format characters (which can
        /// hide text, CVE-2021-42574) are never kept.
        /// </summary>
        internal static string ToIdentifier(string id)
        {
            var builder = new StringBuilder(id.Length + 1);
            foreach (char c in id)
            {
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                bool keep = c < 128
                    ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    : category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                        or UnicodeCategory.DecimalDigitNumber;
                builder.Append(keep ? c : '_');
            }
            if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
            string identifier = builder.ToString();
            return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
        }

        private static string Unescaped(string identifier) => identifier.StartsWith("@", StringComparison.Ordinal) ? identifier.Substring(1) : identifier;

        private static string FileNameOf(string relativePath)
        {
            int slash = relativePath.LastIndexOf('/');
            return slash < 0 ? relativePath : relativePath.Substring(slash + 1);
        }

        private static string WithoutExtension(string path)
        {
            int slash = path.LastIndexOf('/');
            int dot = path.LastIndexOf('.');
            return dot > slash + 1 ? path.Substring(0, dot) : path;
        }
    }
}

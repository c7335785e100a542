using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator
{
    /// <summary>
    /// Every diagnostic CorpusGen reports, in one place. Ids are stable; each one is listed in
    /// AnalyzerReleases.*.md and explained in docs/diagnostics.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Input = "CorpusGen.Input";
        private const string Configuration = "CorpusGen.Configuration";
        private const string Generator = "CorpusGen.Generator";
        private const string HelpLinkBase = "docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
            "CG0001", "Document is not valid UTF-8",
            "'{0}' is not valid UTF-8: the first invalid sequence is at byte offset {1}{2}. Each invalid sequence is stored as U+FFFD; save the file as UTF-8 to keep its text.",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor EmptyDocument = Create(
            "CG0002", "Document has no text",
            "'{0}' has no text: its article is empty",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateId = Create(
            "CG0003", "Article Id is not unique",
            "The Id '{0}' is the file name of {1} documents in corpus '{2}'; this article's Id is its relative path '{3}' instead",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidDate = Create(
            "CG0004", "Date in metadata prefix is not a calendar date",
            "'{0}' in the date prefix of '{1}' is not a calendar date (expected YYYY-MM-DD); the article has no date",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor IdentifierCollision = Create(
            "CG0005", "Article property renamed",
            "The property for article '{0}' would be named '{1}', which {2}; it is named '{3}' instead",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnreadableFile = Create(
            "CG0006", "Document cannot be read",
            "'{0}' could not be read; it is left out of corpus '{1}'",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
            "CG0007", "C# 11 or later is required",
            "CorpusGen stores corpora as UTF-8 string literals, which need C# 11 or later; this project uses C# {0}. Set <LangVersion> to 11 or later.",
            Configuration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidCorpusOption = Create(
            "CG0008", "Invalid <Corpus> option",
            "The <Corpus> {0} '{1}' is not {2}; corpus '{1}' is not generated",
            Configuration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LoneSurrogate = Create(
            "CG0009", "Document contains an unpaired surrogate",
            "'{0}' contains an unpaired UTF-16 surrogate (U+{2}) at character {1} ({3} in all); each was stored as U+FFFD",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DocumentTooLarge = Create(
            "CG0010", "Document exceeds MaxDocumentBytes",
            "'{0}' is {1} bytes, more than MaxDocumentBytes ({2}); it is left out of corpus '{3}'",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor BinaryFile = Create(
            "CG0011", "Document is a binary file",
            "'{0}' is not text ({1}); it is left out of corpus '{2}'",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidMaxDocumentBytes = Create(
            "CG0012", "Invalid MaxDocumentBytes",
            "MaxDocumentBytes '{0}' of corpus '{1}' is not a positive whole number of bytes; the default ({2}) is used",
            Configuration, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidFrontMatter = Create(
            "CG0013", "Front matter cannot be read",
            "The front matter of '{0}' cannot be read: {1}. The document's text is kept.",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MetadataTypeConflict = Create(
            "CG0014", "Front matter key has conflicting types",
            "Front matter key '{0}' is {1} in '{2}' but {3} in other documents of corpus '{4}'; its property is typed string",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidGazetteer = Create(
            "CG0015", "Gazetteer cannot be read",
            "The gazetteer '{0}' cannot be read here: {1}",
            Configuration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateEntityName = Create(
            "CG0016", "Entity named twice",
            "Entity '{0}' is named twice in the gazetteer; the later entry is left out",
            Configuration, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AliasClaimedTwice = Create(
            "CG0017", "Alias claimed by two entities",
            "'{0}' already names entity '{1}'; it is not linked to a second entity",
            Configuration, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NearMissSpelling = Create(
            "CG0018", "Name linked despite a spelling difference",
            "'{0}' is linked to entity '{1}' as a near miss ({2} edit(s) away); correct the spelling, or add it to the gazetteer as an alias",
            Input, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnlinkedName = Create(
            "CG0019", "Name not in the gazetteer",
            "'{0}' is not in the gazetteer of corpus '{1}' ({2} mention(s)); add it to link it",
            Input, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor TooManyArticleProperties = Create(
            "CG0021", "Too many articles for a property each",
            "Corpus '{0}' has {1} articles, more than the {2} a class can have a property for (the runtime allows 65,535 methods a type); its articles are reached through {0}.Articles and {0}.ById only",
            Generator, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor LargeCorpusInSource = Create(
            "CG0023", "Large corpus in the generated source",
            "Corpus '{0}' puts {1} million characters of text into the generated source as C# literals, which the compiler holds several times over: CorpusGen's benchmarks measured 0.6 GB of compiler memory for 6 million and 1.9-2.0 GB for 30 million. Storage=\"Resource\" on its <Corpus> item keeps the data out of the compiler and makes a fresh process's first query faster under the JIT.",
            Generator, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "CG0099", "CorpusGen failed on a document",
            "CorpusGen failed to analyse '{0}' ({1}: {2}); the document is left out. Please report this with the file.",
            Generator, DiagnosticSeverity.Warning);

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new Dictionary<string, DiagnosticDescriptor>
        {
            [InvalidUtf8.Id] = InvalidUtf8,
            [EmptyDocument.Id] = EmptyDocument,
            [DuplicateId.Id] = DuplicateId,
            [InvalidDate.Id] = InvalidDate,
            [IdentifierCollision.Id] = IdentifierCollision,
            [UnreadableFile.Id] = UnreadableFile,
            [LanguageVersionTooLow.Id] = LanguageVersionTooLow,
            [InvalidCorpusOption.Id] = InvalidCorpusOption,
            [LoneSurrogate.Id] = LoneSurrogate,
            [DocumentTooLarge.Id] = DocumentTooLarge,
            [BinaryFile.Id] = BinaryFile,
            [InvalidMaxDocumentBytes.Id] = InvalidMaxDocumentBytes,
            [InvalidFrontMatter.Id] = InvalidFrontMatter,
            [MetadataTypeConflict.Id] = MetadataTypeConflict,
            [InvalidGazetteer.Id] = InvalidGazetteer,
            [DuplicateEntityName.Id] = DuplicateEntityName,
            [AliasClaimedTwice.Id] = AliasClaimedTwice,
            [NearMissSpelling.Id] = NearMissSpelling,
            [UnlinkedName.Id] = UnlinkedName,
            [TooManyArticleProperties.Id] = TooManyArticleProperties,
            [LargeCorpusInSource.Id] = LargeCorpusInSource,
            [InternalError.Id] = InternalError,
        };

        public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

        public static DiagnosticDescriptor ById(string id) => s_byId[id];

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}

namespace CorpusGen.Generator.Model
{
    // The generator's models. INVARIANT: from DocumentSpec on, a model holds only strings,
    // numbers and EquatableArray of such values, never a Compilation, ISymbol, SyntaxNode,
    // SourceText or AdditionalText. The incremental pipeline compares models by value to decide
    // what to re-run, so a model that held a compiler object would re-run every step on every
    // keystroke (and keep old compilations alive). A test walks the model graph to enforce this.

    /// <summary>The options of one corpus file, read from its <c>&lt;Corpus&gt;</c> item.</summary>
    internal sealed record CorpusFileOptions(
        string ClassName,
        string Namespace,
        string RelativePath,
        long MaxDocumentBytes,
        string? InvalidMaxDocumentBytes,
        bool StopWords = false,
        bool Stemming = false,
        bool ArticleProperties = true,
        bool ResourceImage = false);

    /// <summary>A paragraph: where it is in the article's Text and in its RawText.</summary>
    internal readonly record struct ParagraphSpec(int Start, int Length, int Kind, int RawStart, int RawLength);

    /// <summary>A sentence: its paragraph and where it is in the article's Text.</summary>
    internal readonly record struct SentenceSpec(int Paragraph, int Start, int Length);

    /// <summary>A word: where it is in the article's Text, and its normalized form (computed once, in the cached per-document step, for the search index and related articles).</summary>
    internal readonly record struct TokenSpec(int Start, int Length, string Normalized);

    /// <summary>The type of a front matter value, as read off its text.</summary>
    internal enum MetadataKind { String = 0, Int64 = 1, Double = 2, Boolean = 3, Date = 4, DateTimeOffset = 5, StringArray = 6 }

    /// <summary>One front matter key of a document: its type, its value(s) in invariant form, and the text as written.</summary>
    internal sealed record MetadataEntry(string Key, MetadataKind Kind, EquatableArray<string> Values, string Written);

    /// <summary>A front matter key of a corpus: its property name and the type unified over all documents.</summary>
    internal sealed record MetadataField(string Key, string PropertyName, MetadataKind Kind, bool Nullable);

    /// <summary>A boilerplate item: its kind and where it is in the article's RawText.</summary>
    internal readonly record struct BoilerplateSpec(int Kind, int RawStart, int RawLength);

    /// <summary>One analysed document, as the analysis left it.</summary>
    internal sealed record DocumentSpec(
        string ClassName,
        string Namespace,
        string FilePath,
        string FileName,
        string RawText,
        string Text,
        string? Title,
        int? DayNumber,
        string Summary,
        EquatableArray<ParagraphSpec> Paragraphs,
        EquatableArray<BoilerplateSpec> Boilerplate,
        EquatableArray<SentenceSpec> Sentences,
        EquatableArray<TokenSpec> Tokens,
        int MetadataLength,
        int TitleRawStart,
        int TitleRawLength,
        EquatableArray<MetadataEntry> Metadata,
        string? InvalidMaxDocumentBytes,
        bool StopWords = false,
        bool Stemming = false,
        bool ArticleProperties = true,
        bool ResourceImage = false);

    /// <summary>The result of analysing one file: the document (null when it is left out) and the diagnostics.</summary>
    internal sealed record DocumentResult(DocumentSpec? Document, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>An article of a corpus: its document, its Id and the identifier of its property.</summary>
    internal sealed record ArticleSpec(DocumentSpec Document, string Id, string Identifier, AnnotationsSpec Annotations);

    /// <summary>One corpus: a generated class with its articles in FileName order.</summary>
    internal sealed record CorpusSpec(string Namespace, string ClassName, EquatableArray<ArticleSpec> Articles, EquatableArray<MetadataField> Metadata)
    {
        /// <summary>The gazetteer's entities (empty without an <c>Entities</c> file).</summary>
        public EquatableArray<EntitySpec> Entities { get; init; }

        /// <summary>The property name of each entity in the generated <c>Entities</c> class.</summary>
        public EquatableArray<string> EntityIdentifiers { get; init; }

        /// <summary>
        /// The most articles that get a property each on the corpus class: the runtime refuses a type
        /// of more than 65,535 methods, and a property is a method; the rest of the class stays below 1,000.
        /// </summary>
        public const int MaxArticleProperties = 64_000;

        /// <summary>Whether the <c>&lt;Corpus&gt;</c> item asks for a property per article (unless it says <c>ArticleProperties="false"</c>).</summary>
        public bool ArticlePropertiesWanted => Articles.Count == 0 || Articles[0].Document.ArticleProperties;

        /// <summary>More articles than a class can have a property for (<see cref="MaxArticleProperties"/>).</summary>
        public bool TooManyForArticleProperties => Articles.Count > MaxArticleProperties;

        /// <summary>Whether each article gets a property of its own: wanted, and not too many.</summary>
        public bool ArticleProperties => HasArticleProperties(ArticlePropertiesWanted, Articles.Count);

        /// <summary>The rule of <see cref="ArticleProperties"/>, for the builder, which needs it before the corpus exists.</summary>
        public static bool HasArticleProperties(bool wanted, int articles) => wanted && articles <= MaxArticleProperties;

        /// <summary>
        /// Whether the image goes into a manifest resource written by the build step (<c>Storage="Resource"</c>)
        /// instead of into the generated source as <c>"…"u8</c> literals.
        /// </summary>
        public bool ResourceImage => Articles.Count > 0 && Articles[0].Document.ResourceImage;

        /// <summary>The generated article type: CorpusGen.Article, or {ClassName}Article when the corpus has front matter.</summary>
        public string ArticleType => Metadata.Count == 0 ? "global::CorpusGen.Article" : ClassName + "Article";
    }

    /// <summary>A corpus (null when its options are invalid) and the corpus-wide diagnostics.</summary>
    internal sealed record CorpusResult(CorpusSpec? Corpus, EquatableArray<DiagnosticInfo> Diagnostics);
}

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
        string? InvalidMaxDocumentBytes);

    /// <summary>A paragraph: where it is in the article's Text and in its RawText.</summary>
    internal readonly record struct ParagraphSpec(int Start, int Length, int Kind, int RawStart, int RawLength);

    /// <summary>A sentence: its paragraph and where it is in the article's Text.</summary>
    internal readonly record struct SentenceSpec(int Paragraph, int Start, int Length);

    /// <summary>A word: where it is in the article's Text.</summary>
    internal readonly record struct TokenSpec(int Start, int Length);

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
        string? InvalidMaxDocumentBytes);

    /// <summary>The result of analysing one file: the document (null when it is left out) and the diagnostics.</summary>
    internal sealed record DocumentResult(DocumentSpec? Document, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>An article of a corpus: its document, its Id and the identifier of its property.</summary>
    internal sealed record ArticleSpec(DocumentSpec Document, string Id, string Identifier);

    /// <summary>One corpus: a generated class with its articles in FileName order.</summary>
    internal sealed record CorpusSpec(string Namespace, string ClassName, EquatableArray<ArticleSpec> Articles);

    /// <summary>A corpus (null when its options are invalid) and the corpus-wide diagnostics.</summary>
    internal sealed record CorpusResult(CorpusSpec? Corpus, EquatableArray<DiagnosticInfo> Diagnostics);
}

namespace CorpusGen.Generator
{
    /// <summary>Names of the pipeline steps, used by <c>WithTrackingName</c> and by the incremental tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Corpus files picked out of AdditionalFiles with their options (cheap, per file).</summary>
        public const string CorpusFiles = nameof(CorpusFiles);
        /// <summary>One analysed document per file (the expensive step, cached per file).</summary>
        public const string Documents = nameof(Documents);
        /// <summary>One parsed gazetteer per <c>Entities</c> file.</summary>
        public const string Gazetteers = nameof(Gazetteers);
        /// <summary>Entities, quotes, quantities and dates of one document (cached per document and gazetteer).</summary>
        public const string Annotations = nameof(Annotations);
        /// <summary>One model per corpus: ordered articles, Ids, identifiers.</summary>
        public const string Corpora = nameof(Corpora);
        /// <summary>Whether the project's C# version can hold UTF-8 literals.</summary>
        public const string LanguageVersion = nameof(LanguageVersion);
    }
}

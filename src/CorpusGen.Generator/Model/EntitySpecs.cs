namespace CorpusGen.Generator.Model
{
    // Models of the [entities] stage: the gazetteer of a corpus and what was found in each article.
    // Plain values only, as for every model (see Specs.cs).

    /// <summary>An entity of a gazetteer: its canonical name, its kind and its other names.</summary>
    internal sealed record EntitySpec(string Name, string Kind, EquatableArray<string> Aliases);

    /// <summary>The gazetteer of one corpus (the <c>Entities</c> file of its &lt;Corpus&gt; item).</summary>
    internal sealed record GazetteerSpec(string ClassName, string Namespace, string FilePath, EquatableArray<EntitySpec> Entities);

    /// <summary>A gazetteer (null when it cannot be read at all) and the problems found in it.</summary>
    internal sealed record GazetteerResult(GazetteerSpec? Gazetteer, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A linked mention: the entity's index in the gazetteer and where it is in the article's Text.</summary>
    internal readonly record struct MentionSpec(int Entity, int Sentence, int Start, int Length, int How, int EditDistance);

    /// <summary>A quote: the quoted words in the article's Text, and the speaker (entity + 1, 0 for none) and speaker phrase (length 0 for none).</summary>
    internal readonly record struct QuoteSpec(int Start, int Length, int Sentence, int SpeakerPlusOne, int SpeakerStart, int SpeakerLength);

    /// <summary>A quantity: its span, its value as an invariant decimal string and its unit as written.</summary>
    internal sealed record QuantitySpec(int Start, int Length, string Value, string Unit);

    /// <summary>A date mention: its span, the resolved day (DateOnly day number + 1; 0 unresolved), the precision and whether it is relative.</summary>
    internal readonly record struct DateMentionSpec(int Start, int Length, int ResolvedDayPlusOne, int Precision, bool Relative);

    /// <summary>A capitalised name or acronym that no gazetteer entry matched.</summary>
    internal readonly record struct UnlinkedSpec(int Start, int Length, int Sentence);

    /// <summary>What the entity stage found in one document, keyed by the document's path.</summary>
    internal sealed record AnnotationsSpec(
        string FilePath,
        EquatableArray<MentionSpec> Mentions,
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<QuantitySpec> Quantities,
        EquatableArray<DateMentionSpec> Dates,
        EquatableArray<UnlinkedSpec> Unlinked)
    {
        public static AnnotationsSpec Empty(string filePath) =>
            new AnnotationsSpec(filePath, default, default, default, default, default);
    }

    /// <summary>The annotations of one document and the diagnostics (near-miss spellings).</summary>
    internal sealed record AnnotationsResult(AnnotationsSpec Annotations, EquatableArray<DiagnosticInfo> Diagnostics);
}

using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>A known entity: what texts are matched against.</summary>
    /// <param name="Name">The canonical name as it is written, e.g. "Mark Rutte", "VVD", "The Hague".</param>
    /// <param name="Kind">What it is ("Person", "Party", "Place" …). Only "Person" (any case) changes the matching: it enables surname and title rules.</param>
    /// <param name="Aliases">Other names, written as they appear in text ("Teflon Mark", "Christian Union"). May be empty.</param>
    public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Aliases);

    /// <summary>How a mention was linked to its entity.</summary>
    public enum MentionMatch
    {
        /// <summary>The canonical name, as written (up to curly apostrophes and diacritics).</summary>
        Name = 0,
        /// <summary>One of the aliases.</summary>
        Alias = 1,
        /// <summary>A person's surname alone, after the person was named earlier in the text or right after a title ("Mr. Rutte").</summary>
        Surname = 2,
        /// <summary>A name or alias in capitals and digits ("VVD", "D66"), matched in exactly that case.</summary>
        Acronym = 3,
        /// <summary>A capitalised run of words within a small edit distance of a long name or alias ("ChritenUnie").</summary>
        NearMiss = 4,
    }

    /// <summary>A place where the text names a gazetteer entity.</summary>
    /// <param name="Entity">The entity: an index into the entries the matcher was built with.</param>
    /// <param name="Start">Where the name starts in the text (UTF-16 code units).</param>
    /// <param name="Length">The name as written, without a title in front and without a possessive "’s" or "’" at its end ("Rutte" in "Mr. Rutte’s").</param>
    /// <param name="Sentence">The index of the sentence the mention is in, or -1 when it is in none.</param>
    /// <param name="How">Which rule linked it.</param>
    /// <param name="EditDistance">The edit distance to the name or alias for <see cref="MentionMatch.NearMiss"/>; 0 otherwise.</param>
    /// <param name="Title">The title in front of a person's name, as written ("Mr.", "Prime Minister", "Finance Minister"), or null.</param>
    public sealed record FoundMention(int Entity, int Start, int Length, int Sentence, MentionMatch How, int EditDistance, string? Title);

    /// <summary>A capitalised name or acronym in the text that matched no gazetteer entry.</summary>
    /// <param name="Start">Where it starts in the text.</param>
    /// <param name="Length">Its length, without a possessive.</param>
    /// <param name="Sentence">The index of its sentence, or -1.</param>
    /// <param name="Text">The name as written.</param>
    public sealed record UnlinkedName(int Start, int Length, int Sentence, string Text);

    /// <summary>What <see cref="EntityMatcher.Match"/> found in one text, each list in text order.</summary>
    public sealed record EntityMatches(IReadOnlyList<FoundMention> Mentions, IReadOnlyList<UnlinkedName> Unlinked);
}

using System;
using System.Collections.Generic;

namespace CorpusGen.Search
{
    /// <summary>How a clause takes part in a query, as in Lucene's classic syntax.</summary>
    public enum Occur
    {
        /// <summary>A plain clause: an article matching it scores higher (ranked OR).</summary>
        Should = 0,
        /// <summary><c>+clause</c>: every hit matches it.</summary>
        Must = 1,
        /// <summary><c>-clause</c>: no hit matches it.</summary>
        MustNot = 2,
    }

    /// <summary>The fields a clause searches. Both by default; <c>title:</c> or <c>body:</c> narrows it.</summary>
    [Flags]
    public enum SearchFields
    {
        Title = 1,
        Body = 2,
        All = Title | Body,
    }

    /// <summary>One clause of a parsed query.</summary>
    public abstract record QueryClause(Occur Occur);

    /// <summary>
    /// Words that must stand together, in order (a single word is a one-word phrase). Terms are as
    /// indexed (normalized, and filtered as the corpus was); <see cref="Offsets"/> gives each term's
    /// position relative to the first, so a dropped stop word leaves its gap ("minister of finance").
    /// </summary>
    public sealed record PhraseClause(Occur Occur, SearchFields Fields, IReadOnlyList<string> Terms, IReadOnlyList<int> Offsets) : QueryClause(Occur)
    {
        public PhraseClause(Occur occur, SearchFields fields, IReadOnlyList<string> terms)
            : this(occur, fields, terms, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Range(0, terms.Count)))
        {
        }

        public bool Equals(PhraseClause? other) =>
            other is not null && Occur == other.Occur && Fields == other.Fields &&
            System.Linq.Enumerable.SequenceEqual(Terms, other.Terms) && System.Linq.Enumerable.SequenceEqual(Offsets, other.Offsets);

        public override int GetHashCode() => HashCode.Combine(Occur, Fields, Terms.Count);
    }

    /// <summary>Words starting with a prefix (<c>migra*</c>); the prefix is normalized. Every match scores 1, as Lucene's constant-score rewrite does.</summary>
    public sealed record PrefixClause(Occur Occur, SearchFields Fields, string Prefix) : QueryClause(Occur);

    /// <summary>A date filter (<c>date:2023-07-08</c>, <c>date:[2023-01-01 TO 2023-12-31]</c>): it narrows the hits and does not score.</summary>
    public sealed record DateClause(Occur Occur, DateOnly From, DateOnly To) : QueryClause(Occur);
}

using System;

namespace CorpusGen.Search
{
    /// <summary>
    /// A search query that cannot be parsed: an unclosed quote or range, an operator with nothing
    /// after it, a lone <c>*</c>, an unknown field, a date that is not a date. The only exception
    /// <c>Search</c> throws for query text.
    /// </summary>
    public sealed class QuerySyntaxException : FormatException
    {
        public QuerySyntaxException(string message, int position)
            : base($"{message} (at character {position}).")
        {
            Position = position;
        }

        /// <summary>Where in the query text the problem is (0-based, UTF-16 code units).</summary>
        public int Position { get; }
    }
}

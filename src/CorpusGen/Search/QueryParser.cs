using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using CorpusGen.Analysis;

namespace CorpusGen.Search
{
    /// <summary>
    /// Parses the basics of Lucene's classic query syntax: <c>word</c> (ranked OR), <c>"exact phrase"</c>,
    /// <c>+required</c>, <c>-excluded</c>, <c>prefix*</c>, <c>title:word</c> / <c>body:word</c>, and the
    /// date filters <c>date:2023-07-08</c> and <c>date:[2023-01-01 TO 2023-12-31]</c>. Words go through
    /// the same <see cref="Tokenizer"/> as the corpus; a word that is several tokens ("e-mail's") is a
    /// phrase, a word that is none (punctuation) is dropped.
    /// </summary>
    public static class QueryParser
    {
        /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
        /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
        public static IReadOnlyList<QueryClause> Parse(string query) => Parse(query, TermFilter.None);

        /// <summary>Parses <paramref name="query"/> for an index built with <paramref name="filter"/> (stop words, stemming).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="query"/> or <paramref name="filter"/> is null.</exception>
        /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
        public static IReadOnlyList<QueryClause> Parse(string query, TermFilter filter)
        {
            if (query is null) throw new ArgumentNullException(nameof(query));
            if (filter is null) throw new ArgumentNullException(nameof(filter));
            var clauses = new QueryClause[4];
            int clauseCount = 0;
            int i = 0;
            while (true)
            {
                while (i < query.Length && char.IsWhiteSpace(query[i])) i++;
                if (i >= query.Length) break;

                int clauseStart = i;
                Occur occur = Occur.Should;
                if (query[i] == '+' || query[i] == '-')
                {
                    occur = query[i] == '+' ? Occur.Must : Occur.MustNot;
                    i++;
                    if (i >= query.Length || char.IsWhiteSpace(query[i])) throw SignWithoutOperand(query[clauseStart], clauseStart);
                }

                SearchFields fields = SearchFields.All;
                int colon = FieldColon(query, i);
                if (colon > 0)
                {
                    string field = query.Substring(i, colon - i);
                    int valueStart = colon + 1;
                    if (string.Equals(field, "date", StringComparison.OrdinalIgnoreCase))
                    {
                        ArrayGrowth.Append(ref clauses, ref clauseCount, ParseDate(query, ref i, valueStart, occur));
                        continue;
                    }
                    fields = field.ToLowerInvariant() switch
                    {
                        "title" => SearchFields.Title,
                        "body" => SearchFields.Body,
                        _ => throw UnknownField(field, i),
                    };
                    i = valueStart;
                    if (i >= query.Length || char.IsWhiteSpace(query[i])) throw FieldWithoutValue(field, i);
                }

                if (query[i] == '"')
                {
                    int close = PlainText.IndexOf(query, '"', i + 1);
                    if (close < 0) throw SyntaxError("this quote is never closed", i);
                    AddWords(ref clauses, ref clauseCount, occur, fields, query.Substring(i + 1, close - i - 1), filter);
                    i = close + 1;
                    continue;
                }

                int end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] != '"') end++;
                string word = query.Substring(i, end - i);
                if (word.EndsWith("*", StringComparison.Ordinal))
                {
                    Token[] tokens = Tokenizer.TokenArray(word.Substring(0, word.Length - 1));
                    if (tokens.Length == 0) throw SyntaxError("'*' must end a word of at least one letter or digit", end - 1);
                    if (tokens.Length > 1 || tokens[0].Start + tokens[0].Length != word.Length - 1)
                    {
                        throw SyntaxError("'*' must end a single word", end - 1);
                    }
                    ArrayGrowth.Append(ref clauses, ref clauseCount, new PrefixClause(occur, fields, tokens[0].Normalized));
                }
                else
                {
                    AddWords(ref clauses, ref clauseCount, occur, fields, word, filter);
                }
                i = end;
            }
            return ArrayGrowth.Trim(clauses, clauseCount);
        }

        private static void AddWords(ref QueryClause[] clauses, ref int clauseCount, Occur occur, SearchFields fields, string text, TermFilter filter)
        {
            Token[] tokens = Tokenizer.TokenArray(text);
            var terms = new string[tokens.Length];
            var offsets = new int[tokens.Length];
            int count = 0;
            int first = -1;
            for (int t = 0; t < tokens.Length; t++)
            {
                string? term = filter.Apply(tokens[t].Normalized);
                if (term is null) continue;
                if (first < 0) first = t;
                terms[count] = term;
                offsets[count++] = t - first;
            }
            if (count > 0) ArrayGrowth.Append(ref clauses, ref clauseCount, new PhraseClause(occur, fields, ArrayGrowth.Trim(terms, count), ArrayGrowth.Trim(offsets, count)));
        }

        /// <summary>The position of the ':' of a "field:" prefix at <paramref name="start"/>, or -1.</summary>
        private static int FieldColon(string query, int start)
        {
            int i = start;
            while (i < query.Length && char.IsLetter(query[i])) i++;
            return i > start && i < query.Length && query[i] == ':' ? i : -1;
        }

        private static DateClause ParseDate(string query, ref int i, int valueStart, Occur occur)
        {
            if (valueStart < query.Length && query[valueStart] == '[')
            {
                int close = query.IndexOf(']', valueStart);
                if (close < 0) throw SyntaxError("this date range is never closed with ']'", valueStart);
                string[] parts = query.Substring(valueStart + 1, close - valueStart - 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 3 || parts[1] != "TO") throw SyntaxError("a date range reads [YYYY-MM-DD TO YYYY-MM-DD]", valueStart);
                DateOnly from = ParseDay(parts[0], valueStart + 1), to = ParseDay(parts[2], valueStart + 1);
                i = close + 1;
                return new DateClause(occur, from, to);
            }
            int end = valueStart;
            while (end < query.Length && !char.IsWhiteSpace(query[end])) end++;
            DateOnly day = ParseDay(query.Substring(valueStart, end - valueStart), valueStart);
            i = end;
            return new DateClause(occur, day, day);
        }

        private static DateOnly ParseDay(string text, int position) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
                ? day
                : throw NotADate(text, position);

        // The errors are made out of line, as in CorpusImage and ImageResource: a method that
        // constructs an exception or formats a message makes the runtime load those types before its
        // first call, error or not (about 20 µs of a process's first search).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static QuerySyntaxException SyntaxError(string message, int position) => new QuerySyntaxException(message, position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static QuerySyntaxException SignWithoutOperand(char sign, int position) =>
            SyntaxError($"'{sign}' must stand right before a word, a phrase or a field", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static QuerySyntaxException UnknownField(string field, int position) =>
            SyntaxError($"unknown field '{field}' (use title:, body: or date:)", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static QuerySyntaxException FieldWithoutValue(string field, int position) =>
            SyntaxError($"'{field}:' must be followed by a word or a phrase", position);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static QuerySyntaxException NotADate(string text, int position) =>
            SyntaxError($"'{text}' is not a date (YYYY-MM-DD)", position);
    }
}

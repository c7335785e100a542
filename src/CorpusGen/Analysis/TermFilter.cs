using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// What becomes of a normalized word before it is indexed or searched: with stop words on,
    /// common English words are dropped; with stemming on, words are reduced to their Porter stem.
    /// Both are off by default (see <see cref="None"/>). The corpus records which filter built its
    /// index, and query text goes through the same one.
    /// </summary>
    public sealed class TermFilter
    {
        /// <summary>The stop words of Lucene's English analyzer.</summary>
        public static IReadOnlyCollection<string> EnglishStopWords => StopWordSet.English;

        // A class of its own, so that the set is built when a filter with stop words first needs it,
        // not whenever the class is first used (every search and index uses TermFilter.None).
        private static class StopWordSet
        {
            internal static readonly HashSet<string> English = new(StringComparer.Ordinal)
            {
                "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
                "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
            };
        }

        private TermFilter(bool stopWords, bool stemming)
        {
            StopWords = stopWords;
            Stemming = stemming;
        }

        /// <summary>
        /// Every word indexed as normalized: the default. Phrase queries stay exact, BM25's idf already
        /// weighs common words down, highlights mark exactly what was typed, and nothing assumes English.
        /// </summary>
        public static TermFilter None { get; } = new TermFilter(false, false);

        public static TermFilter Create(bool stopWords, bool stemming) =>
            stopWords || stemming ? new TermFilter(stopWords, stemming) : None;

        public bool StopWords { get; }

        public bool Stemming { get; }

        /// <summary>The term to index or search for a normalized word, or null when the word is a stop word.</summary>
        public string? Apply(string normalized)
        {
            if (StopWords && StopWordSet.English.Contains(normalized)) return null;
            return Stemming ? PorterStemmer.Stem(normalized) : normalized;
        }
    }
}

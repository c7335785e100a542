using System;

namespace CorpusGen.Analysis
{
    /// <summary>How a quote is tied to its speaker; see <see cref="QuoteFinder"/>.</summary>
    public enum QuoteAttribution
    {
        /// <summary>No attribution was found next to the quote.</summary>
        None = 0,
        /// <summary>"X said" / "X says" / "X, saying".</summary>
        Said = 1,
        /// <summary>"said X" / "says X" right after the quote.</summary>
        SaidInverted = 2,
        /// <summary>"X told …".</summary>
        Told = 3,
        /// <summary>"according to X".</summary>
        AccordingTo = 4,
        /// <summary>"X wrote (on …)" / "writes X".</summary>
        Wrote = 5,
        /// <summary>"X added" / "adds X" / "…, adding".</summary>
        Added = 6,
        /// <summary>"X stated" / "…, stating".</summary>
        Stated = 7,
        /// <summary>"X tweeted".</summary>
        Tweeted = 8,
        /// <summary>"X reported" / "reports X".</summary>
        Reported = 9,
        /// <summary>Another verb of saying: acknowledged, asserted, announced, emphasised, insisted, claimed, warned, explained, confirmed, stressed, argued, declared, replied, noted.</summary>
        OtherVerb = 10,
    }

    /// <summary>A quotation found by <see cref="QuoteFinder"/>. Positions are UTF-16 offsets into the text searched.</summary>
    /// <param name="Start">Where the quoted words start (after the opening quote mark).</param>
    /// <param name="Length">How long the quoted words are, without the closing quote mark.</param>
    /// <param name="Sentence">The index of the sentence the quote starts in (-1 when no sentence holds it).</param>
    /// <param name="Speaker">The speaker phrase as written ("Rutte", "Prime Minister Mark Rutte", "he", "the minister"), or null.</param>
    /// <param name="Attribution">How the speaker is tied to the quote.</param>
    public sealed record FoundQuote(int Start, int Length, int Sentence, TextRange? Speaker, QuoteAttribution Attribution)
    {
        /// <summary>
        /// The name the speaker stands for: the speaker itself when it is a name; for a pronoun speaker
        /// the name of the quote before it (same or previous paragraph), or, when there is no such quote,
        /// a titled or multi-word name in the sentence before. A quote that opens a paragraph right after
        /// a paragraph ending in a quote (a continued quotation) takes that quote's name. Null when unknown;
        /// "the …" phrases are not resolved.
        /// </summary>
        public TextRange? SpeakerName { get; init; }
    }

    /// <summary>A number with what it counts, found by <see cref="QuantityFinder"/>.</summary>
    /// <param name="Start">Where the whole mention starts (the currency sign or the number).</param>
    /// <param name="Length">The whole mention: number, multiplier and unit ("30,000 asylum seekers", "$5 million").</param>
    /// <param name="Value">The value, multiplier applied ("1.5 billion" → 1500000000).</param>
    /// <param name="Unit">The unit as written ("asylum seekers", "per month", "%", "€"), or "" when none.</param>
    public sealed record FoundQuantity(int Start, int Length, decimal Value, string Unit);

    /// <summary>How exact a <see cref="FoundDateMention"/> is.</summary>
    public enum DatePrecision
    {
        /// <summary>A calendar day.</summary>
        Day = 0,
        /// <summary>A month; the resolved date is its first day.</summary>
        Month = 1,
        /// <summary>A year; the resolved date is 1 January.</summary>
        Year = 2,
    }

    /// <summary>A mention of a date, found by <see cref="DateMentionFinder"/>.</summary>
    /// <param name="Start">Where the date words start.</param>
    /// <param name="Length">How long they are ("Friday", "8 July 2023", "last year").</param>
    /// <param name="Resolved">The date meant (time 00:00, kind unspecified), or null when it needs an article date there is not.</param>
    /// <param name="Precision">Day, month or year.</param>
    /// <param name="Relative">True when the words only make sense against the article date ("Friday", "yesterday", "last year").</param>
    public sealed record FoundDateMention(int Start, int Length, DateTime? Resolved, DatePrecision Precision, bool Relative);
}

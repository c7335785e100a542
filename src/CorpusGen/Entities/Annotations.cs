using System;
using CorpusGen.Analysis;

namespace CorpusGen
{
    /// <summary>A place where an article names an entity of the gazetteer.</summary>
    public sealed class Mention
    {
        internal Mention(Article article, Entity entity, int sentence, int start, int length, MentionMatch how, int editDistance)
        {
            Article = article;
            Entity = entity;
            SentenceIndex = sentence;
            Start = start;
            Length = length;
            How = how;
            EditDistance = editDistance;
        }

        public Article Article { get; }

        public Entity Entity { get; }

        /// <summary>The index of the mention's sentence in <see cref="Article.Sentences"/>, or -1.</summary>
        public int SentenceIndex { get; }

        /// <summary>The mention's sentence, or null.</summary>
        public Sentence? Sentence => SentenceIndex < 0 ? null : Article.Sentences[SentenceIndex];

        /// <summary>Where the name starts in <see cref="Article.Text"/> (a title in front and a possessive "’s" are not part of it).</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The name as written ("Rutte" in "Mr. Rutte’s", "ChritenUnie").</summary>
        public string Text => Article.Text.Substring(Start, Length);

        /// <summary>Which rule linked it: name, alias, surname, acronym or near miss.</summary>
        public MentionMatch How { get; }

        /// <summary>For a near miss, the edit distance to the name or alias; 0 otherwise.</summary>
        public int EditDistance { get; }

        public override string ToString() => $"{Text} → {Entity.Name}";
    }

    /// <summary>Words an article quotes, and who said them where the text says.</summary>
    public sealed class Quote
    {
        internal Quote(Article article, int start, int length, int sentence, Entity? speaker, int speakerStart, int speakerLength)
        {
            Article = article;
            Start = start;
            Length = length;
            SentenceIndex = sentence;
            Speaker = speaker;
            SpeakerStart = speakerStart;
            SpeakerLength = speakerLength;
        }

        public Article Article { get; }

        /// <summary>Where the quoted words start in <see cref="Article.Text"/> (after the opening quote mark).</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The quoted words, without the quote marks (a quote spanning sentences or paragraphs is whole).</summary>
        public string Text => Article.Text.Substring(Start, Length);

        /// <summary>The index of the sentence the quote starts in, or -1.</summary>
        public int SentenceIndex { get; }

        /// <summary>The sentence the quote starts in, or null.</summary>
        public Sentence? Sentence => SentenceIndex < 0 ? null : Article.Sentences[SentenceIndex];

        /// <summary>The entity the quote is attributed to ("…," Rutte said), or null when none is named or linked.</summary>
        public Entity? Speaker { get; }

        /// <summary>Where the speaker phrase is ("he", "Mr. Rutte", "the minister"); length 0 when there is none.</summary>
        public int SpeakerStart { get; }

        public int SpeakerLength { get; }

        /// <summary>The speaker phrase as written, or null.</summary>
        public string? SpeakerText => SpeakerLength == 0 ? null : Article.Text.Substring(SpeakerStart, SpeakerLength);

        public override string ToString() => Speaker is null ? $"“{Text}”" : $"“{Text}” — {Speaker.Name}";
    }

    /// <summary>A number with what it counts: "200 per month", "30,000 asylum seekers", "$5 million".</summary>
    public sealed class Quantity
    {
        internal Quantity(Article article, int start, int length, decimal value, string unit)
        {
            Article = article;
            Start = start;
            Length = length;
            Value = value;
            Unit = unit;
        }

        public Article Article { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>The whole span as written.</summary>
        public string Text => Article.Text.Substring(Start, Length);

        /// <summary>The value, with a multiplier applied ("1.5 billion" is 1500000000).</summary>
        public decimal Value { get; }

        /// <summary>The unit as written ("asylum seekers", "per month", "%", "€"), or "".</summary>
        public string Unit { get; }

        public override string ToString() => Text;
    }

    /// <summary>A mention of a date: "January 2022", "2010", "on Friday" (resolved against the article's date).</summary>
    public sealed class DateMention
    {
        internal DateMention(Article article, int start, int length, DateOnly? resolved, DatePrecision precision, bool relative)
        {
            Article = article;
            Start = start;
            Length = length;
            Resolved = resolved;
            Precision = precision;
            IsRelative = relative;
        }

        public Article Article { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>The date words as written ("Friday", "January 2022").</summary>
        public string Text => Article.Text.Substring(Start, Length);

        /// <summary>The date meant (a month's or year's first day), or null when it is relative and the article has no date.</summary>
        public DateOnly? Resolved { get; }

        /// <summary>Day, month or year.</summary>
        public DatePrecision Precision { get; }

        /// <summary>True for words that need the article's date ("Friday", "last year").</summary>
        public bool IsRelative { get; }

        public override string ToString() => Resolved is { } d ? $"{Text} = {d:yyyy-MM-dd}" : Text;
    }

    /// <summary>A capitalised name or acronym that is not in the gazetteer (a candidate to add to it).</summary>
    public sealed class UnlinkedMention
    {
        internal UnlinkedMention(Article article, int start, int length, int sentence)
        {
            Article = article;
            Start = start;
            Length = length;
            SentenceIndex = sentence;
        }

        public Article Article { get; }

        public int Start { get; }

        public int Length { get; }

        public string Text => Article.Text.Substring(Start, Length);

        /// <summary>The index of its sentence in <see cref="Article.Sentences"/>, or -1.</summary>
        public int SentenceIndex { get; }

        public override string ToString() => Text;
    }
}

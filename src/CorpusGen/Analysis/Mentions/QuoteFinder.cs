using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Finds quotations in an article's text and who said them. The rules:
    /// <list type="bullet">
    /// <item>Quote marks: curly “ (and „) open, ” closes; a straight " opens when it follows white space, the
    /// start or punctuation and is followed by a non-space character, and closes an open quote otherwise.
    /// A quote runs over sentences. At a paragraph end an open quote continues only when the next paragraph
    /// opens with a quote mark (news convention); otherwise the unclosed quote is dropped.</item>
    /// <item>Single quotes (‘ ’ ') are never quote marks here: nested quotes stay part of the outer quote and
    /// apostrophes (Rutte’s, don't, '90s) cannot be mistaken for quotes. Top-level single-quoted speech is not found.</item>
    /// <item>A quote's range is the quoted words without the marks, trimmed; a quote continued over paragraphs
    /// includes the paragraph break and the continuation's opening mark.</item>
    /// <item>Scare quotes are dropped: three words or fewer, no . ! ? … inside, and no attribution
    /// (a “Bible Belt”, “emergency button”). A short quote with an attribution ("announced that they were
    /// “irreconcilable”") is kept.</item>
    /// <item>Attribution is looked for outside quote marks, in the sentence the quote starts in (the last
    /// 14 words before it) and the sentence it ends in (the first 8 words after it; when nothing follows in
    /// that sentence, a following sentence of at most 6 words without quotes, as in “… .” Rutte said.).
    /// A quote whose words end with a comma looks after itself first, any other before itself first.
    /// The first verb of saying met decides: said/says (<see cref="QuoteAttribution.Said"/>, or
    /// <see cref="QuoteAttribution.SaidInverted"/> for “…,” said X), told, according to, wrote/writes, added/adds,
    /// stated, tweeted, reported/reports, and other verbs of saying (<see cref="QuoteAttribution.OtherVerb"/>).</item>
    /// <item>The speaker is the subject just before the verb — a capitalised name run with its titles ("Mr. Rutte",
    /// "Prime Minister Mark Rutte"), a pronoun (he, she, they) or "the" and up to four lower-case words —
    /// skipping an apposition between commas ("Marjolein Faber, PVV Minister, wrote"; "Rutte, 56, said");
    /// after an inverted verb right behind the quote it is the phrase after the verb ("says the website of the
    /// broadcaster NOS"). A verb without its own subject ("…, adding that it “…”", "but asserted “…”") takes the
    /// speaker of the previous quote in the same sentence; a participle (saying, adding, stating, writing) may
    /// also take the subject of an earlier verb of saying in the same sentence ("Wilders said …, stating that “…”").
    /// An attribution verb without any speaker counts as no attribution. An attribution found after a quote is used up:
    /// the next quote looks for its own only after it ("“…,” Rutte said on Friday, calling it a “historic day”" gives one quote).</item>
    /// </list>
    /// Indirect speech ("X said that …") has no quote marks and is not reported. Deterministic, linear in the text.
    /// </summary>
    public static class QuoteFinder
    {
        private const int WordsBefore = 14;
        private const int WordsAfter = 8;
        /// <summary>How far (UTF-16 code units) from a quote attribution is looked for, so that huge sentences stay linear.</summary>
        private const int MaxSegment = 1500;

        private readonly struct Pair
        {
            public Pair(int open, int close) { Open = open; Close = close; }
            /// <summary>The opening mark.</summary>
            public int Open { get; }
            /// <summary>The closing mark.</summary>
            public int Close { get; }
        }

        private readonly struct Item
        {
            public Item(int start, int end, string text, bool isWord) { Start = start; End = end; Text = text; IsWord = isWord; }
            public int Start { get; }
            public int End { get; }
            public string Text { get; }
            public bool IsWord { get; }
        }

        private enum SpeakerKind { Name, Pronoun, Phrase }

        private sealed class Attributed
        {
            public Attributed(TextRange speaker, SpeakerKind kind, QuoteAttribution attribution) { Speaker = speaker; Kind = kind; Attribution = attribution; }
            /// <summary>Set when found after the quote: where the attribution ends, so the next quote does not take it again.</summary>
            public int ConsumedUntil { get; set; } = -1;
            public TextRange Speaker { get; }
            public SpeakerKind Kind { get; }
            public QuoteAttribution Attribution { get; }
        }

        private sealed class Verb
        {
            public Verb(QuoteAttribution attribution, bool participle) { Attribution = attribution; Participle = participle; }
            public QuoteAttribution Attribution { get; }
            public bool Participle { get; }
        }

        private static readonly Dictionary<string, Verb> Verbs = CreateVerbs();

        private static readonly HashSet<string> Titles = new HashSet<string>(StringComparer.Ordinal)
        {
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "St", "Minister", "President", "Premier", "Chancellor", "Mayor", "Senator", "Governor",
        };

        private static readonly HashSet<string> NameParticles = new HashSet<string>(StringComparer.Ordinal) { "van", "de", "der", "den", "von", "da", "di", "le", "la", "bin", "al" };

        private static readonly HashSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

        private static readonly HashSet<string> SkippableBeforeVerb = new HashSet<string>(StringComparer.Ordinal)
        {
            "also", "then", "later", "has", "had", "have", "previously", "reportedly", "once", "again", "earlier", "further",
        };

        private static Dictionary<string, Verb> CreateVerbs()
        {
            var verbs = new Dictionary<string, Verb>(StringComparer.Ordinal);
            void Add(QuoteAttribution a, bool participle, params string[] words)
            {
                foreach (string w in words) verbs[w] = new Verb(a, participle);
            }
            Add(QuoteAttribution.Said, false, "said", "says", "say");
            Add(QuoteAttribution.Said, true, "saying");
            Add(QuoteAttribution.Told, false, "told", "tells", "tell");
            Add(QuoteAttribution.AccordingTo, false, "according");
            Add(QuoteAttribution.Wrote, false, "wrote", "writes", "write");
            Add(QuoteAttribution.Wrote, true, "writing");
            Add(QuoteAttribution.Added, false, "added", "adds");
            Add(QuoteAttribution.Added, true, "adding");
            Add(QuoteAttribution.Stated, false, "stated", "states");
            Add(QuoteAttribution.Stated, true, "stating");
            Add(QuoteAttribution.Tweeted, false, "tweeted", "tweets");
            Add(QuoteAttribution.Reported, false, "reported", "reports");
            Add(QuoteAttribution.OtherVerb, false, "acknowledged", "asserted", "announced", "emphasised", "emphasized", "insisted", "claimed",
                "warned", "explained", "confirmed", "stressed", "argued", "declared", "replied", "noted");
            return verbs;
        }

        /// <summary>The quotes in <paramref name="text"/>, in text order.</summary>
        /// <param name="text">The article's text (<see cref="DocumentAnalysis.Text"/>).</param>
        /// <param name="sentences">Its sentences, in text order (<see cref="DocumentAnalysis.Sentences"/>).</param>
        public static IReadOnlyList<FoundQuote> Find(string text, IReadOnlyList<AnalyzedSentence> sentences)
        {
            var found = new List<FoundQuote>();
            if (string.IsNullOrEmpty(text)) return found;
            sentences ??= Array.Empty<AnalyzedSentence>();
            List<Pair> pairs = FindPairs(text);
            List<int> paragraphStarts = ParagraphStarts(text);

            var speakers = new Attributed?[pairs.Count];
            var kept = new List<(int Pair, FoundQuote Quote)>();
            for (int q = 0; q < pairs.Count; q++)
            {
                Pair pair = pairs[q];
                int start = pair.Open + 1, end = pair.Close;
                while (start < end && char.IsWhiteSpace(text[start])) start++;
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                if (end <= start) continue;

                int startSentence = SentenceOf(sentences, pair.Open + 1);
                int endSentence = SentenceOf(sentences, pair.Close);
                Attributed? previousInSentence = null;
                if (q > 0 && speakers[q - 1] is not null && SentenceOf(sentences, pairs[q - 1].Close) == startSentence && startSentence >= 0) previousInSentence = speakers[q - 1];

                bool commaEnds = text[end - 1] == ',' || (pair.Close + 1 < text.Length && text[pair.Close + 1] == ',');
                Attributed? attributed = null;
                for (int pass = 0; pass < 2 && attributed is null; pass++)
                {
                    bool after = commaEnds ? pass == 0 : pass == 1;
                    int consumed = q > 0 && speakers[q - 1] is Attributed p ? p.ConsumedUntil : -1;
                    attributed = after
                        ? LookAfter(text, sentences, pairs, paragraphStarts, q, endSentence)
                        : LookBefore(text, sentences, pairs, paragraphStarts, q, startSentence, previousInSentence, consumed);
                }
                speakers[q] = attributed;

                if (attributed is null && IsScareQuote(text, start, end)) continue;
                var quote = new FoundQuote(start, end - start, startSentence, attributed?.Speaker, attributed?.Attribution ?? QuoteAttribution.None);
                quote = quote with { SpeakerName = ResolveName(text, sentences, paragraphStarts, pairs, kept, q, attributed, startSentence) };
                kept.Add((q, quote));
                found.Add(quote);
            }
            return found;
        }

        private static List<Pair> FindPairs(string text)
        {
            var pairs = new List<Pair>();
            int open = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r')
                {
                    if (open < 0) continue;
                    int j = i;
                    while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                    bool paragraphBreak = text.IndexOf('\n', i, j - i) >= 0 && CountBreaks(text, i, j) >= 2;
                    if (!paragraphBreak) continue;
                    if (j < text.Length && (text[j] == '\u201C' || text[j] == '\u201E' || text[j] == '"'))
                    {
                        i = j; // the continuation's opening mark: the quote goes on
                        continue;
                    }
                    open = -1;
                    i = j - 1;
                    continue;
                }
                if (c == '\u201C' || c == '\u201E')
                {
                    open = i;
                }
                else if (c == '\u201D')
                {
                    if (open >= 0) pairs.Add(new Pair(open, i));
                    open = -1;
                }
                else if (c == '"')
                {
                    if (open >= 0)
                    {
                        pairs.Add(new Pair(open, i));
                        open = -1;
                    }
                    else if (IsStraightOpener(text, i))
                    {
                        open = i;
                    }
                }
            }
            return pairs;
        }

        private static int CountBreaks(string text, int from, int to)
        {
            int n = 0;
            for (int k = from; k < to; k++)
            {
                if (text[k] == '\n') n++;
            }
            return n;
        }

        private static bool IsStraightOpener(string text, int i)
        {
            if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
            return i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        }

        private static List<int> ParagraphStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i + 1 < text.Length; i++)
            {
                if (text[i] == '\n' && text[i + 1] == '\n')
                {
                    int j = i;
                    while (j < text.Length && (text[j] == '\n' || text[j] == '\r')) j++;
                    starts.Add(j);
                    i = j - 1;
                }
            }
            return starts;
        }

        private static int IndexAtOrBefore(List<int> starts, int pos)
        {
            int lo = 0, hi = starts.Count - 1, best = 0;
            while (lo <= hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (starts[mid] <= pos) { best = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return best;
        }

        /// <summary>The last sentence starting at or before <paramref name="pos"/>, or -1.</summary>
        private static int SentenceOf(IReadOnlyList<AnalyzedSentence> sentences, int pos)
        {
            int lo = 0, hi = sentences.Count - 1, best = -1;
            while (lo <= hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (sentences[mid].Start <= pos) { best = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return best;
        }

        private static (int Start, int End) SentenceBounds(string text, IReadOnlyList<AnalyzedSentence> sentences, int index)
        {
            if (index < 0 || index >= sentences.Count) return (0, text.Length);
            int start = Math.Max(0, Math.Min(sentences[index].Start, text.Length));
            long end = (long)sentences[index].Start + Math.Max(0, sentences[index].Length);
            return (start, (int)Math.Max(start, Math.Min(end, text.Length)));
        }

        private static Attributed? LookBefore(string text, IReadOnlyList<AnalyzedSentence> sentences, List<Pair> pairs, List<int> paragraphStarts, int q, int sentence, Attributed? previousInSentence, int consumed)
        {
            int hi = pairs[q].Open;
            int lo = SentenceBounds(text, sentences, sentence).Start;
            if (q > 0) lo = Math.Max(lo, pairs[q - 1].Close + 1);
            lo = Math.Max(lo, paragraphStarts[IndexAtOrBefore(paragraphStarts, hi)]);
            lo = Math.Max(lo, hi - MaxSegment);
            lo = Math.Max(lo, consumed);
            if (lo > hi) return null;
            List<Item> items = Lex(text, lo, hi);
            int words = 0;
            for (int k = items.Count - 1; k >= 0; k--)
            {
                if (!items[k].IsWord) continue;
                if (++words > WordsBefore) break;
                if (!TryVerb(items, k, out Verb? verb)) continue;
                if (verb!.Attribution == QuoteAttribution.AccordingTo) return SpeakerAfter(items, k + 2, QuoteAttribution.AccordingTo);
                Attributed? subject = SubjectBefore(items, k, verb.Attribution);
                if (subject is not null) return subject;
                bool elided = verb.Participle || (k > 0 && items[k - 1].IsWord && (items[k - 1].Text == "and" || items[k - 1].Text == "but"));
                if (elided && previousInSentence is not null)
                {
                    return new Attributed(previousInSentence.Speaker, previousInSentence.Kind, verb.Attribution);
                }
                if (verb.Participle)
                {
                    for (int m = k - 1; m >= 0; m--)
                    {
                        if (!TryVerb(items, m, out Verb? earlier) || earlier!.Participle || earlier.Attribution == QuoteAttribution.AccordingTo) continue;
                        Attributed? s = SubjectBefore(items, m, verb.Attribution);
                        if (s is not null) return s;
                    }
                }
                return null;
            }
            return null;
        }

        private static Attributed? LookAfter(string text, IReadOnlyList<AnalyzedSentence> sentences, List<Pair> pairs, List<int> paragraphStarts, int q, int sentence)
        {
            int lo = pairs[q].Close + 1;
            int hi = SentenceBounds(text, sentences, sentence).End;
            int paragraph = IndexAtOrBefore(paragraphStarts, pairs[q].Close);
            int paragraphEnd = paragraph + 1 < paragraphStarts.Count ? paragraphStarts[paragraph + 1] : text.Length;
            int nextOpen = q + 1 < pairs.Count ? pairs[q + 1].Open : text.Length;
            hi = Math.Min(Math.Min(Math.Min(hi, paragraphEnd), nextOpen), lo + MaxSegment);
            if (hi < lo) hi = lo;
            List<Item> items = Lex(text, lo, hi);
            if (!items.Exists(i => i.IsWord) && sentence >= 0 && sentence + 1 < sentences.Count)
            {
                // “… .” Rutte said. — the attribution is a short sentence of its own.
                (int s, int e) = SentenceBounds(text, sentences, sentence + 1);
                if (s >= lo && e <= Math.Min(paragraphEnd, nextOpen) && e - s <= MaxSegment)
                {
                    List<Item> next = Lex(text, s, e);
                    if (next.FindAll(i => i.IsWord).Count <= 6) items = next;
                }
            }
            int words = 0;
            for (int k = 0; k < items.Count; k++)
            {
                if (!items[k].IsWord) continue;
                if (++words > WordsAfter) break;
                if (!TryVerb(items, k, out Verb? verb)) continue;
                Attributed? result;
                if (verb!.Attribution == QuoteAttribution.AccordingTo) result = SpeakerAfter(items, k + 2, QuoteAttribution.AccordingTo);
                else if (words == 1) result = SpeakerAfter(items, k + 1, verb.Attribution == QuoteAttribution.Said ? QuoteAttribution.SaidInverted : verb.Attribution);
                else result = SubjectBefore(items, k, verb.Attribution);
                if (result is not null) result.ConsumedUntil = Math.Max(items[k].End, result.Speaker.Start + result.Speaker.Length);
                return result;
            }
            return null;
        }

        private static bool TryVerb(List<Item> items, int k, out Verb? verb)
        {
            verb = null;
            if (!items[k].IsWord || !Verbs.TryGetValue(items[k].Text, out Verb? v)) return false;
            if (v.Attribution == QuoteAttribution.AccordingTo && !(k + 1 < items.Count && items[k + 1].IsWord && items[k + 1].Text == "to")) return false;
            verb = v;
            return true;
        }

        /// <summary>The words and punctuation marks of [<paramref name="lo"/>, <paramref name="hi"/>); a title keeps its period ("Mr."), a sentence-initial "According" is lower-cased.</summary>
        private static List<Item> Lex(string text, int lo, int hi)
        {
            var items = new List<Item>();
            int i = lo;
            while (i < hi)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (char.IsLetterOrDigit(c))
                {
                    int e = i + 1;
                    while (e < hi && (char.IsLetterOrDigit(text[e]) || (IsWordInner(text[e]) && e + 1 < hi && char.IsLetterOrDigit(text[e + 1])))) e++;
                    string word = text.Substring(i, e - i);
                    if (e < hi && text[e] == '.' && Titles.Contains(word)) e++; // "Mr." keeps its period
                    if (word == "According") word = "according";
                    items.Add(new Item(i, e, word, true));
                    i = e;
                    continue;
                }
                items.Add(new Item(i, i + 1, text.Substring(i, 1), false));
                i++;
            }
            return items;
        }

        private static bool IsWordInner(char c) => c == '-' || c == '\'' || c == '\u2019' || c == '.';

        private static bool IsNameWord(Item item) => item.IsWord && char.IsUpper(item.Text[0]) && !Pronouns.Contains(item.Text);

        /// <summary>The subject just before the verb at <paramref name="k"/>.</summary>
        private static Attributed? SubjectBefore(List<Item> items, int k, QuoteAttribution attribution)
        {
            int j = k - 1;
            while (j >= 0 && items[j].IsWord && SkippableBeforeVerb.Contains(items[j].Text)) j--;
            if (j < 0) return null;
            if (!items[j].IsWord)
            {
                if (items[j].Text != ",") return null;
                int c = j - 1, seen = 0;
                while (c >= 0 && items[c].IsWord && seen < 10) { c--; seen++; }
                if (c < 0 || items[c].Text != "," || seen == 0) return null;
                j = c - 1;
                if (j < 0 || !items[j].IsWord) return null;
            }
            Item w = items[j];
            if (Pronouns.Contains(w.Text)) return new Attributed(new TextRange(w.Start, w.End - w.Start), SpeakerKind.Pronoun, attribution);
            if (IsNameWord(w))
            {
                int first = j;
                while (first - 1 >= 0 && (IsNameWord(items[first - 1]) || (items[first - 1].IsWord && NameParticles.Contains(items[first - 1].Text) && first - 2 >= 0 && IsNameWord(items[first - 2]))))
                {
                    first--;
                }
                if (first == j && items[j].Text == "The") return null;
                return new Attributed(new TextRange(items[first].Start, w.End - items[first].Start), SpeakerKind.Name, attribution);
            }
            // "the minister", "the Dutch prime minister"
            for (int t = j, n = 0; t >= 0 && items[t].IsWord && n <= 4; t--, n++)
            {
                if (items[t].Text == "the" || items[t].Text == "The")
                {
                    if (t == j) return null;
                    return new Attributed(new TextRange(items[t].Start, w.End - items[t].Start), SpeakerKind.Phrase, attribution);
                }
                if (!char.IsLetter(items[t].Text[0]) || MentionText.IsFunctionWord(items[t].Text)) return null;
            }
            return null;
        }

        /// <summary>The speaker phrase starting at <paramref name="k"/>: a name run, a pronoun or a "the …" phrase.</summary>
        private static Attributed? SpeakerAfter(List<Item> items, int k, QuoteAttribution attribution)
        {
            if (k >= items.Count || !items[k].IsWord) return null;
            Item w = items[k];
            if (Pronouns.Contains(w.Text)) return new Attributed(new TextRange(w.Start, w.End - w.Start), SpeakerKind.Pronoun, attribution);
            if (IsNameWord(w) && w.Text != "The")
            {
                int last = k;
                while (last + 1 < items.Count && (IsNameWord(items[last + 1]) || (items[last + 1].IsWord && NameParticles.Contains(items[last + 1].Text) && last + 2 < items.Count && IsNameWord(items[last + 2]))))
                {
                    last++;
                }
                return new Attributed(new TextRange(w.Start, items[last].End - w.Start), SpeakerKind.Name, attribution);
            }
            if (w.Text != "the" && w.Text != "The") return null;
            int end = k, n = 0;
            for (int t = k + 1; t < items.Count && items[t].IsWord && n < 8; t++, n++)
            {
                string word = items[t].Text;
                if (word == "of" && t + 1 < items.Count && items[t + 1].IsWord && end > k) continue; // "the website of the broadcaster NOS"
                if (MentionText.IsFunctionWord(word) && word != "the") break;
                if (word == "the" && !(t > 0 && items[t - 1].Text == "of")) break;
                if (word != "the") end = t;
            }
            if (end == k) return null;
            return new Attributed(new TextRange(w.Start, items[end].End - w.Start), SpeakerKind.Phrase, attribution);
        }

        private static bool IsScareQuote(string text, int start, int end)
        {
            int words = 0;
            bool inWord = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '.' || c == '!' || c == '?' || c == '\u2026') return false;
                if (char.IsWhiteSpace(c)) inWord = false;
                else if (!inWord && char.IsLetterOrDigit(c)) { inWord = true; words++; }
            }
            return words <= 3;
        }

        private static TextRange? ResolveName(string text, IReadOnlyList<AnalyzedSentence> sentences, List<int> paragraphStarts, List<Pair> pairs,
            List<(int Pair, FoundQuote Quote)> kept, int q, Attributed? attributed, int sentence)
        {
            if (attributed is not null && attributed.Kind == SpeakerKind.Name) return attributed.Speaker;
            if (attributed is not null && attributed.Kind == SpeakerKind.Phrase) return null;
            int paragraph = IndexAtOrBefore(paragraphStarts, pairs[q].Open);
            if (kept.Count > 0)
            {
                (int previousPair, FoundQuote previous) = kept[kept.Count - 1];
                int previousParagraph = IndexAtOrBefore(paragraphStarts, pairs[previousPair].Close);
                if (attributed is not null && paragraph - previousParagraph <= 1) return previous.SpeakerName;
                // A continued quotation: an unattributed quote opening the paragraph after a quote.
                if (attributed is null && paragraph - previousParagraph == 1 && pairs[q].Open == paragraphStarts[paragraph]) return previous.SpeakerName;
            }
            if (attributed is null || sentence < 1) return null;
            // No quote before: a titled name ("Mr. Rutte", "Minister Faber") in the sentence before.
            (int lo, int hi) = SentenceBounds(text, sentences, sentence - 1);
            lo = Math.Max(lo, hi - MaxSegment);
            List<Item> items = Lex(text, lo, hi);
            for (int k = items.Count - 1; k >= 0; k--)
            {
                if (!IsNameWord(items[k]) || !Titles.Contains(items[k].Text.TrimEnd('.'))) continue;
                int last = k;
                while (last + 1 < items.Count && IsNameWord(items[last + 1])) last++;
                if (last == k) continue;
                return new TextRange(items[k].Start, items[last].End - items[k].Start);
            }
            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Synthetic
{
    /// <summary>
    /// Writes one synthetic article. Everything it draws comes from one xoshiro stream seeded by
    /// (corpus seed, document index), so a document never depends on its neighbours or on the
    /// corpus size. The constructor draws the document's style and cast (the people, parties,
    /// places and topic words it keeps returning to); <see cref="Build"/> draws the layout and text.
    /// </summary>
    internal sealed class DocumentBuilder
    {
        private static readonly int FirstDay = new DateOnly(2015, 1, 1).DayNumber;
        private static readonly int LastDay = new DateOnly(2024, 12, 31).DayNumber;

        private readonly Lexicon _lex;
        private Xoshiro256 _rng;
        private readonly string _open, _close, _apostrophe;
        private readonly Person[] _people;
        private readonly Party[] _parties;
        private readonly string[] _places;
        private readonly string _outlet;
        private readonly int[] _topicWords;
        private readonly HashSet<Person> _introducedPeople = new();
        private readonly HashSet<Party> _introducedParties = new();
        private int _lastWord = -1;

        public DocumentBuilder(Lexicon lexicon, ulong seed, int index)
        {
            _lex = lexicon;
            _rng = new Xoshiro256(SplitMix64.Derive(seed, 1, (ulong)index));
            bool curly = _rng.PerMille(600);
            _open = curly ? "\u201C" : "\"";
            _close = curly ? "\u201D" : "\"";
            _apostrophe = curly ? "\u2019" : "'";

            _people = Distinct(_rng.Between(1, 3), () => _lex.People[_lex.PeopleRanks.Sample(ref _rng)]);
            _parties = Distinct(_rng.Between(1, 3), () => _lex.Parties[_lex.PartyRanks.Sample(ref _rng)]);
            _places = Distinct(_rng.Between(1, 2), () => _lex.Places[_lex.PlaceRanks.Sample(ref _rng)]);
            _outlet = _lex.Outlets[_lex.OutletRanks.Sample(ref _rng)];
            // Topic words: content words of middling frequency that this article repeats (burstiness).
            _topicWords = Distinct(_rng.Between(6, 14), () =>
            {
                int w;
                do w = _lex.WordRanks.Sample(ref _rng); while (w < _lex.RealWordCount + 50);
                return w;
            });
        }

        private T[] Distinct<T>(int n, Func<T> draw) where T : notnull
        {
            var list = new List<T>(n);
            for (int attempt = 0; list.Count < n && attempt < 8 * n; attempt++)
            {
                T item = draw();
                if (!list.Contains(item)) list.Add(item);
            }
            return list.ToArray();
        }

        /// <summary>Switches to another stream, keeping the document's style and cast (for an edit).</summary>
        public void Reseed(ulong seed) => _rng = new Xoshiro256(seed);

        public string Build()
        {
            var blocks = new List<string>();
            bool blankLines = _rng.PerMille(800);
            bool messy = blankLines && _rng.PerMille(100);
            string? date = null;
            int dateStyle = 0;
            if (_rng.PerMille(750))
            {
                date = new DateOnly(2015, 1, 1).AddDays(_rng.Between(0, LastDay - FirstDay)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                dateStyle = _rng.Next(100);
            }
            if (_rng.PerMille(30)) blocks.Add(Chrome[_rng.Next(Chrome.Length)]);
            bool headline = _rng.PerMille(350);
            bool headlineGlued = headline && blankLines && _rng.PerMille(400);
            if (headline) blocks.Add(Headline());
            int headlineBlock = headline ? blocks.Count - 1 : -1;

            int paragraphs = 8;
            while (paragraphs < 25 && _rng.PerMille(750)) paragraphs++;
            int subheadings = paragraphs >= 10 && _rng.PerMille(400) ? _rng.Between(1, 2) : 0;
            int readMore = _rng.PerMille(250) ? 1 : 0;
            bool credit = _rng.PerMille(50);
            int duplicateAt = _rng.PerMille(30) ? _rng.Between(2, 4) : -1;
            string? firstParagraph = null;

            for (int i = 0; i < paragraphs; i++)
            {
                if (i == 1 && credit) blocks.Add(PhotoCredit());
                if (i == duplicateAt && firstParagraph is not null) blocks.Add(firstParagraph);
                if (i >= 2 && i < paragraphs - 2 && subheadings > 0 && _rng.PerMille(150))
                {
                    subheadings--;
                    blocks.Add(Subheading());
                }
                if (i >= 2 && readMore > 0 && _rng.PerMille(80))
                {
                    readMore--;
                    blocks.Add("Read more: " + Headline());
                }
                string text = i == 0 ? Lead() : i > 0 && _rng.PerMille(220) ? QuoteParagraph() : BodyParagraph();
                firstParagraph ??= text;
                blocks.Add(text);
            }
            if (_rng.PerMille(250)) blocks.Add(_outlet);

            var sb = new StringBuilder(4096);
            if (date is not null)
            {
                if (dateStyle < 55) sb.Append("date ").Append(date).Append(' ');
                else if (dateStyle < 70) sb.Append(" date ").Append(date).Append(' ');
                else sb.Append("date ").Append(date).Append(blankLines && _rng.PerMille(500) ? "\n\n" : "\n");
            }
            for (int b = 0; b < blocks.Count; b++)
            {
                if (b > 0)
                {
                    if (!blankLines || (b == headlineBlock + 1 && headlineGlued)) sb.Append('\n');
                    else sb.Append(messy && _rng.PerMille(250) ? "\n\n\n\n" : "\n\n");
                }
                sb.Append(blocks[b]);
            }
            if (_rng.PerMille(700)) sb.Append('\n');
            return sb.ToString();
        }

        /// <summary>The paragraph an edit appends: two or three body sentences in the document's style.</summary>
        public string EditParagraph() => BodyParagraph(_rng.Between(2, 3));

        // ---- blocks ----

        private static readonly string[] Chrome = { "+ \u21BA \u2212 16 px", "Advertisement", "Share this article" };

        private string Lead()
        {
            var sb = new StringBuilder(256);
            Sentence(sb, _rng.Normal(28, 8, 12, 55), '.');
            if (_rng.PerMille(300))
            {
                sb.Append(' ');
                Sentence(sb, SentenceLength(), '.');
            }
            return sb.ToString();
        }

        private string BodyParagraph() => BodyParagraph(SentencesInParagraph());

        private string BodyParagraph(int sentences)
        {
            var sb = new StringBuilder(512);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                Sentence(sb, SentenceLength(), EndMark());
            }
            return sb.ToString();
        }

        /// <summary>News paragraphs are short: 1 sentence 30 %, 2 35 %, 3 22 %, 4 9 %, 5 4 % (mean 2.2).</summary>
        private int SentencesInParagraph()
        {
            int r = _rng.Next(100);
            return r < 30 ? 1 : r < 65 ? 2 : r < 87 ? 3 : r < 96 ? 4 : 5;
        }

        /// <summary>Words in a sentence: normal, mean 22, sd 9, clamped to [5, 60].</summary>
        private int SentenceLength() => _rng.Normal(22, 9, 5, 60);

        private char EndMark()
        {
            int r = _rng.Next(1000);
            return r < 25 ? '?' : r < 30 ? '!' : '.';
        }

        private string QuoteParagraph()
        {
            var sb = new StringBuilder(512);
            int pattern = _rng.Next(100);
            if (pattern < 35)
            {
                sb.Append(_open);
                Sentence(sb, SentenceLength(), ',', quoted: true);
                sb.Append(_close).Append(' ').Append(Speaker()).Append(' ').Append(SaidVerb()).Append('.');
            }
            else if (pattern < 55)
            {
                sb.Append(_open);
                Sentence(sb, SentenceLength(), ',', quoted: true);
                sb.Append(_close).Append(' ').Append(SaidBeforeSpeaker[_rng.Next(SaidBeforeSpeaker.Length)]).Append(' ').Append(Speaker()).Append('.');
            }
            else if (pattern < 70)
            {
                sb.Append(Lexicon.Capitalize(Speaker())).Append(' ').Append(SaidVerb()).Append(": ").Append(_open);
                Sentence(sb, SentenceLength(), '.', quoted: true);
                sb.Append(_close);
            }
            else if (pattern < 85)
            {
                sb.Append(_open);
                Sentence(sb, SentenceLength(), '.', quoted: true);
                sb.Append(' ');
                Sentence(sb, SentenceLength(), ',', quoted: true);
                sb.Append(_close).Append(' ').Append(Speaker()).Append(" added.");
            }
            else
            {
                sb.Append(_open);
                Sentence(sb, SentenceLength(), ',', quoted: true);
                sb.Append(_close).Append(" a spokesperson for the ").Append(_parties[_rng.Next(_parties.Length)].Acronym).Append(' ').Append(SaidVerb()).Append('.');
            }
            if (_rng.PerMille(300))
            {
                sb.Append(' ');
                Sentence(sb, SentenceLength(), '.');
            }
            return sb.ToString();
        }

        private static readonly string[] SaidBeforeSpeaker = { "said", "said", "says", "added" };

        private static readonly string[] SaidVerbs = { "said", "said", "said", "said", "told reporters", "added", "says", "wrote on X", "told " };

        private string SaidVerb()
        {
            string verb = SaidVerbs[_rng.Next(SaidVerbs.Length)];
            return verb == "told " ? verb + _outlet : verb;
        }

        private string Speaker()
        {
            Person p = PickPerson(850);
            return _introducedPeople.Add(p) ? Introduce(p) : _rng.PerMille(150) ? p.Full : p.Last;
        }

        private static string Introduce(Person p) => p.Role + " " + p.Full;

        private Person PickPerson(int castPerMille) =>
            _rng.PerMille(castPerMille) ? _people[_rng.Next(_people.Length)] : _lex.People[_lex.PeopleRanks.Sample(ref _rng)];

        private string Headline()
        {
            var sb = new StringBuilder(96);
            int words = _rng.Between(5, 12);
            int name = _rng.Next(words);
            for (int w = 0; w < words; w++)
            {
                if (w > 0) sb.Append(w == words / 2 && _rng.PerMille(150) ? ": " : " ");
                if (w == name)
                {
                    sb.Append(_rng.PerMille(600) ? _people[_rng.Next(_people.Length)].Last : _places[_rng.Next(_places.Length)]);
                    continue;
                }
                string word = w == words - 1 || _rng.PerMille(350) ? _lex.Words[_topicWords[_rng.Next(_topicWords.Length)]] : Word();
                sb.Append(w == 0 ? Lexicon.Capitalize(word) : word);
            }
            return sb.ToString();
        }

        private string Subheading()
        {
            var sb = new StringBuilder(64);
            sb.Append(Lexicon.Capitalize(_lex.Words[_topicWords[_rng.Next(_topicWords.Length)]]));
            int words = _rng.Between(1, 4);
            for (int w = 0; w < words; w++) sb.Append(' ').Append(w == 0 && _rng.PerMille(400) ? "of the" : ContentWord());
            if (_rng.PerMille(500)) sb.Append(" in ").Append(_places[_rng.Next(_places.Length)]);
            return sb.ToString();
        }

        private string PhotoCredit()
        {
            Person subject = _people[0];
            Person photographer = _lex.People[_rng.Next(_lex.People.Length)];
            return subject.Full + "Photo: " + photographer.Full + " / " + _lex.Outlets[_rng.Next(_lex.Outlets.Length)] + " / " +
                Lexicon.Capitalize(_lex.Words[_lex.RealWordCount + _rng.Next(2000)]) + " Images";
        }

        // ---- sentences ----

        private static readonly string[] Openers =
        {
            "However,", "But", "Meanwhile,", "In addition,", "Still,", "Earlier,", "On {day},", "Last {period},", "In {year},",
            "According to {outlet},", "After", "Under the agreement,",
        };

        private static readonly string[] Days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        private static readonly string[] Periods = { "week", "month", "year" };

        /// <summary>Appends a sentence of about <paramref name="length"/> words ending in <paramref name="end"/>; no scare quotes inside a quotation.</summary>
        private void Sentence(StringBuilder sb, int length, char end) => Sentence(sb, length, end, quoted: false);

        private static readonly string[] Starters = { "The", "The", "The", "A", "In", "It", "He", "She", "They", "This", "But", "Some", "Many", "Officials", "Critics" };

        private void Sentence(StringBuilder sb, int length, char end, bool quoted)
        {
            int written = 0;
            bool capitalize = true;
            if (_rng.PerMille(150))
            {
                string opener = Openers[_rng.Next(Openers.Length)]
                    .Replace("{day}", Days[_rng.Next(Days.Length)], StringComparison.Ordinal)
                    .Replace("{period}", Periods[_rng.Next(Periods.Length)], StringComparison.Ordinal)
                    .Replace("{year}", Year(), StringComparison.Ordinal)
                    .Replace("{outlet}", _outlet, StringComparison.Ordinal);
                sb.Append(opener);
                written += CountSpaces(opener) + 1;
                capitalize = false;
            }
            else if (_rng.PerMille(350))
            {
                sb.Append(Starters[_rng.Next(Starters.Length)]);
                written++;
                capitalize = false;
            }
            while (written < length)
            {
                if (written > 0 || !capitalize) sb.Append(' ');
                int roll = _rng.Next(1000);
                int start = sb.Length;
                if (roll < 60)
                {
                    written += ProperNoun(sb);
                }
                else if (roll < 80 && written > 0)
                {
                    written += Quantity(sb);
                }
                else if (roll >= 80 && roll < 83 && !quoted && written > 0 && written < length - 3)
                {
                    sb.Append(_open);
                    int n = _rng.Between(1, 3);
                    for (int k = 0; k < n; k++)
                    {
                        if (k > 0) sb.Append(' ');
                        sb.Append(ContentWord());
                    }
                    sb.Append(_close);
                    written += n;
                }
                else if (roll >= 83 && roll < 89)
                {
                    sb.Append(_lex.Compounds[_lex.CompoundRanks.Sample(ref _rng)]);
                    written++;
                }
                else
                {
                    sb.Append(Word());
                    written++;
                }
                if (capitalize && written > 0)
                {
                    sb[start] = char.ToUpperInvariant(sb[start]);
                    capitalize = false;
                }
                if (written >= 3 && written < length - 2 && _rng.PerMille(70)) sb.Append(',');
            }
            sb.Append(end);
        }

        private static int CountSpaces(string s)
        {
            int n = 0;
            foreach (char c in s) if (c == ' ') n++;
            return n;
        }

        /// <summary>A vocabulary word by Zipf rank, not the same as the one before; one content slot in eight goes to a topic word.</summary>
        private string Word()
        {
            int w = _lex.WordRanks.Sample(ref _rng);
            if (w == _lastWord) w = _lex.WordRanks.Sample(ref _rng);
            if (w >= _lex.RealWordCount && _rng.PerMille(125)) w = _topicWords[_rng.Next(_topicWords.Length)];
            _lastWord = w;
            return _lex.Words[w];
        }

        private string ContentWord()
        {
            int w;
            if (_rng.PerMille(250)) w = _topicWords[_rng.Next(_topicWords.Length)];
            else
            {
                do w = _lex.WordRanks.Sample(ref _rng); while (w < 120);
            }
            return _lex.Words[w];
        }

        /// <summary>A person, party, place or outlet; returns how many words it wrote.</summary>
        private int ProperNoun(StringBuilder sb)
        {
            int kind = _rng.Next(100);
            string text;
            if (kind < 50)
            {
                Person p = PickPerson(800);
                text = _introducedPeople.Add(p) ? Introduce(p) : _rng.Next(10) switch { 0 or 1 => p.Full, 2 => "Mr. " + p.Last, _ => p.Last };
            }
            else if (kind < 72)
            {
                Party p = _rng.PerMille(800) ? _parties[_rng.Next(_parties.Length)] : _lex.Parties[_lex.PartyRanks.Sample(ref _rng)];
                text = _introducedParties.Add(p) && _rng.PerMille(600) ? "the " + p.Name + " (" + p.Acronym + ")" : _rng.PerMille(200) ? "the " + p.Acronym + " party" : p.Acronym;
            }
            else if (kind < 92)
            {
                text = _rng.PerMille(800) ? _places[_rng.Next(_places.Length)] : _lex.Places[_lex.PlaceRanks.Sample(ref _rng)];
            }
            else
            {
                text = _rng.PerMille(700) ? _outlet : _lex.Outlets[_lex.OutletRanks.Sample(ref _rng)];
            }
            sb.Append(text);
            if (_rng.PerMille(80)) sb.Append(_apostrophe).Append('s');
            return CountSpaces(text) + 1;
        }

        private static readonly string[] Units =
        {
            "people", "migrants", "asylum seekers", "votes", "seats", "days", "years", "months", "jobs", "homes", "troops", "refugees",
            "children", "members", "tonnes", "kilometres", "cases", "families", "workers", "officers",
        };

        /// <summary>A number with what it counts ("30,000 asylum seekers", "200 per month", "in 2021"); returns the words written.</summary>
        private int Quantity(StringBuilder sb)
        {
            switch (_rng.Next(8))
            {
                case 0:
                case 1:
                {
                    string unit = Units[_rng.Next(Units.Length)];
                    sb.Append(Count()).Append(' ').Append(unit);
                    return 1 + CountSpaces(unit) + 1;
                }
                case 2:
                    sb.Append(Count()).Append(" per ").Append(Periods[_rng.Next(Periods.Length)]);
                    return 3;
                case 3:
                    sb.Append(_rng.PerMille(500) ? "in " : "since ").Append(Year());
                    return 2;
                case 4:
                    sb.Append(_rng.Between(1, 99).ToString(CultureInfo.InvariantCulture));
                    if (_rng.PerMille(400)) sb.Append('.').Append((char)('0' + _rng.Next(10)));
                    sb.Append(" percent");
                    return 2;
                case 5:
                    sb.Append(_rng.PerMille(600) ? "\u20AC" : "$").Append(_rng.Between(1, 999).ToString(CultureInfo.InvariantCulture));
                    if (_rng.PerMille(500)) sb.Append('.').Append((char)('0' + _rng.Next(10)));
                    sb.Append(_rng.PerMille(500) ? " million" : " billion");
                    return 2;
                case 6:
                    sb.Append(_rng.Between(2, 12).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Periods[_rng.Next(Periods.Length)]).Append('s');
                    return 2;
                default:
                    sb.Append(Count());
                    return 1;
            }
        }

        private string Year() => _rng.Between(1990, 2024).ToString(CultureInfo.InvariantCulture);

        /// <summary>A count: 2–99 (40 %), hundreds (25 %), round thousands (25 %), round millions (10 %); thousands grouped with commas.</summary>
        private string Count()
        {
            int r = _rng.Next(100);
            long n = r < 40 ? _rng.Between(2, 99)
                : r < 65 ? _rng.Between(100, 999)
                : r < 90 ? _rng.Between(1, 99) * 1000L + (_rng.PerMille(300) ? _rng.Between(1, 9) * 100 : 0)
                : _rng.Between(100, 9999) * 1000L;
            return n.ToString("#,0", CultureInfo.InvariantCulture);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Synthetic
{
    /// <summary>A person in the name pool: how they are introduced and how they are called after that.</summary>
    public sealed record Person(string First, string Last, string Role)
    {
        public string Full => First + " " + Last;
    }

    /// <summary>A party: full name and acronym ("Christian Union", "CU").</summary>
    public sealed record Party(string Name, string Acronym);

    /// <summary>
    /// The fixed vocabulary and name pools every synthetic corpus draws from. They are built once
    /// from a constant seed (not the corpus seed), so all corpora share one vocabulary; ranks are
    /// frequency ranks for the Zipf tables.
    /// </summary>
    public sealed class Lexicon
    {
        /// <summary>Pseudo-English words, after the real words.</summary>
        public const int PseudoWordCount = 50_000;
        public const double WordExponent = 1.05;
        public const double NameExponent = 1.0;
        public const int CompoundCount = 3000;
        private const ulong LexiconSeed = 0x5EED_C0DE_2015_2024UL;

        /// <summary>The one lexicon, built on first use (about 0.1 s).</summary>
        public static Lexicon Shared => Holder.Instance;

        // Nested so that the static word and syllable tables above are initialised before the constructor runs.
        private static class Holder
        {
            public static readonly Lexicon Instance = new();
        }

        /// <summary>All words, most frequent first: the real words, then the pseudo-words.</summary>
        public string[] Words { get; }
        /// <summary>How many of <see cref="Words"/> are real English (function words and common news words).</summary>
        public int RealWordCount { get; }
        public ZipfTable WordRanks { get; }
        /// <summary>Hyphenated compounds of two vocabulary words.</summary>
        public string[] Compounds { get; }
        public ZipfTable CompoundRanks { get; }

        public Person[] People { get; }
        public ZipfTable PeopleRanks { get; }
        public Party[] Parties { get; }
        public ZipfTable PartyRanks { get; }
        public string[] Places { get; }
        public ZipfTable PlaceRanks { get; }
        public string[] Outlets { get; }
        public ZipfTable OutletRanks { get; }

        private Lexicon()
        {
            var rng = new Xoshiro256(LexiconSeed);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var words = new List<string>(RealWords.Length + PseudoWordCount);
            foreach (string w in RealWords)
            {
                if (taken.Add(w)) words.Add(w);
            }
            foreach (string w in Reserved) taken.Add(w);
            RealWordCount = words.Count;
            for (int rank = 0; rank < PseudoWordCount; rank++)
            {
                string w;
                do w = PseudoWord(ref rng, rank); while (!taken.Add(w));
                words.Add(w);
            }
            Words = words.ToArray();
            WordRanks = new ZipfTable(Words.Length, WordExponent);

            // Hyphenated compounds ("long-serving") come from a fixed list too, or every compound would be a new word.
            var compounds = new HashSet<string>(StringComparer.Ordinal);
            Compounds = new string[CompoundCount];
            for (int i = 0; i < Compounds.Length; i++)
            {
                string c;
                do c = Words[rng.Between(120, 6000)] + "-" + Words[rng.Between(120, 20000)]; while (!compounds.Add(c));
                Compounds[i] = c;
            }
            CompoundRanks = new ZipfTable(Compounds.Length, NameExponent);

            var names = new HashSet<string>(StringComparer.Ordinal);
            string Name(ref Xoshiro256 r, string[] endings, int minSyllables, int maxSyllables)
            {
                string n;
                do
                {
                    var sb = new StringBuilder();
                    int syllables = r.Between(minSyllables, maxSyllables);
                    for (int i = 0; i < syllables; i++) AppendSyllable(sb, ref r, i == 0, i == syllables - 1 && endings.Length == 0);
                    if (endings.Length > 0) sb.Append(endings[r.Next(endings.Length)]);
                    n = Capitalize(sb.ToString());
                } while (n.Length < 3 || n.Length > 12 || taken.Contains(n.ToLowerInvariant()) || !names.Add(n));
                return n;
            }

            var firstNames = new string[400];
            for (int i = 0; i < firstNames.Length; i++) firstNames[i] = Name(ref rng, FirstNameEndings, 1, 2);
            var lastNames = new string[1600];
            for (int i = 0; i < lastNames.Length; i++) lastNames[i] = Name(ref rng, LastNameEndings, 1, 2);
            People = new Person[2000];
            var fullNames = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < People.Length; i++)
            {
                Person p;
                do p = new Person(firstNames[rng.Next(firstNames.Length)], lastNames[i < lastNames.Length ? i : rng.Next(lastNames.Length)], Roles[rng.Next(Roles.Length)]);
                while (!fullNames.Add(p.Full));
                People[i] = p;
            }
            PeopleRanks = new ZipfTable(People.Length, NameExponent);

            Parties = new Party[120];
            var acronyms = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < Parties.Length; i++)
            {
                string name = rng.Next(3) switch
                {
                    0 => Name(ref rng, Array.Empty<string>(), 2, 3) + " " + PartyKinds[rng.Next(PartyKinds.Length)],
                    1 => PartyAdjectives[rng.Next(PartyAdjectives.Length)] + " " + Name(ref rng, Array.Empty<string>(), 2, 2) + " " + PartyKinds[rng.Next(PartyKinds.Length)],
                    _ => PartyAdjectives[rng.Next(PartyAdjectives.Length)] + " " + PartyKinds[rng.Next(PartyKinds.Length)] + " for " + Name(ref rng, Array.Empty<string>(), 2, 3),
                };
                string acronym;
                do
                {
                    var sb = new StringBuilder();
                    int letters = rng.Between(2, 4);
                    for (int k = 0; k < letters; k++) sb.Append((char)('A' + rng.Next(26)));
                    if (rng.PerMille(150)) sb.Append(rng.Between(2, 99).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    acronym = sb.ToString();
                } while (!acronyms.Add(acronym));
                Parties[i] = new Party(name, acronym);
            }
            PartyRanks = new ZipfTable(Parties.Length, NameExponent);

            Places = new string[600];
            for (int i = 0; i < Places.Length; i++)
            {
                string place = Name(ref rng, PlaceEndings, 1, 2);
                Places[i] = rng.PerMille(40) ? "The " + place : place;
            }
            PlaceRanks = new ZipfTable(Places.Length, NameExponent);

            Outlets = new string[60];
            for (int i = 0; i < Outlets.Length; i++)
            {
                string outlet;
                do
                {
                    outlet = rng.Next(5) switch
                    {
                        0 => RandomAcronym(ref rng),
                        1 => Name(ref rng, Array.Empty<string>(), 2, 3) + " News",
                        2 => "The " + Name(ref rng, Array.Empty<string>(), 1, 2) + " " + OutletKinds[rng.Next(OutletKinds.Length)],
                        3 => "News." + Capitalize(RandomLetters(ref rng, 2)),
                        _ => Name(ref rng, Array.Empty<string>(), 2, 3),
                    };
                } while (!acronyms.Add(outlet));
                Outlets[i] = outlet;
            }
            OutletRanks = new ZipfTable(Outlets.Length, NameExponent);
        }

        private static string RandomLetters(ref Xoshiro256 rng, int n)
        {
            var sb = new StringBuilder(n);
            for (int k = 0; k < n; k++) sb.Append((char)('a' + rng.Next(26)));
            return sb.ToString();
        }

        private static string RandomAcronym(ref Xoshiro256 rng) => RandomLetters(ref rng, rng.Between(2, 4)).ToUpperInvariant();

        public static string Capitalize(string word) =>
            word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

        /// <summary>A pronounceable word of one to four syllables; the more frequent the rank, the shorter (Zipf's law of abbreviation).</summary>
        private static string PseudoWord(ref Xoshiro256 rng, int rank)
        {
            int r = rng.Next(100);
            int syllables = rank < 1000 ? (r < 55 ? 1 : 2)
                : rank < 10000 ? (r < 25 ? 1 : r < 80 ? 2 : 3)
                : (r < 10 ? 1 : r < 55 ? 2 : r < 92 ? 3 : 4);
            var sb = new StringBuilder(12);
            for (int i = 0; i < syllables; i++) AppendSyllable(sb, ref rng, i == 0, i == syllables - 1);
            if (rank >= 300 && syllables < 4 && rng.PerMille(200)) sb.Append(Suffixes[rng.Next(Suffixes.Length)]);
            return sb.ToString();
        }

        private static void AppendSyllable(StringBuilder sb, ref Xoshiro256 rng, bool first, bool last)
        {
            // Vowel-initial syllables mid-word make hiatus chains ("aeiou"); keep them at the start.
            // Clusters and digraphs are the exception, as in English: most syllables are CV or CVC.
            string onset = rng.PerMille(750) ? SimpleOnsets[rng.Next(SimpleOnsets.Length)] : Onsets[rng.Next(Onsets.Length)];
            if (onset.Length == 0 && !first) onset = SimpleOnsets[1 + rng.Next(SimpleOnsets.Length - 1)];
            sb.Append(onset);
            sb.Append(rng.PerMille(800) ? SimpleNuclei[rng.Next(SimpleNuclei.Length)] : Nuclei[rng.Next(Nuclei.Length)]);
            if (last ? rng.PerMille(700) : rng.PerMille(200)) sb.Append(rng.PerMille(700) ? SimpleCodas[rng.Next(SimpleCodas.Length)] : Codas[rng.Next(Codas.Length)]);
        }

        private static readonly string[] SimpleOnsets = { "", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w" };
        private static readonly string[] SimpleNuclei = { "a", "e", "i", "o", "u", "a", "e", "i", "o", "e" };
        private static readonly string[] SimpleCodas = { "n", "r", "s", "t", "l", "m", "d" };

        private static readonly string[] Onsets =
        {
            "", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
            "b", "c", "d", "l", "m", "n", "p", "r", "s", "t", "br", "cr", "dr", "fr", "gr", "pr", "tr", "bl",
            "cl", "fl", "gl", "pl", "sl", "st", "sp", "sc", "sk", "sn", "sm", "sw", "th", "sh", "ch", "wh", "qu", "str", "spr",
        };

        private static readonly string[] Nuclei =
        {
            "a", "e", "i", "o", "u", "a", "e", "i", "o", "e", "ai", "ea", "ee", "oa", "ou", "io", "ie", "oo", "au", "y",
        };

        private static readonly string[] Codas =
        {
            "", "", "", "n", "r", "s", "t", "l", "m", "n", "r", "s", "nd", "nt", "st", "rt", "ck", "ng", "sh", "th", "x", "rd", "ld", "mp", "ct", "ss",
        };

        private static readonly string[] Suffixes =
        {
            "tion", "ment", "ness", "ing", "ed", "er", "ly", "al", "ity", "ive", "ous", "ism", "ist", "able", "ance", "ic",
        };

        private static readonly string[] FirstNameEndings = { "", "", "", "a", "o", "ien", "ert", "ik", "as", "ette", "an", "ina", "us", "el", "ia" };
        private static readonly string[] LastNameEndings = { "", "", "sen", "ers", "man", "ski", "ova", "ez", "elli", "berg", "ink", "ard", "ley", "stra", "ic", "ou" };
        private static readonly string[] PlaceEndings = { "", "land", "ia", "burg", "stad", "ovo", "ton", "heim", "ford", "ville", "poli", "grad", "dam", "istan", "ica" };
        private static readonly string[] PartyKinds = { "Party", "Union", "Alliance", "Movement", "Democrats", "Front", "Appeal", "Coalition", "League", "Forum" };
        private static readonly string[] PartyAdjectives = { "Christian", "Liberal", "Green", "Social", "Democratic", "People's", "National", "Labour", "Progressive", "Conservative", "Free", "United", "Socialist", "Pirate", "Farmers'" };
        private static readonly string[] OutletKinds = { "Times", "Post", "Herald", "Courier", "Gazette", "Daily", "Observer", "Tribune", "Chronicle", "Review" };

        private static readonly string[] Roles =
        {
            "Prime Minister", "Prime Minister", "President", "Finance Minister", "Foreign Minister", "Interior Minister", "Justice Minister",
            "Migration Minister", "Defence Minister", "Health Minister", "opposition leader", "party leader", "Mayor", "spokesperson",
            "MP", "senator", "Economy Minister", "Deputy Prime Minister", "European Commissioner", "chief negotiator", "analyst", "professor",
        };

        /// <summary>Words a pseudo-word must not become (they mean something to the analyzer or read as markup).</summary>
        private static readonly string[] Reserved = { "date", "photo", "read", "share", "print", "subscribe", "advertisement", "comments", "related", "credit", "image", "picture" };

        /// <summary>
        /// Real English, roughly most frequent first: function words with the commonest words of news
        /// copy mixed in where a news corpus would rank them. They take the top Zipf ranks, so about
        /// half the running words are real, as in English text.
        /// </summary>
        private static readonly string[] RealWords =
        (
            "the of to and a in that is for on was with said he it as at by from his be have has are an not but this they were " +
            "who had will their its been more would which after also or one two new year we about government than people there up out " +
            "so into over other when last can all her she first could if president minister party country no police told time them what " +
            "some our years only most because while against before three state us since just like him under being now says former during " +
            "many those where any made should week may between including how officials percent then do did such still did back through " +
            "both against told four public even against national city million day security election court war group end five law later " +
            "well month support policy according part members news house next these however take very parliament leader could already " +
            "around make say billion another told own high each media political until world much own without added second health local " +
            "agreement coalition report way left family office power same again plan far against little decision military long off among " +
            "countries talks including international vote might too must every few less home less capital hundreds must called yet whether " +
            "week spokesman several likely recent almost minister ministers cabinet asylum migration crisis economic rights forces deal " +
            "statement told across due within set use help further need best get go know want come see give put keep found seen " +
            "held taken given asked expected reported announced believed warned argued confirmed denied proposed rejected agreed called " +
            "described stated claimed insisted continued remained became began here though although although because once unless whose " +
            "whom why often never always ever perhaps nearly about above below behind beyond despite toward towards upon via per " +
            "something nothing everything anyone someone everyone none either neither other another itself themselves himself herself " +
            "ago early late major key top big small large great old young real full clear certain possible able free open hard strong " +
            "general special human social foreign European Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February " +
            "March April June July August September October November December today yesterday tomorrow morning night evening"
        ).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}

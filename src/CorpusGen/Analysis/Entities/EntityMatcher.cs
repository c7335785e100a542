using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Finds the gazetteer entities an article names, and the capitalised names it did not link.
    /// Build one matcher per gazetteer (the constructor indexes every name, alias and surname by its
    /// first word) and call <see cref="Match"/> for each article; matching is linear in the text's
    /// length, apart from near misses, which are tried only on capitalised words left unmatched.
    /// <para>Words are the <see cref="Tokenizer"/>'s, split once more at hyphens ("VVD-led" holds "VVD").
    /// Words are compared case-sensitively after folding: curly apostrophes are straight and
    /// diacritics are removed on both sides ("Orban" names "Viktor Orbán"). A lower-case word of a
    /// name ("van", "de") also matches with a capital first letter ("Van der Plas" at a sentence
    /// start). The words of a multi-word name must follow each other in one sentence, separated as in
    /// the name (any run of spaces is one space; "News.Az" keeps its period).</para>
    /// <para>Rules, in the order they apply:</para>
    /// <list type="number">
    /// <item>Names and aliases: leftmost, then longest match wins ("Prime Minister Mark Rutte" gives one mention
    /// "Mark Rutte", not also "Rutte"); at equal length a canonical name beats an alias, an alias beats a surname,
    /// and an earlier entry beats a later one. A name or alias in capitals and digits ("VVD", "D66") is
    /// reported as <see cref="MentionMatch.Acronym"/>; case-sensitive comparison keeps "vvd" and "Cda" out.</item>
    /// <item>Possessives: "Rutte’s", "Rutte's" and "Wilders’" name the entity; the mention span stops before the
    /// apostrophe. A name that itself holds a possessive ("People's Party …") matches only with it.</item>
    /// <item>Surnames: for a "Person" entry the surname (the last word, or from the first lower-case particle on:
    /// "van der Plas") links as <see cref="MentionMatch.Surname"/> once the person was named earlier in the
    /// text (name, alias or surname), or when a title stands right before it ("Mr. Rutte", "Minister Faber")
    /// and only one person has that surname. When several named persons share it, the one named last wins.
    /// A surname that is also an alias is an alias anywhere.</item>
    /// <item>Titles: an honorific ("Mr", "Mr.", "Mrs", "Ms", "Dr" …) or an office ("Minister", "President", "PM" …)
    /// with the capitalised words before it ("Prime Minister", "Dutch Prime Minister") right before a person's
    /// name is reported in <see cref="FoundMention.Title"/>; it is not part of the mention span.</item>
    /// <item>Glued captions: a name of two words or more may end where a capital starts inside a word ("Mark RuttePhoto").</item>
    /// <item>Near misses: capitalised word runs left unmatched (up to eight words, "and", "of", "for" inside) are compared
    /// with the names and aliases of similar length, not acronyms, of at least 8 letters and digits: edit distance 1
    /// allowed from 8, 2 from 15 ("Christian Unity" is 2 from "Christian Union", 14: no link) ("ChritenUnie", "Christen Unie" → "ChristenUnie"; "Christian Democrat Appeal" → "Christian
    /// Democratic Appeal"). The distance is <see cref="StringDistance.EditDistance"/> over the folded text, spaces and
    /// case counting like any character. Surnames never near-match. The lowest distance wins, then the widest run.</item>
    /// <item>Unlinked names: runs of capitalised words (with name particles inside: "Caroline van der Plas") and
    /// acronyms (2–6 capitals and digits, not Roman numerals: "NOS", "ANP") outside every mention and title.
    /// Dropped: function words at the front of a run ("The European …"); a title at the front (up to the last
    /// office or honorific); runs that end in an office ("Asylum and Migration Minister"). A single word is not
    /// reported when it is a function word, month, weekday, nationality or religion adjective, caption label,
    /// an office, a generic word right after a mention ("the PVV Party"), or the surname of a person the text names.
    /// A single word where sentences start (the first word, after a colon, after an opening quote that follows a
    /// comma or colon) is reported only if the text also capitalises it elsewhere. In a heading (a sentence in title
    /// case without final punctuation) words whose lower-case form the text uses are common words, not names.
    /// The word lists are in <c>NameWords</c>.</item>
    /// </list>
    /// Never throws: a null text gives no matches; null sentences are found with <see cref="SentenceSplitter"/>; null entries are skipped.
    /// </summary>
    public sealed class EntityMatcher
    {
        private static readonly EntityMatches Empty = new EntityMatches(Array.Empty<FoundMention>(), Array.Empty<UnlinkedName>());

        private readonly IReadOnlyList<GazetteerEntry> _entries;
        private readonly bool[] _person;
        private readonly Dictionary<string, List<Form>> _byFirstWord = new Dictionary<string, List<Form>>(FirstLetterInsensitive.Instance);
        private readonly Dictionary<int, List<Form>> _nearMissByLength = new Dictionary<int, List<Form>>();
        private readonly Form?[] _surname;

        /// <summary>Indexes <paramref name="entries"/>; mentions refer to them by index.</summary>
        public EntityMatcher(IReadOnlyList<GazetteerEntry> entries)
        {
            _entries = entries ?? Array.Empty<GazetteerEntry>();
            _person = new bool[_entries.Count];
            _surname = new Form?[_entries.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int order = 0;
            for (int i = 0; i < _entries.Count; i++)
            {
                GazetteerEntry? entry = _entries[i];
                if (entry is null) continue;
                _person[i] = string.Equals((entry.Kind ?? string.Empty).Trim(), "Person", StringComparison.OrdinalIgnoreCase);
                AddForm(i, entry.Name, MentionMatch.Name, seen, ref order);
                if (entry.Aliases is not null)
                {
                    foreach (string alias in entry.Aliases) AddForm(i, alias, MentionMatch.Alias, seen, ref order);
                }
                if (_person[i] && entry.Name is not null)
                {
                    List<Piece> words = Scan(entry.Name);
                    if (words.Count >= 2)
                    {
                        int from = words.Count - 1;
                        for (int k = 1; k < words.Count - 1; k++)
                        {
                            if (NameWords.Particles.Contains(words[k].Key)) { from = k; break; }
                        }
                        _surname[i] = AddForm(i, entry.Name.Substring(words[from].Start), MentionMatch.Surname, seen, ref order);
                    }
                }
            }
        }

        /// <summary>The entries the matcher was built with.</summary>
        public IReadOnlyList<GazetteerEntry> Entries => _entries;

        private Form? AddForm(int entity, string? name, MentionMatch how, HashSet<string> seen, ref int order)
        {
            if (name is null || name.Trim().Length == 0) return null;
            List<Piece> words = Scan(name);
            if (words.Count == 0) return null;
            var keys = new string[words.Count];
            var possessive = new bool[words.Count];
            var gaps = new string[words.Count - 1];
            var signature = new StringBuilder();
            signature.Append(entity).Append('|');
            for (int k = 0; k < words.Count; k++)
            {
                keys[k] = words[k].Key;
                possessive[k] = words[k].Possessive;
                if (k > 0)
                {
                    gaps[k - 1] = Gap(name, words[k - 1].FullEnd, words[k].Start);
                    signature.Append(gaps[k - 1]);
                }
                signature.Append(keys[k]).Append(possessive[k] ? "'" : string.Empty);
            }
            if (how != MentionMatch.Surname && words.Count == 1 && IsAcronymKey(keys[0])) how = MentionMatch.Acronym;
            // A repeated form adds nothing; a surname that is also a name or alias of the entity links as that, anywhere.
            if (!seen.Add(signature.ToString())) return null;
            string folded = Fold(Collapse(name.Trim()));
            int letters = 0;
            foreach (char c in folded) if (char.IsLetterOrDigit(c)) letters++;
            var form = new Form(entity, how, keys, possessive, gaps, folded, order++) { Mask = CharacterMask(folded) };
            if (!_byFirstWord.TryGetValue(keys[0], out List<Form>? list))
            {
                list = new List<Form>();
                _byFirstWord.Add(keys[0], list);
            }
            list.Add(form);
            if ((how == MentionMatch.Name || how == MentionMatch.Alias) && letters >= 8)
            {
                form.MaxDistance = letters >= 15 ? 2 : 1;
                if (!_nearMissByLength.TryGetValue(folded.Length, out List<Form>? bucket))
                {
                    bucket = new List<Form>();
                    _nearMissByLength.Add(folded.Length, bucket);
                }
                bucket.Add(form);
            }
            return form;
        }

        /// <summary>
        /// The mentions of gazetteer entities in <paramref name="text"/> and the capitalised names that matched none.
        /// <paramref name="sentences"/> are the text's sentences (<see cref="DocumentAnalysis.Sentences"/>); they decide
        /// which words start a sentence and which words may form one name.
        /// </summary>
        public EntityMatches Match(string text, IReadOnlyList<AnalyzedSentence> sentences)
        {
            if (text is null || text.Length == 0) return Empty;
            if (sentences is null)
            {
                var found = new List<AnalyzedSentence>();
                foreach (SentenceSpan span in SentenceSplitter.SplitSpans(text)) found.Add(new AnalyzedSentence(0, span.Start, span.Length));
                sentences = found;
            }
            return new Run(this, text, sentences).Execute();
        }

        /// <summary>The state of one <see cref="Match"/> call.</summary>
        private sealed class Run
        {
            private readonly EntityMatcher _m;
            private readonly string _text;
            private readonly IReadOnlyList<AnalyzedSentence> _sentences;
            private readonly List<Piece> _p;
            private readonly string[] _gap;
            private readonly int[] _owner;
            private readonly bool[] _inTitle;
            private readonly List<Found> _found = new List<Found>();
            private readonly Dictionary<int, int> _lastSeen = new Dictionary<int, int>();

            public Run(EntityMatcher matcher, string text, IReadOnlyList<AnalyzedSentence> sentences)
            {
                _m = matcher;
                _text = text;
                _sentences = sentences;
                _p = Scan(text);
                AssignSentences();
                _gap = new string[_p.Count];
                for (int i = 0; i < _p.Count; i++) _gap[i] = i == 0 ? "\n" : Gap(text, _p[i - 1].FullEnd, _p[i].Start);
                _owner = new int[_p.Count];
                for (int i = 0; i < _owner.Length; i++) _owner[i] = -1;
                _inTitle = new bool[_p.Count];
            }

            public EntityMatches Execute()
            {
                MatchExact();
                MatchNearMisses();
                List<UnlinkedName> unlinked = FindUnlinked();
                _found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Entity.CompareTo(b.Entity));
                var mentions = new FoundMention[_found.Count];
                for (int i = 0; i < mentions.Length; i++)
                {
                    Found f = _found[i];
                    mentions[i] = new FoundMention(f.Entity, f.Start, f.End - f.Start, f.Sentence, f.How, f.Distance, f.Title);
                }
                return new EntityMatches(mentions, unlinked);
            }

            private void AssignSentences()
            {
                int count = _sentences.Count;
                var order = new int[count];
                for (int i = 0; i < count; i++) order[i] = i;
                Array.Sort(order, (a, b) => _sentences[a].Start != _sentences[b].Start ? _sentences[a].Start.CompareTo(_sentences[b].Start) : a.CompareTo(b));
                int s = 0;
                for (int i = 0; i < _p.Count; i++)
                {
                    Piece piece = _p[i];
                    while (s + 1 < count && _sentences[order[s + 1]].Start <= piece.Start) s++;
                    int sentence = -1;
                    if (count > 0)
                    {
                        AnalyzedSentence candidate = _sentences[order[s]];
                        if (candidate.Start <= piece.Start && piece.Start < (long)candidate.Start + candidate.Length) sentence = order[s];
                    }
                    piece.Sentence = sentence;
                    _p[i] = piece;
                }
            }

            // ---- names, aliases, surnames ----

            private void MatchExact()
            {
                int n = _p.Count;
                var surnames = new List<Candidate>();
                int at = 0;
                while (at < n)
                {
                    if (!_m._byFirstWord.TryGetValue(_p[at].Key, out List<Form>? forms))
                    {
                        at++;
                        continue;
                    }
                    Candidate best = default;
                    surnames.Clear();
                    foreach (Form form in forms)
                    {
                        if (!TryMatch(form, at, out int end, out bool glued)) continue;
                        var candidate = new Candidate(form, form.Keys.Length, end, glued);
                        if (form.How == MentionMatch.Surname) surnames.Add(candidate);
                        else if (best.Form is null || candidate.Words > best.Words || (candidate.Words == best.Words && Rank(form) < Rank(best.Form))) best = candidate;
                    }
                    Candidate chosen = best;
                    string? title = null;
                    int titleStart = -1;
                    if (surnames.Count > 0)
                    {
                        Candidate surname = ChooseSurname(surnames, best.Form is null ? 0 : best.Words, at, out title, out titleStart);
                        if (surname.Form is not null) chosen = surname;
                    }
                    if (chosen.Form is null)
                    {
                        at++;
                        continue;
                    }
                    int last = at + chosen.Words - 1;
                    if (chosen.Form.How != MentionMatch.Surname && _m._person[chosen.Form.Entity]) title = FindTitle(at, out titleStart);
                    Add(chosen.Form.Entity, at, last, chosen.End, chosen.Form.How, 0, title, titleStart, chosen.Glued);
                    at = chosen.Glued ? last : last + 1;
                }
            }

            private static int Rank(Form form) => form.How == MentionMatch.Alias ? 1 : 0;

            private Candidate ChooseSurname(List<Candidate> surnames, int bestWords, int at, out string? title, out int titleStart)
            {
                title = null;
                titleStart = -1;
                Candidate chosen = default;
                int chosenSeen = -1, unseen = 0;
                Candidate onlyUnseen = default;
                foreach (Candidate c in surnames)
                {
                    if (c.Words <= bestWords) continue;
                    if (_lastSeen.TryGetValue(c.Form!.Entity, out int seen))
                    {
                        if (chosen.Form is null || c.Words > chosen.Words || (c.Words == chosen.Words && seen > chosenSeen))
                        {
                            chosen = c;
                            chosenSeen = seen;
                        }
                    }
                    else if (onlyUnseen.Form is null || onlyUnseen.Form.Entity != c.Form.Entity)
                    {
                        unseen++;
                        onlyUnseen = c;
                    }
                }
                string? found = FindTitle(at, out int foundStart);
                if (chosen.Form is null && unseen == 1 && found is not null) chosen = onlyUnseen;
                if (chosen.Form is not null)
                {
                    title = found;
                    titleStart = foundStart;
                }
                return chosen;
            }

            private bool TryMatch(Form form, int at, out int end, out bool glued)
            {
                end = 0;
                glued = false;
                int words = form.Keys.Length;
                if (at + words > _p.Count) return false;
                int sentence = _p[at].Sentence;
                for (int k = 0; k < words; k++)
                {
                    Piece t = _p[at + k];
                    if (_owner[at + k] >= 0) return false;
                    if (k > 0 && (t.Sentence != sentence || !string.Equals(_gap[at + k], form.Gaps[k - 1], StringComparison.Ordinal))) return false;
                    bool last = k == words - 1;
                    if (KeyEquals(form.Keys[k], t.Key))
                    {
                        if (form.Possessive[k] && !t.Possessive) return false;
                        if (!form.Possessive[k] && t.Possessive && !last) return false;
                        if (last) end = form.Possessive[k] ? t.FullEnd : t.End;
                    }
                    else if (last && words >= 2 && !form.Possessive[k] && IsGluedPrefix(form.Keys[k], t))
                    {
                        end = t.Start + form.Keys[k].Length;
                        glued = true;
                    }
                    else
                    {
                        return false;
                    }
                }
                return true;
            }

            /// <summary>"Rutte" at the front of "RuttePhoto": the word goes on with a capital after a lower-case letter.</summary>
            private static bool IsGluedPrefix(string key, Piece t)
            {
                int k = key.Length;
                return k > 0 && t.Key.Length == t.Length && t.Key.Length >= k + 2 && char.IsLower(key[k - 1]) &&
                       char.IsUpper(t.Key[k]) && char.IsLower(t.Key[k + 1]) && string.CompareOrdinal(t.Key, 0, key, 0, k) == 0;
            }

            /// <summary>The title right before the word at <paramref name="at"/>: an honorific, or an office with the capitalised words before it.</summary>
            private string? FindTitle(int at, out int titleStart)
            {
                titleStart = -1;
                int q = at - 1;
                if (q < 0 || _owner[q] >= 0 || _p[q].Sentence != _p[at].Sentence || _p[q].Possessive) return null;
                string gap = _gap[at];
                Piece word = _p[q];
                if (NameWords.Honorifics.Contains(word.Key) && word.FirstPart && (gap == " " || gap == ". "))
                {
                    titleStart = q;
                    return _text.Substring(word.Start, word.Length + (gap[0] == '.' ? 1 : 0));
                }
                if (!NameWords.Roles.Contains(word.Key) || gap != " ") return null;
                int first = q;
                while (first > 0 && _owner[first - 1] < 0 && _p[first - 1].Sentence == _p[at].Sentence && _gap[first] == " ")
                {
                    Piece before = _p[first - 1];
                    if (before.Possessive || before.Key.Length < 2 || !char.IsUpper(before.Key[0]) ||
                        NameWords.Function.Contains(before.Key) || NameWords.Calendar.Contains(before.Key))
                    {
                        break;
                    }
                    first--;
                }
                titleStart = first;
                return _text.Substring(_p[first].Start, word.End - _p[first].Start);
            }

            private void Add(int entity, int first, int last, int end, MentionMatch how, int distance, string? title, int titleStart, bool glued)
            {
                int index = _found.Count;
                _found.Add(new Found(entity, _p[first].Start, end, _p[first].Sentence, how, distance, title));
                _lastSeen[entity] = index;
                for (int i = first; i <= last; i++) _owner[i] = index;
                if (titleStart >= 0)
                {
                    for (int i = titleStart; i < first; i++) _inTitle[i] = true;
                }
                if (glued)
                {
                    // The rest of the glued word ("Photo" of "RuttePhoto") stays a word of its own.
                    Piece rest = _p[last];
                    int cut = end - rest.Start;
                    rest.Key = rest.Key.Substring(cut);
                    rest.Start = end;
                    rest.Length -= cut;
                    rest.FirstPart = true;
                    rest.TokenCapitalised = true;
                    _p[last] = rest;
                    _gap[last] = string.Empty;
                    _owner[last] = -1;
                }
            }

            // ---- near misses ----

            private void MatchNearMisses()
            {
                if (_m._nearMissByLength.Count == 0) return;
                var candidates = new List<NearCandidate>();
                foreach (List<int> run in CapitalisedRuns(allowConnectors: true))
                {
                    candidates.Clear();
                    for (int a = 0; a < run.Count; a++)
                    {
                        for (int b = a; b < run.Count && b < a + 8; b++)
                        {
                            Piece first = _p[run[a]], last = _p[run[b]];
                            if (IsParticle(run[a]) || IsParticle(run[b]) || IsConnector(run[a]) || IsConnector(run[b])) continue;
                            if (a == b && IsAcronymKey(first.Key)) continue;
                            string window = Fold(Collapse(_text.Substring(first.Start, last.End - first.Start)));
                            ulong mask = CharacterMask(window);
                            for (int length = window.Length - 2; length <= window.Length + 2; length++)
                            {
                                if (!_m._nearMissByLength.TryGetValue(length, out List<Form>? forms)) continue;
                                foreach (Form form in forms)
                                {
                                    if (Math.Abs(length - window.Length) > form.MaxDistance) continue;
                                    // An edit changes whether at most two characters occur: a cheap test before the table.
                                    if (BitCount(mask ^ form.Mask) > 2 * form.MaxDistance) continue;
                                    int d = StringDistance.EditDistance(window, form.Folded, form.MaxDistance);
                                    if (d >= 1 && d <= form.MaxDistance) candidates.Add(new NearCandidate(form, a, b, d));
                                }
                            }
                        }
                    }
                    candidates.Sort((x, y) =>
                        x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) :
                        (x.To - x.From) != (y.To - y.From) ? (y.To - y.From).CompareTo(x.To - x.From) :
                        x.From != y.From ? x.From.CompareTo(y.From) : x.Form.Order.CompareTo(y.Form.Order));
                    var taken = new bool[run.Count];
                    foreach (NearCandidate c in candidates)
                    {
                        bool free = true;
                        for (int k = c.From; k <= c.To; k++) free &= !taken[k];
                        if (!free) continue;
                        for (int k = c.From; k <= c.To; k++) taken[k] = true;
                        int first = run[c.From], last = run[c.To];
                        string? title = null;
                        int titleStart = -1;
                        if (_m._person[c.Form.Entity]) title = FindTitle(first, out titleStart);
                        Add(c.Form.Entity, first, last, _p[last].End, MentionMatch.NearMiss, c.Distance, title, titleStart, glued: false);
                    }
                }
            }

            // ---- unlinked names ----

            private bool Free(int i) => _owner[i] < 0 && !_inTitle[i];

            private bool IsCapitalised(int i)
            {
                Piece t = _p[i];
                if (t.Key.Length < 2 || !char.IsUpper(t.Key[0]) || !(t.FirstPart || t.TokenCapitalised)) return false;
                foreach (char c in t.Key) if (char.IsLower(c)) return true;
                return false;
            }

            private bool IsAcronym(int i) => (_p[i].FirstPart || _p[i].TokenCapitalised) && IsAcronymKey(_p[i].Key) && !IsRoman(_p[i].Key);

            private bool IsParticle(int i) => NameWords.Particles.Contains(_p[i].Key);

            private bool IsConnector(int i) => NameWords.Connectors.Contains(_p[i].Key);

            private bool Joins(int i) => _p[i].Sentence == _p[i - 1].Sentence && !_p[i - 1].Possessive && (_gap[i] == " " || _gap[i] == "-" || _gap[i].Length == 0);

            /// <summary>Runs of free capitalised words and acronyms, with name particles (and, if asked, connectors) inside.</summary>
            private List<List<int>> CapitalisedRuns(bool allowConnectors)
            {
                var runs = new List<List<int>>();
                int n = _p.Count;
                int i = 0;
                while (i < n)
                {
                    if (!Free(i) || !(IsCapitalised(i) || IsAcronym(i)))
                    {
                        i++;
                        continue;
                    }
                    var run = new List<int> { i };
                    int j = i + 1;
                    while (true)
                    {
                        int k = j, inside = 0;
                        while (k < n && inside < 3 && Free(k) && Joins(k) &&
                               (IsParticle(k) || (allowConnectors && IsConnector(k))))
                        {
                            k++;
                            inside++;
                        }
                        if (k < n && Free(k) && Joins(k) && (IsCapitalised(k) || IsAcronym(k)))
                        {
                            for (int x = j; x <= k; x++) run.Add(x);
                            j = k + 1;
                            continue;
                        }
                        break;
                    }
                    runs.Add(run);
                    i = j;
                }
                return runs;
            }

            private List<UnlinkedName> FindUnlinked()
            {
                var result = new List<UnlinkedName>();
                int n = _p.Count;
                if (n == 0) return result;
                var heading = Headings();
                var lower = new HashSet<string>(StringComparer.Ordinal);
                var evidence = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < n; i++)
                {
                    string key = _p[i].Key;
                    if (key.Length > 0 && char.IsLower(key[0])) lower.Add(key);
                    else if (IsCapitalised(i) && !IsHeading(heading, i) && !StartsSentence(i)) evidence.Add(key);
                }
                var known = new HashSet<string>(StringComparer.Ordinal);
                foreach (int entity in _lastSeen.Keys)
                {
                    Form? surname = _m._surname[entity];
                    if (surname is not null) known.Add(surname.Keys[surname.Keys.Length - 1]);
                }

                foreach (List<int> run in CapitalisedRuns(allowConnectors: true))
                {
                    var parts = new List<List<int>>();
                    bool connected = false;
                    foreach (int i in run) connected |= NameWords.Connectors.Contains(_p[i].Key);
                    if (connected && NameWords.Roles.Contains(_p[run[run.Count - 1]].Key)) continue;
                    var part = new List<int>();
                    foreach (int i in run)
                    {
                        if (NameWords.Connectors.Contains(_p[i].Key)) { parts.Add(part); part = new List<int>(); }
                        else part.Add(i);
                    }
                    parts.Add(part);

                    foreach (List<int> p0 in parts)
                    {
                        int lastRole = -1;
                        for (int k = 0; k < p0.Count; k++)
                        {
                            if (NameWords.Roles.Contains(_p[p0[k]].Key) || NameWords.Honorifics.Contains(_p[p0[k]].Key)) lastRole = k;
                        }
                        List<int> named = p0.GetRange(lastRole + 1, p0.Count - lastRole - 1);
                        var pieces = new List<List<int>>();
                        if (named.Count > 0 && IsHeading(heading, named[0]))
                        {
                            var current = new List<int>();
                            foreach (int i in named)
                            {
                                string key = _p[i].Key;
                                bool common = !IsAcronym(i) && (NameWords.Function.Contains(key) || lower.Contains(key.ToLowerInvariant()));
                                if (common) { pieces.Add(current); current = new List<int>(); }
                                else current.Add(i);
                            }
                            pieces.Add(current);
                        }
                        else
                        {
                            pieces.Add(named);
                        }
                        foreach (List<int> name in pieces) Report(name, heading, evidence, known, result);
                    }
                }
                return result;
            }

            private void Report(List<int> name, bool[] heading, HashSet<string> evidence, HashSet<string> known, List<UnlinkedName> result)
            {
                int from = 0, to = name.Count - 1;
                while (from <= to && (NameWords.Function.Contains(_p[name[from]].Key) || IsParticle(name[from]))) from++;
                while (to >= from && IsParticle(name[to])) to--;
                if (from > to) return;
                int first = name[from], last = name[to];
                if (from == to)
                {
                    string key = _p[first].Key;
                    if (NameWords.Roles.Contains(key) || NameWords.Honorifics.Contains(key)) return;
                    if (!IsAcronym(first))
                    {
                        if (NameWords.Calendar.Contains(key) || NameWords.Adjectives.Contains(key) || NameWords.CaptionLabels.Contains(key) || known.Contains(key)) return;
                        if (NameWords.Designators.Contains(key) && first > 0 && _owner[first - 1] >= 0 && _gap[first] == " ") return;
                        if (!IsHeading(heading, first) && StartsSentence(first) && !evidence.Contains(key)) return;
                    }
                }
                int start = _p[first].Start, end = _p[last].End;
                result.Add(new UnlinkedName(start, end - start, _p[first].Sentence, _text.Substring(start, end - start)));
            }

            private bool IsHeading(bool[] heading, int i) => _p[i].Sentence >= 0 && _p[i].Sentence < heading.Length && heading[_p[i].Sentence];

            /// <summary>Sentences in title case without final punctuation: every word of four letters or more capitalised, two words or more.</summary>
            private bool[] Headings()
            {
                var heading = new bool[_sentences.Count];
                var words = new int[_sentences.Count];
                var lowerWords = new bool[_sentences.Count];
                foreach (Piece t in _p)
                {
                    if (t.Sentence < 0) continue;
                    words[t.Sentence]++;
                    int letters = 0;
                    foreach (char c in t.Key) if (char.IsLetter(c)) letters++;
                    if (letters >= 4 && !char.IsUpper(t.Key[0])) lowerWords[t.Sentence] = true;
                }
                for (int s = 0; s < heading.Length; s++)
                {
                    if (words[s] < 2 || lowerWords[s]) continue;
                    AnalyzedSentence sentence = _sentences[s];
                    int end = (int)Math.Min((long)sentence.Start + sentence.Length, _text.Length) - 1;
                    while (end >= sentence.Start && end >= 0 && (char.IsWhiteSpace(_text[end]) || IsCloser(_text[end]))) end--;
                    heading[s] = end >= 0 && end >= sentence.Start && ".!?\u2026".IndexOf(_text[end]) < 0;
                }
                return heading;
            }

            /// <summary>Whether a word stands where sentences start: first in its sentence, after a colon, or after an opening quote that follows a comma or colon.</summary>
            private bool StartsSentence(int i)
            {
                int sentenceStart = _p[i].Sentence >= 0 ? _sentences[_p[i].Sentence].Start : -1;
                int j = _p[i].Start - 1;
                bool quote = false;
                while (j >= 0 && j >= sentenceStart && IsOpener(_text[j]))
                {
                    quote = true;
                    j--;
                }
                while (j >= 0 && j >= sentenceStart && _text[j] == ' ') j--;
                if (j < 0 || j < sentenceStart || _text[j] == '\n' || _text[j] == '\r') return true;
                char c = _text[j];
                return c == ':' || (quote && c == ',');
            }
        }

        // ---- words ----

        private struct Piece
        {
            public int Start;
            /// <summary>Without a possessive.</summary>
            public int Length;
            /// <summary>Where the word ends with its possessive.</summary>
            public int FullEnd;
            public string Key;
            public bool Possessive;
            /// <summary>The first hyphen-separated part of its token.</summary>
            public bool FirstPart;
            /// <summary>The token the part belongs to starts with a capital.</summary>
            public bool TokenCapitalised;
            public int Sentence;

            public int End => Start + Length;
        }

        private sealed class Form
        {
            public Form(int entity, MentionMatch how, string[] keys, bool[] possessive, string[] gaps, string folded, int order)
            {
                Entity = entity;
                How = how;
                Keys = keys;
                Possessive = possessive;
                Gaps = gaps;
                Folded = folded;
                Order = order;
            }

            public int Entity { get; }
            public MentionMatch How { get; }
            public string[] Keys { get; }
            public bool[] Possessive { get; }
            public string[] Gaps { get; }
            public string Folded { get; }
            public int Order { get; }
            public int MaxDistance { get; set; }
            public ulong Mask { get; set; }
        }

        private readonly struct Candidate
        {
            public Candidate(Form form, int words, int end, bool glued)
            {
                Form = form;
                Words = words;
                End = end;
                Glued = glued;
            }

            public Form? Form { get; }
            public int Words { get; }
            public int End { get; }
            public bool Glued { get; }
        }

        private readonly struct NearCandidate
        {
            public NearCandidate(Form form, int from, int to, int distance)
            {
                Form = form;
                From = from;
                To = to;
                Distance = distance;
            }

            public Form Form { get; }
            public int From { get; }
            public int To { get; }
            public int Distance { get; }
        }

        private sealed class Found
        {
            public Found(int entity, int start, int end, int sentence, MentionMatch how, int distance, string? title)
            {
                Entity = entity;
                Start = start;
                End = end;
                Sentence = sentence;
                How = how;
                Distance = distance;
                Title = title;
            }

            public int Entity { get; }
            public int Start { get; }
            public int End { get; }
            public int Sentence { get; }
            public MentionMatch How { get; }
            public int Distance { get; }
            public string? Title { get; }
        }

        /// <summary>The words of <paramref name="text"/>, split at hyphens, each without its possessive and folded.</summary>
        private static List<Piece> Scan(string text)
        {
            var pieces = new List<Piece>();
            foreach (Token token in Tokenizer.Tokenize(text))
            {
                string w = token.Text;
                if (w.IndexOf("://", StringComparison.Ordinal) >= 0 || w.IndexOf('@') >= 0 || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) continue;
                int core = w.Length;
                bool possessive = false;
                if (core > 2 && IsApostrophe(w[core - 2]) && (w[core - 1] == 's' || w[core - 1] == 'S'))
                {
                    core -= 2;
                    possessive = true;
                }
                else if (core > 1 && IsApostrophe(w[core - 1]))
                {
                    core -= 1;
                    possessive = true;
                }
                bool capitalised = char.IsUpper(w[0]);
                bool first = true;
                int partStart = 0;
                for (int i = 0; i <= core; i++)
                {
                    if (i < core && !IsHyphen(w[i])) continue;
                    if (i > partStart)
                    {
                        bool lastPart = i == core;
                        pieces.Add(new Piece
                        {
                            Start = token.Start + partStart,
                            Length = i - partStart,
                            FullEnd = lastPart ? token.Start + w.Length : token.Start + i,
                            Key = Fold(w.Substring(partStart, i - partStart)),
                            Possessive = possessive && lastPart,
                            FirstPart = first,
                            TokenCapitalised = capitalised,
                            Sentence = -1,
                        });
                        first = false;
                    }
                    partStart = i + 1;
                }
            }
            return pieces;
        }

        /// <summary>What separates two words, for comparing with a name: any run of white space is one space, hyphens are "-"; a line break never matches.</summary>
        private static string Gap(string text, int from, int to)
        {
            if (to <= from) return string.Empty;
            if (to - from == 1 && text[from] == ' ') return " ";
            var builder = new StringBuilder(to - from);
            bool space = false;
            for (int i = from; i < to; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') return "\n";
                if (char.IsWhiteSpace(c))
                {
                    if (!space) builder.Append(' ');
                    space = true;
                    continue;
                }
                space = false;
                builder.Append(IsHyphen(c) ? '-' : c);
            }
            return builder.ToString();
        }

        /// <summary>Which characters occur, each code unit on bit (code unit mod 64).</summary>
        private static ulong CharacterMask(string text)
        {
            ulong mask = 0;
            foreach (char c in text) mask |= 1UL << (c & 63);
            return mask;
        }

        private static int BitCount(ulong value)
        {
            int count = 0;
            while (value != 0)
            {
                value &= value - 1;
                count++;
            }
            return count;
        }

        private static string Collapse(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!space) builder.Append(' ');
                    space = true;
                }
                else
                {
                    space = false;
                    builder.Append(c);
                }
            }
            return builder.ToString();
        }

        /// <summary>Curly apostrophes made straight, diacritics removed; case kept (the tokenizer's folding).</summary>
        internal static string Fold(string word) => Tokenizer.Fold(word);

        private static bool KeyEquals(string name, string text)
        {
            if (string.Equals(name, text, StringComparison.Ordinal)) return true;
            return name.Length == text.Length && name.Length > 0 && char.IsLower(name[0]) && text[0] == char.ToUpperInvariant(name[0]) &&
                   string.CompareOrdinal(name, 1, text, 1, name.Length - 1) == 0;
        }

        /// <summary>Two to six capitals and digits (periods between them allowed), at least one capital: "VVD", "D66", "U.S.".</summary>
        private static bool IsAcronymKey(string key)
        {
            int count = 0, letters = 0;
            foreach (char c in key)
            {
                if (c == '.') continue;
                if (char.IsUpper(c)) letters++;
                else if (!char.IsDigit(c)) return false;
                count++;
            }
            return letters >= 1 && count >= 2 && count <= 6;
        }

        private static bool IsRoman(string key)
        {
            foreach (char c in key)
            {
                if (c != 'I' && c != 'V' && c != 'X') return false;
            }
            return true;
        }

        private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

        private static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

        private static bool IsOpener(char c) => c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB';

        private static bool IsCloser(char c) => c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';

        /// <summary>Ordinal comparison except for the case of the first character: looks up "de" and "De" alike.</summary>
        private sealed class FirstLetterInsensitive : IEqualityComparer<string>
        {
            public static readonly FirstLetterInsensitive Instance = new FirstLetterInsensitive();

            public bool Equals(string? x, string? y)
            {
                if (x is null || y is null) return x is null && y is null;
                if (x.Length != y.Length) return false;
                if (x.Length == 0) return true;
                return char.ToUpperInvariant(x[0]) == char.ToUpperInvariant(y[0]) && string.CompareOrdinal(x, 1, y, 1, x.Length - 1) == 0;
            }

            public int GetHashCode(string obj)
            {
                if (obj is null || obj.Length == 0) return 0;
                unchecked
                {
                    int hash = (int)2166136261;
                    hash = (hash ^ char.ToUpperInvariant(obj[0])) * 16777619;
                    for (int i = 1; i < obj.Length; i++) hash = (hash ^ obj[i]) * 16777619;
                    return hash;
                }
            }
        }
    }
}

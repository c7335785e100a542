using System;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980) for English
    /// words in lower case: "migrants" → "migrant", "negotiating" → "negoti". Words that are not
    /// all ASCII letters (numbers, "d66", "longest-serving", other scripts) are returned unchanged.
    /// </summary>
    public static class PorterStemmer
    {
        public static string Stem(string word)
        {
            if (word is null) throw new ArgumentNullException(nameof(word));
            if (word.Length <= 2) return word;
            foreach (char c in word)
            {
                if (c < 'a' || c > 'z') return word;
            }
            var s = new Stemming(word);
            s.Step1A();
            s.Step1B();
            s.Step1C();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
            return s.ToString();
        }

        private sealed class Stemming
        {
            private readonly char[] _b;
            private int _k; // the word is _b[0.._k]
            private int _j; // the stem before a matched suffix ends at _j

            public Stemming(string word)
            {
                _b = word.ToCharArray();
                _k = word.Length - 1;
            }

            public override string ToString() => new string(_b, 0, _k + 1);

            private bool IsConsonant(int i) => _b[i] switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' => false,
                'y' => i == 0 || !IsConsonant(i - 1),
                _ => true,
            };

            /// <summary>m: the number of vowel-consonant sequences in _b[0.._j].</summary>
            private int Measure()
            {
                int n = 0, i = 0;
                while (true)
                {
                    if (i > _j) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }
                i++;
                while (true)
                {
                    while (true)
                    {
                        if (i > _j) return n;
                        if (IsConsonant(i)) break;
                        i++;
                    }
                    i++;
                    n++;
                    while (true)
                    {
                        if (i > _j) return n;
                        if (!IsConsonant(i)) break;
                        i++;
                    }
                    i++;
                }
            }

            private bool VowelInStem()
            {
                for (int i = 0; i <= _j; i++)
                {
                    if (!IsConsonant(i)) return true;
                }
                return false;
            }

            private bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

            /// <summary>cvc at i, the second c not w, x or y: "hop", "wil".</summary>
            private bool Cvc(int i)
            {
                if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
                char c = _b[i];
                return c != 'w' && c != 'x' && c != 'y';
            }

            private bool EndsWith(string suffix)
            {
                int length = suffix.Length;
                if (length > _k + 1) return false;
                for (int i = 0; i < length; i++)
                {
                    if (_b[_k - length + 1 + i] != suffix[i]) return false;
                }
                _j = _k - length;
                return true;
            }

            private void SetTo(string replacement)
            {
                for (int i = 0; i < replacement.Length; i++) _b[_j + 1 + i] = replacement[i];
                _k = _j + replacement.Length;
            }

            private void ReplaceIfMeasured(string replacement)
            {
                if (Measure() > 0) SetTo(replacement);
            }

            public void Step1A()
            {
                if (_b[_k] != 's') return;
                if (EndsWith("sses")) _k -= 2;
                else if (EndsWith("ies")) SetTo("i");
                else if (_b[_k - 1] != 's') _k--;
            }

            public void Step1B()
            {
                if (EndsWith("eed"))
                {
                    if (Measure() > 0) _k--;
                    return;
                }
                if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
                {
                    _k = _j;
                    if (EndsWith("at")) SetTo("ate");
                    else if (EndsWith("bl")) SetTo("ble");
                    else if (EndsWith("iz")) SetTo("ize");
                    else if (DoubleConsonant(_k))
                    {
                        char c = _b[_k];
                        if (c != 'l' && c != 's' && c != 'z') _k--;
                    }
                    else
                    {
                        _j = _k;
                        if (Measure() == 1 && Cvc(_k)) SetTo("e");
                    }
                }
            }

            public void Step1C()
            {
                if (EndsWith("y") && VowelInStem()) _b[_k] = 'i';
            }

            private static readonly string[][] Step2Rules =
            {
                new[] { "ational", "ate" }, new[] { "tional", "tion" }, new[] { "enci", "ence" }, new[] { "anci", "ance" },
                new[] { "izer", "ize" }, new[] { "abli", "able" }, new[] { "alli", "al" }, new[] { "entli", "ent" },
                new[] { "eli", "e" }, new[] { "ousli", "ous" }, new[] { "ization", "ize" }, new[] { "ation", "ate" },
                new[] { "ator", "ate" }, new[] { "alism", "al" }, new[] { "iveness", "ive" }, new[] { "fulness", "ful" },
                new[] { "ousness", "ous" }, new[] { "aliti", "al" }, new[] { "iviti", "ive" }, new[] { "biliti", "ble" },
            };

            private static readonly string[][] Step3Rules =
            {
                new[] { "icate", "ic" }, new[] { "ative", "" }, new[] { "alize", "al" }, new[] { "iciti", "ic" },
                new[] { "ical", "ic" }, new[] { "ful", "" }, new[] { "ness", "" },
            };

            private static readonly string[] Step4Suffixes =
            {
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
            };

            public void Step2() => ApplyFirst(Step2Rules);

            public void Step3() => ApplyFirst(Step3Rules);

            private void ApplyFirst(string[][] rules)
            {
                foreach (string[] rule in rules)
                {
                    if (EndsWith(rule[0]))
                    {
                        ReplaceIfMeasured(rule[1]);
                        return;
                    }
                }
            }

            public void Step4()
            {
                // Longest match first among suffixes sharing an ending ("ement" before "ment" before "ent").
                string? found = null;
                foreach (string suffix in Step4Suffixes)
                {
                    if (EndsWith(suffix) && (found is null || suffix.Length > found.Length)) found = suffix;
                }
                if (found is null) return;
                EndsWith(found);
                if (found == "ion" && !(_j >= 0 && (_b[_j] == 's' || _b[_j] == 't'))) return;
                if (Measure() > 1) _k = _j;
            }

            public void Step5()
            {
                _j = _k;
                if (_b[_k] == 'e')
                {
                    _j = _k - 1;
                    int m = Measure();
                    if (m > 1 || (m == 1 && !Cvc(_k - 1))) _k--;
                }
                _j = _k;
                if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Finds numbers and what they count ("30,000 asylum seekers", "200 per month", "20%", "$5 million"). The rules:
    /// <list type="bullet">
    /// <item>Numerals: ASCII digits, with thousands separated by a comma before exactly three digits ("30,000") and a
    /// decimal point ("3.5"). English style only: "1,2" is not a number, and a number glued to letters or to
    /// another number by . , : / - ("D66", "8th", "1,2", "10:30", "2023-07-08", "3.5.1") is skipped whole.</item>
    /// <item>Number words: one–nineteen, twenty–ninety and their compounds ("twenty-five", "twenty five"), "a dozen";
    /// a number word is reported only with a unit or a multiplier ("a temporary one for" is not a quantity).</item>
    /// <item>The value has no trailing zeros (1500000000, not 1500000000.0).</item>
    /// <item>Multipliers after a number: hundred, thousand, million, billion, trillion, dozen ("2 million", "1.5 billion",
    /// "two hundred", "a million"), applied to <see cref="FoundQuantity.Value"/>.</item>
    /// <item>Unit: "%" right after the number or after one space; "per X" ("per month", "per cent"); "percent"; a currency sign before the
    /// number (€ $ £ ¥) is the unit ("$5 million" → "$"); a hyphenated word ("27-nation" → "nation"); otherwise the next
    /// one or two lower-case words that are not function words ("asylum seekers", "years"), the second only when the first
    /// does not end in "s" and the second does (a modifier and a plural noun: "coalition partners"); then a trailing "per X".
    /// Without a lexicon an adjective can be taken for the unit ("four straight coalition administrations" → "straight").
    /// Capitalised words are never units; the unit may be empty.</item>
    /// <item>Not quantities: years (four digits 1800–2100 in year context, see the date finder: "in 2022", "since 2010";
    /// "2010 people" is a quantity), day numbers next to a month name ("8 July", "July 8"), ages in commas after a name
    /// ("Rutte, 56,"), numbers right after a capitalised word inside a sentence ("Democrats 66", "Windows 11"), ordinals.</item>
    /// </list>
    /// Numbers with more digits than a decimal holds, or that a multiplier would make too big for one, are skipped. Deterministic, linear in the text.
    /// </summary>
    public static class QuantityFinder
    {
        private static readonly Dictionary<string, int> SmallNumbers = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
            ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
            ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
            ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        };

        private static readonly Dictionary<string, decimal> Multipliers = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["hundred"] = 100m, ["thousand"] = 1000m, ["million"] = 1000000m, ["billion"] = 1000000000m, ["trillion"] = 1000000000000m, ["dozen"] = 12m,
        };

        /// <summary>The quantities in <paramref name="text"/>, in text order, not overlapping.</summary>
        public static IReadOnlyList<FoundQuantity> Find(string text)
        {
            var found = new List<FoundQuantity>();
            if (string.IsNullOrEmpty(text)) return found;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                int next;
                if (MentionText.IsAsciiDigit(c) || (IsCurrency(c) && i + 1 < text.Length && MentionText.IsAsciiDigit(text[i + 1])))
                {
                    next = ReadNumeral(text, i, found);
                }
                else if (char.IsLetter(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    next = ReadNumberWord(text, i, found);
                }
                else
                {
                    next = i + 1;
                }
                i = Math.Max(next, i + 1);
            }
            return found;
        }

        private static bool IsCurrency(char c) => c == '€' || c == '$' || c == '£' || c == '¥';

        /// <summary>Skips a glued token: everything up to the next white space.</summary>
        private static int SkipToken(string text, int i)
        {
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            return i;
        }

        private static int ReadNumeral(string text, int start, List<FoundQuantity> found)
        {
            string currency = "";
            int i = start;
            if (IsCurrency(text[i]))
            {
                currency = text.Substring(i, 1);
                i++;
            }
            int numberStart = i;
            if (numberStart > 0 && currency.Length == 0 && IsGlueBefore(text, numberStart)) return SkipToken(text, numberStart);
            if (currency.Length > 0 && start > 0 && char.IsLetterOrDigit(text[start - 1])) return SkipToken(text, start);

            var digits = new System.Text.StringBuilder();
            bool separators = false;
            while (i < text.Length && MentionText.IsAsciiDigit(text[i])) digits.Append(text[i++]);
            while (i + 3 < text.Length + 0 && text[i] == ',' && AllDigits(text, i + 1, 3) && !(i + 4 < text.Length && MentionText.IsAsciiDigit(text[i + 4])))
            {
                digits.Append(text, i + 1, 3);
                separators = true;
                i += 4;
            }
            if (i + 1 < text.Length && text[i] == '.' && MentionText.IsAsciiDigit(text[i + 1]))
            {
                digits.Append('.');
                i++;
                while (i < text.Length && MentionText.IsAsciiDigit(text[i])) digits.Append(text[i++]);
            }
            int numberEnd = i;
            // Glued after: letters ("8th", "16px"), or a separator followed by a digit ("1,2", "2023-07-08", "10:30").
            if (i < text.Length)
            {
                char a = text[i];
                bool digitFollows = i + 1 < text.Length && MentionText.IsAsciiDigit(text[i + 1]);
                if (char.IsLetterOrDigit(a) && a != '%') return SkipToken(text, i);
                if ((a == '.' || a == ',' || a == ':' || a == '/' || a == '-' || a == '\u2013') && digitFollows) return SkipToken(text, i);
            }
            if (digits.Length > 29 || !decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return numberEnd;
            }

            bool plainInteger = !separators && digits.ToString().IndexOf('.') < 0;
            if (currency.Length == 0)
            {
                if (NextToMonth(text, numberStart, numberEnd)) return numberEnd;
                if (IsAge(text, numberStart, numberEnd)) return numberEnd;
                if (AfterCapitalisedWord(text, numberStart)) return numberEnd;
            }

            int end = ApplyMultipliers(text, numberEnd, ref value, out bool multiplied, out bool overflow);
            if (overflow) return end;
            string unit = currency;
            if (i < text.Length && text[i] == '%' && !multiplied)
            {
                unit = "%";
                end = i + 1;
            }
            else if (currency.Length == 0 && !multiplied && i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]))
            {
                string word = MentionText.LettersStartingAt(text, i + 1, out int wordEnd);
                if (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])) return SkipToken(text, i);
                unit = word;
                end = wordEnd;
            }
            else if (currency.Length == 0)
            {
                int unitEnd = ReadUnit(text, end, out string read);
                if (read.Length > 0)
                {
                    unit = read;
                    end = unitEnd;
                }
            }

            if (currency.Length == 0 && unit != "%" && plainInteger && !multiplied && MentionText.IsYearShaped(text, numberStart, numberEnd, out _) && MentionText.IsYearContext(text, numberStart, numberEnd))
            {
                return numberEnd;
            }
            found.Add(new FoundQuantity(start, end - start, Normalize(value), unit));
            return end;
        }

        /// <summary>The value without trailing zeros ("1.5 billion" → 1500000000, not 1500000000.0).</summary>
        private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

        private static bool AllDigits(string text, int from, int count)
        {
            if (from + count > text.Length) return false;
            for (int k = from; k < from + count; k++)
            {
                if (!MentionText.IsAsciiDigit(text[k])) return false;
            }
            return true;
        }

        private static bool IsGlueBefore(string text, int pos)
        {
            char b = text[pos - 1];
            if (char.IsLetterOrDigit(b) || b == '_' || b == '/' || b == '-' || b == '\u2013' || b == ':') return true;
            return (b == '.' || b == ',') && pos >= 2 && MentionText.IsAsciiDigit(text[pos - 2]);
        }

        private static bool NextToMonth(string text, int start, int end)
        {
            string before = MentionText.WordBefore(text, start, out _);
            if (before.Length > 0 && MentionText.IsCapitalized(before) && MentionText.MonthOf(before, abbreviations: true) > 0) return true;
            int p = end;
            if (p + 1 < text.Length && (text.Substring(p, 2) == "st" || text.Substring(p, 2) == "nd" || text.Substring(p, 2) == "rd" || text.Substring(p, 2) == "th")) p += 2;
            string after = MentionText.WordAfter(text, p, out int afterStart, out _);
            return after.Length > 0 && afterStart > p && MentionText.IsCapitalized(after) && MentionText.MonthOf(after, abbreviations: true) > 0;
        }

        /// <summary>"Rutte, 56, the head of …": a small number between commas right after a capitalised word.</summary>
        private static bool IsAge(string text, int start, int end)
        {
            if (end - start > 3 || end >= text.Length || text[end] != ',') return false;
            int p = start;
            while (p > 0 && MentionText.IsSpace(text[p - 1])) p--;
            if (p == start || p < 1 || text[p - 1] != ',') return false;
            string word = MentionText.LettersEndingAt(text, p - 1, out _);
            return MentionText.IsCapitalized(word);
        }

        /// <summary>"Democrats 66": a number right after a capitalised word that does not start its sentence.</summary>
        private static bool AfterCapitalisedWord(string text, int start)
        {
            string word = MentionText.WordBefore(text, start, out int wordStart);
            if (!MentionText.IsCapitalized(word) || wordStart == start) return false;
            int p = wordStart;
            while (p > 0 && MentionText.IsSpace(text[p - 1])) p--;
            if (p == 0) return false;
            char b = text[p - 1];
            bool sentenceStart = b == '.' || b == '!' || b == '?' || b == ':' || b == '\n' || b == '"' || b == '\u201C' || b == '(' || b == '\u2014' || b == '-';
            return !sentenceStart;
        }

        private static int ApplyMultipliers(string text, int end, ref decimal value, out bool multiplied, out bool overflow)
        {
            multiplied = false;
            overflow = false;
            while (true)
            {
                string word = MentionText.WordAfter(text, end, out int ws, out int we);
                if (ws == end || !Multipliers.TryGetValue(word, out decimal m)) return end;
                if (we < text.Length && char.IsLetterOrDigit(text[we])) return end;
                if (value > decimal.MaxValue / m)
                {
                    overflow = true;
                    return we;
                }
                value *= m;
                multiplied = true;
                end = we;
            }
        }

        /// <summary>The unit after a number ending at <paramref name="end"/>; returns where it ends.</summary>
        private static int ReadUnit(string text, int end, out string unit)
        {
            unit = "";
            if (end + 1 < text.Length && MentionText.IsSpace(text[end]) && text[end + 1] == '%')
            {
                unit = "%"; // "20 %"
                return end + 2;
            }
            string w1 = MentionText.WordAfter(text, end, out int s1, out int e1);
            if (s1 == end || s1 - end > 2 || !MentionText.IsLowerWord(w1)) return end;
            string l1 = w1;
            if (l1 == "per")
            {
                string w = MentionText.WordAfter(text, e1, out int ps, out int pe);
                if (ps == e1 || !MentionText.IsLowerWord(w) || MentionText.IsFunctionWord(w)) return end;
                unit = text.Substring(s1, pe - s1);
                return pe;
            }
            if (MentionText.IsFunctionWord(l1)) return end;
            int unitEnd = e1;
            if (!l1.EndsWith("s", StringComparison.Ordinal) && l1 != "percent")
            {
                string w2 = MentionText.WordAfter(text, e1, out int s2, out int e2);
                if (s2 > e1 && s2 - e1 <= 2 && MentionText.IsLowerWord(w2) && !MentionText.IsFunctionWord(w2) && w2.Length > 2
                    && w2.EndsWith("s", StringComparison.Ordinal) && !w2.EndsWith("ss", StringComparison.Ordinal))
                {
                    unitEnd = e2;
                }
            }
            string per = MentionText.WordAfter(text, unitEnd, out int perStart, out int perEnd);
            if (per == "per" && perStart > unitEnd && perStart - unitEnd <= 2)
            {
                string w = MentionText.WordAfter(text, perEnd, out int ws, out int we);
                if (ws > perEnd && MentionText.IsLowerWord(w) && !MentionText.IsFunctionWord(w)) unitEnd = we;
            }
            unit = text.Substring(s1, unitEnd - s1);
            return unitEnd;
        }

        private static int ReadNumberWord(string text, int start, List<FoundQuantity> found)
        {
            string word = MentionText.LettersStartingAt(text, start, out int wordEnd);
            if (word.Length == 0) return start + 1;
            string lower = word.ToLowerInvariant();
            if (lower == "a" || lower == "an")
            {
                // "a dozen", "a million"
                string m = MentionText.WordAfter(text, wordEnd, out int ms, out int me);
                if (ms == wordEnd || ms - wordEnd > 2 || !Multipliers.ContainsKey(m)) return wordEnd;
                decimal one = 1m;
                int aEnd = ApplyMultipliers(text, wordEnd, ref one, out _, out bool tooBig);
                if (tooBig) return aEnd;
                return Report(text, start, aEnd, one, found, requireUnit: false);
            }
            // "twenty-five", "four-party"
            string[] parts = lower.Split('-');
            if (!SmallNumbers.TryGetValue(parts[0], out int value)) return wordEnd;
            if (word.Length > 1 && char.IsUpper(word[1])) return wordEnd; // "ONE", "TEN" as names
            int numberEnd = start + parts[0].Length;
            string hyphenUnit = "";
            if (parts.Length > 1)
            {
                if (parts.Length == 2 && value >= 20 && value % 10 == 0 && SmallNumbers.TryGetValue(parts[1], out int units) && units < 10)
                {
                    value += units;
                    numberEnd = wordEnd;
                }
                else if (parts.Length == 2 && !SmallNumbers.ContainsKey(parts[1]))
                {
                    hyphenUnit = word.Substring(parts[0].Length + 1);
                }
                else return wordEnd;
            }
            else if (value >= 20 && value % 10 == 0)
            {
                // "twenty five"
                string next = MentionText.WordAfter(text, wordEnd, out int unitsStart, out int unitsEnd);
                if (unitsStart > wordEnd && unitsStart - wordEnd <= 2 && SmallNumbers.TryGetValue(next, out int units) && units < 10)
                {
                    value += units;
                    numberEnd = unitsEnd;
                }
            }
            if (char.IsUpper(word[0]) && AfterCapitalisedWord(text, start)) return wordEnd;
            decimal v = value;
            if (hyphenUnit.Length > 0)
            {
                found.Add(new FoundQuantity(start, wordEnd - start, Normalize(v), hyphenUnit));
                return wordEnd;
            }
            if (MentionText.WordAfter(text, numberEnd, out int ns, out _) is string n && ns > numberEnd && MentionText.IsCapitalized(n) && MentionText.MonthOf(n, abbreviations: false) > 0) return numberEnd;
            int end = ApplyMultipliers(text, numberEnd, ref v, out bool multiplied, out bool overflowed);
            if (overflowed) return end;
            return Report(text, start, end, v, found, requireUnit: !multiplied);
        }

        private static int Report(string text, int start, int end, decimal value, List<FoundQuantity> found, bool requireUnit)
        {
            string unit = "";
            int unitEnd = end;
            if (end < text.Length && text[end] == '%')
            {
                unit = "%";
                unitEnd = end + 1;
            }
            else
            {
                unitEnd = ReadUnit(text, end, out unit);
            }
            if (unit.Length == 0 && requireUnit) return end;
            found.Add(new FoundQuantity(start, unitEnd - start, Normalize(value), unit));
            return unitEnd;
        }
    }
}

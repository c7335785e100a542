using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Finds mentions of dates and resolves them against the article's date. The rules:
    /// <list type="bullet">
    /// <item>Absolute, <see cref="DatePrecision.Day"/>: "2023-07-08", "8 July 2023", "8th July 2023", "July 8, 2023", "July 8 2023"
    /// (month names in full or abbreviated "Jan", "Sept.", capitalised; the day must exist).</item>
    /// <item>Absolute, <see cref="DatePrecision.Month"/>: "January 2022", "Jan. 2022".</item>
    /// <item>Absolute, <see cref="DatePrecision.Year"/>: four digits 1800–2100 standing alone in year context ("in 2010", "since 2010.",
    /// not "2010 people", which is a quantity; not "D66", "2,010", "10:30").</item>
    /// <item>Without a year: "8 July", "July 8" (Day) and a bare full month name "July" (Month) take the year, of the article's
    /// year and the years before and after, that puts them closest to the article date (a tie takes the earlier);
    /// unresolved without an article date. They are not <see cref="FoundDateMention.Relative"/>. "May" alone is never a
    /// month (the modal verb); abbreviations alone are not either.</item>
    /// <item>Relative (span = the date words; a preceding "on" is not included): weekday names, capitalised — plain "Friday"
    /// is the most recent Friday on or before the article date (the article date itself when it is a Friday; news past
    /// tense); "last Friday" the one strictly before; "next Friday" the one strictly after; "this Friday" the one on or after.
    /// "yesterday", "today", "tomorrow" (Day). "last/this/next month" (Month), "last/this/next year" (Year), not after "the"
    /// ("the last year" is a period, not a date). "last/next week" and "… ago" are not reported.</item>
    /// </list>
    /// Relative mentions have a null date when there is no article date. Deterministic, linear in the text.
    /// </summary>
    public static class DateMentionFinder
    {
        private static readonly string[] Weekdays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

        private readonly struct Tok
        {
            public Tok(int start, int end, bool digits) { Start = start; End = end; Digits = digits; }
            public int Start { get; }
            public int End { get; }
            public bool Digits { get; }
        }

        /// <summary>The date mentions in <paramref name="text"/>, in text order, not overlapping.</summary>
        /// <param name="text">The article's text.</param>
        /// <param name="articleDate">The article's date (its time of day is ignored), or null.</param>
        public static IReadOnlyList<FoundDateMention> Find(string text, DateTime? articleDate)
        {
            var found = new List<FoundDateMention>();
            if (string.IsNullOrEmpty(text)) return found;
            DateTime? today = articleDate?.Date;
            List<Tok> toks = Lex(text);
            int t = 0;
            while (t < toks.Count)
            {
                int used = Match(text, toks, t, today, found);
                t += Math.Max(1, used);
            }
            return found;
        }

        private static List<Tok> Lex(string text)
        {
            var toks = new List<Tok>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetter(c))
                {
                    int e = i + 1;
                    while (e < text.Length && char.IsLetter(text[e])) e++;
                    toks.Add(new Tok(i, e, false));
                    i = e;
                }
                else if (MentionText.IsAsciiDigit(c))
                {
                    int e = i + 1;
                    while (e < text.Length && MentionText.IsAsciiDigit(text[e])) e++;
                    toks.Add(new Tok(i, e, true));
                    i = e;
                }
                else i++;
            }
            return toks;
        }

        private static string S(string text, Tok tok) => text.Substring(tok.Start, tok.End - tok.Start);

        private static bool SpaceBetween(string text, Tok a, Tok b) => b.Start - a.End == 1 && MentionText.IsSpace(text[a.End]);

        /// <summary>Whether a digit token stands alone: no letter, digit or number separator glued to either side.</summary>
        private static bool Clean(string text, Tok tok, bool allowOrdinal, out int end)
        {
            end = tok.End;
            if (tok.Start > 0)
            {
                char b = text[tok.Start - 1];
                if (char.IsLetter(b) || b == '_' || b == '-' || b == '/' || b == '\u2013' || b == '€' || b == '$' || b == '£' || b == '¥') return false;
                if ((b == '.' || b == ',' || b == ':') && tok.Start >= 2 && MentionText.IsAsciiDigit(text[tok.Start - 2])) return false;
            }
            if (end < text.Length)
            {
                if (allowOrdinal && end + 1 < text.Length)
                {
                    string suffix = text.Substring(end, 2);
                    if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") && (end + 2 >= text.Length || !char.IsLetterOrDigit(text[end + 2])))
                    {
                        end += 2;
                        return true;
                    }
                }
                char a = text[end];
                if (char.IsLetter(a) || a == '%') return false;
                bool digitFollows = end + 1 < text.Length && MentionText.IsAsciiDigit(text[end + 1]);
                if ((a == '.' || a == ',' || a == ':' || a == '/' || a == '-' || a == '\u2013') && digitFollows) return false;
            }
            return true;
        }

        private static int Match(string text, List<Tok> toks, int t, DateTime? today, List<FoundDateMention> found)
        {
            Tok tok = toks[t];
            if (tok.Digits) return MatchDigits(text, toks, t, today, found);
            string word = S(text, tok);
            if (!MentionText.IsCapitalized(word) && !MentionText.IsLowerWord(word)) return 1;

            int month = MentionText.IsCapitalized(word) ? MentionText.MonthOf(word, abbreviations: true) : 0;
            if (month > 0) return MatchMonthFirst(text, toks, t, month, today, found);

            string lower = word.ToLowerInvariant();
            bool capitalOrLower = word == lower || (char.IsUpper(word[0]) && word.Substring(1) == lower.Substring(1));
            if (!capitalOrLower) return 1;
            if (lower == "yesterday" || lower == "today" || lower == "tomorrow")
            {
                int offset = lower == "yesterday" ? -1 : lower == "today" ? 0 : 1;
                found.Add(new FoundDateMention(tok.Start, tok.End - tok.Start, AddDays(today, offset), DatePrecision.Day, true));
                return 1;
            }
            if ((lower == "last" || lower == "this" || lower == "next") && t + 1 < toks.Count && SpaceBetween(text, tok, toks[t + 1]))
            {
                string unit = S(text, toks[t + 1]);
                int step = lower == "last" ? -1 : lower == "this" ? 0 : 1;
                bool afterThe = t > 0 && S(text, toks[t - 1]).Equals("the", StringComparison.OrdinalIgnoreCase) && SpaceBetween(text, toks[t - 1], tok);
                bool endsWord = toks[t + 1].End >= text.Length || !(char.IsLetterOrDigit(text[toks[t + 1].End]) || text[toks[t + 1].End] == '-');
                if (!afterThe && endsWord && (unit == "year" || unit == "month"))
                {
                    DateTime? resolved = null;
                    if (today is DateTime d)
                    {
                        resolved = unit == "year" ? MakeDate(d.Year + step, 1, 1) : AddMonths(new DateTime(d.Year, d.Month, 1), step);
                    }
                    found.Add(new FoundDateMention(tok.Start, toks[t + 1].End - tok.Start, resolved, unit == "year" ? DatePrecision.Year : DatePrecision.Month, true));
                    return 2;
                }
                int weekday = WeekdayOf(unit);
                if (weekday >= 0 && EndsAsWord(text, toks[t + 1].End))
                {
                    found.Add(new FoundDateMention(tok.Start, toks[t + 1].End - tok.Start, ResolveWeekday(today, weekday, step, lower == "this"), DatePrecision.Day, true));
                    return 2;
                }
                return 1;
            }
            int day = WeekdayOf(word);
            if (day >= 0 && EndsAsWord(text, tok.End) && (tok.Start == 0 || !char.IsLetterOrDigit(text[tok.Start - 1])))
            {
                found.Add(new FoundDateMention(tok.Start, tok.End - tok.Start, ResolveWeekday(today, day, 0, false), DatePrecision.Day, true));
            }
            return 1;
        }

        /// <summary>No letter or digit right after (an apostrophe-s is fine: "Friday’s").</summary>
        private static bool EndsAsWord(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

        private static int WeekdayOf(string word)
        {
            for (int d = 0; d < Weekdays.Length; d++)
            {
                if (Weekdays[d] == word) return d;
            }
            return -1;
        }

        private static int MatchDigits(string text, List<Tok> toks, int t, DateTime? today, List<FoundDateMention> found)
        {
            Tok tok = toks[t];
            string digits = S(text, tok);
            // ISO 2023-07-08
            if (digits.Length == 4 && t + 2 < toks.Count && toks[t + 1].Digits && toks[t + 2].Digits
                && toks[t + 1].Start == tok.End + 1 && text[tok.End] == '-' && toks[t + 2].Start == toks[t + 1].End + 1 && text[toks[t + 1].End] == '-'
                && toks[t + 1].End - toks[t + 1].Start == 2 && toks[t + 2].End - toks[t + 2].Start == 2
                && (tok.Start == 0 || !char.IsLetterOrDigit(text[tok.Start - 1]) && text[tok.Start - 1] != '-')
                && (toks[t + 2].End >= text.Length || !char.IsLetterOrDigit(text[toks[t + 2].End]) && !(text[toks[t + 2].End] == '-' && toks[t + 2].End + 1 < text.Length && char.IsDigit(text[toks[t + 2].End + 1]))))
            {
                DateTime? iso = MakeDate(int.Parse(digits), int.Parse(S(text, toks[t + 1])), int.Parse(S(text, toks[t + 2])));
                if (iso is not null)
                {
                    found.Add(new FoundDateMention(tok.Start, toks[t + 2].End - tok.Start, iso, DatePrecision.Day, false));
                }
                return 3;
            }
            // 8 July [2023]
            if (digits.Length <= 2 && Clean(text, tok, allowOrdinal: true, out int dayEnd) && t + 1 < toks.Count)
            {
                int next = t + 1;
                if (dayEnd > tok.End && next < toks.Count && toks[next].Start == tok.End) next++; // the ordinal suffix token
                if (next < toks.Count && !toks[next].Digits && toks[next].Start - dayEnd == 1 && MentionText.IsSpace(text[dayEnd]))
                {
                    string name = S(text, toks[next]);
                    int month = MentionText.IsCapitalized(name) ? MentionText.MonthOf(name, abbreviations: true) : 0;
                    int monthEnd = AbbreviationEnd(text, toks[next], name);
                    if (month > 0 && monthEnd >= 0)
                    {
                        int day = int.Parse(digits);
                        int used = next - t + 1;
                        if (TryYearAfter(text, toks, next + 1, monthEnd, out int year, out int yearEnd))
                        {
                            DateTime? date = MakeDate(year, month, day);
                            if (date is not null) found.Add(new FoundDateMention(tok.Start, yearEnd - tok.Start, date, DatePrecision.Day, false));
                            return used + 1;
                        }
                        if (day >= 1 && day <= MaxDay(month))
                        {
                            found.Add(new FoundDateMention(tok.Start, monthEnd - tok.Start, Closest(today, month, day), DatePrecision.Day, false));
                        }
                        return used;
                    }
                }
            }
            // A year standing alone
            if (MentionText.IsYearShaped(text, tok.Start, tok.End, out int y) && Clean(text, tok, allowOrdinal: false, out _) && MentionText.IsYearContext(text, tok.Start, tok.End))
            {
                found.Add(new FoundDateMention(tok.Start, tok.End - tok.Start, MakeDate(y, 1, 1), DatePrecision.Year, false));
            }
            return 1;
        }

        /// <summary>Where a month name ends: after its period when abbreviated ("Sept."); -1 when an abbreviation is glued to more letters.</summary>
        private static int AbbreviationEnd(string text, Tok tok, string name)
        {
            if (MentionText.MonthOf(name, abbreviations: false) > 0) return tok.End;
            return tok.End < text.Length && text[tok.End] == '.' ? tok.End + 1 : tok.End;
        }

        /// <summary>A year after a month name: " 2023" or ", 2023".</summary>
        private static bool TryYearAfter(string text, List<Tok> toks, int t, int after, out int year, out int yearEnd)
        {
            year = 0;
            yearEnd = after;
            if (t >= toks.Count || !toks[t].Digits) return false;
            if (toks[t].Start - after > 2 || toks[t].Start < after) return false;
            string gap = text.Substring(after, toks[t].Start - after);
            if (gap != " " && gap != ", " && gap != "\u00A0") return false;
            if (!MentionText.IsYearShaped(text, toks[t].Start, toks[t].End, out year) || !Clean(text, toks[t], allowOrdinal: false, out _)) return false;
            yearEnd = toks[t].End;
            return true;
        }

        private static int MatchMonthFirst(string text, List<Tok> toks, int t, int month, DateTime? today, List<FoundDateMention> found)
        {
            Tok tok = toks[t];
            string name = S(text, tok);
            bool full = MentionText.MonthOf(name, abbreviations: false) > 0;
            if (tok.Start > 0 && char.IsLetterOrDigit(text[tok.Start - 1])) return 1;
            int monthEnd = AbbreviationEnd(text, tok, name);
            if (t + 1 < toks.Count && toks[t + 1].Digits)
            {
                Tok n = toks[t + 1];
                string gap = n.Start - monthEnd == 1 ? text.Substring(monthEnd, 1) : "";
                if (gap == " " || gap == "\u00A0")
                {
                    string digits = S(text, n);
                    // July 2023
                    if (MentionText.IsYearShaped(text, n.Start, n.End, out int year) && Clean(text, n, allowOrdinal: false, out _))
                    {
                        found.Add(new FoundDateMention(tok.Start, n.End - tok.Start, MakeDate(year, month, 1), DatePrecision.Month, false));
                        return 2;
                    }
                    // July 8[, 2023]
                    if (digits.Length <= 2 && Clean(text, n, allowOrdinal: true, out int dayEnd))
                    {
                        int day = int.Parse(digits);
                        int next = t + 2;
                        if (dayEnd > n.End && next < toks.Count && toks[next].Start == n.End) next++;
                        if (TryYearAfter(text, toks, next, dayEnd, out int y, out int yearEnd))
                        {
                            DateTime? date = MakeDate(y, month, day);
                            if (date is not null) found.Add(new FoundDateMention(tok.Start, yearEnd - tok.Start, date, DatePrecision.Day, false));
                            return next - t + 1;
                        }
                        if (day >= 1 && day <= MaxDay(month))
                        {
                            found.Add(new FoundDateMention(tok.Start, dayEnd - tok.Start, Closest(today, month, day), DatePrecision.Day, false));
                        }
                        return next - t;
                    }
                }
            }
            if (full && month != 5 && EndsAsWord(text, tok.End))
            {
                found.Add(new FoundDateMention(tok.Start, tok.End - tok.Start, ClosestMonth(today, month), DatePrecision.Month, false));
            }
            return 1;
        }

        private static int MaxDay(int month) => month == 2 ? 29 : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;

        private static DateTime? MakeDate(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            return new DateTime(year, month, day);
        }

        private static DateTime? AddDays(DateTime? date, int days)
        {
            if (date is not DateTime d) return null;
            if ((days < 0 && (d - DateTime.MinValue).TotalDays < -days) || (days > 0 && (DateTime.MaxValue - d).TotalDays < days + 1)) return null;
            return d.AddDays(days);
        }

        private static DateTime? AddMonths(DateTime date, int months)
        {
            int index = date.Year * 12 + date.Month - 1 + months;
            return MakeDate(index / 12, index % 12 + 1, 1);
        }

        private static DateTime? ResolveWeekday(DateTime? today, int weekday, int step, bool onOrAfter)
        {
            if (today is not DateTime d) return null;
            int back = ((int)d.DayOfWeek - weekday + 7) % 7;
            int forward = (weekday - (int)d.DayOfWeek + 7) % 7;
            if (onOrAfter) return AddDays(d, forward);
            if (step < 0) return AddDays(d, back == 0 ? -7 : -back);
            if (step > 0) return AddDays(d, forward == 0 ? 7 : forward);
            return AddDays(d, -back);
        }

        /// <summary>The day of the article's year, the year before or after, closest to the article date; the earlier on a tie.</summary>
        private static DateTime? Closest(DateTime? today, int month, int day)
        {
            if (today is not DateTime d) return null;
            DateTime? best = null;
            double bestDistance = double.MaxValue;
            for (int y = d.Year - 1; y <= d.Year + 1; y++)
            {
                if (MakeDate(y, month, day) is not DateTime candidate) continue;
                double distance = Math.Abs((candidate - d).TotalDays);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        private static DateTime? ClosestMonth(DateTime? today, int month)
        {
            if (today is not DateTime d) return null;
            int now = d.Year * 12 + d.Month - 1;
            DateTime? best = null;
            int bestDistance = int.MaxValue;
            for (int y = d.Year - 1; y <= d.Year + 1; y++)
            {
                int distance = Math.Abs(y * 12 + month - 1 - now);
                if (distance < bestDistance && MakeDate(y, month, 1) is DateTime candidate)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }
    }
}

using System.Globalization;
using System.Text;
using CorpusGen;

namespace NewsBrowser;

/// <summary>Terminal formatting for the sample: dates, one-line summaries, wrapping, marked excerpts.</summary>
internal static class Format
{
    /// <summary>Width that paragraphs are wrapped to.</summary>
    public const int Width = 96;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The title, or else the first paragraph (most seed articles have no title line).</summary>
    public static string Headline(Article article) =>
        article.Title ?? (article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : "(empty)");

    /// <summary>At most <paramref name="width"/> characters, cut at a word and marked with "…".</summary>
    public static string Shorten(string text, int width)
    {
        if (text.Length <= width) return text;
        string cut = text[..(width - 1)];
        int space = cut.LastIndexOf(' ');
        if (space > width / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>Line breaks and runs of white space as single spaces (boilerplate keeps its raw line breaks).</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Wraps text at word boundaries to lines of at most <paramref name="width"/> characters.</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new StringBuilder();
        int lineLength = 0;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                lines.Append(Environment.NewLine);
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                lines.Append(' ');
                lineLength++;
            }
            lines.Append(word);
            lineLength += word.Length;
        }
        return lines.ToString();
    }

    /// <summary>Where each of <paramref name="words"/> occurs in <paramref name="text"/> (case-insensitive), overlaps merged.</summary>
    public static List<(int Start, int Length)> Occurrences(string text, IEnumerable<string> words)
    {
        var spans = new List<(int Start, int Length)>();
        foreach (string word in words)
        {
            for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                spans.Add((at, word.Length));
            }
        }
        spans.Sort();
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in spans)
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Start + last.Length, start + length) - last.Start);
            }
            else
            {
                merged.Add((start, length));
            }
        }
        return merged;
    }

    /// <summary>
    /// About <paramref name="width"/> characters of <paramref name="text"/> around its first marked span,
    /// with each span in [brackets] and "…" where text was left out.
    /// </summary>
    public static string Excerpt(string text, IReadOnlyList<(int Start, int Length)> spans, int width)
    {
        int from = 0, to = text.Length;
        if (text.Length > width)
        {
            // Keep the first span and as many of the following ones as fit, with some text before them.
            int first = spans.Count > 0 ? spans[0].Start : 0;
            int last = spans.Count > 0 ? spans[0].Start + spans[0].Length : 0;
            foreach (var (start, length) in spans)
            {
                if (start + length - first <= width) last = start + length;
            }
            int slack = Math.Max(0, width - (last - first));
            from = Math.Max(0, Math.Min(first - Math.Min(width / 4, slack / 2), text.Length - width));
            if (from > 0)
            {
                int space = text.IndexOf(' ', from);
                from = space >= 0 && space < first ? space + 1 : from;
            }
            to = Math.Min(text.Length, from + width);
            if (to < text.Length)
            {
                int space = text.LastIndexOf(' ', to - 1, to - from);
                if (space >= last && space > from + width / 2) to = space;
            }
        }

        var excerpt = new StringBuilder();
        if (from > 0) excerpt.Append('…');
        int at = from;
        foreach (var (start, length) in spans)
        {
            if (start < from || start + length > to) continue;
            excerpt.Append(text, at, start - at).Append('[').Append(text, start, length).Append(']');
            at = start + length;
        }
        excerpt.Append(text, at, to - at);
        if (to < text.Length) excerpt.Append('…');
        return excerpt.ToString();
    }
}

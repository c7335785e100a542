// NewsBrowser: the seed corpus, compiled into this program by CorpusGen, browsed from the command line.
//   dotnet run --project samples/NewsBrowser -- help
using System.Globalization;
using System.Text;
using CorpusGen;
using CorpusGen.Analysis;
using NewsBrowser;

Console.OutputEncoding = Encoding.UTF8;
return args switch
{
    [] or ["list"] => List(News.Articles, $"{News.Articles.Count} articles"),
    ["show", var id] => Show(id),
    ["date", var day] when TryDate(day, out DateOnly date) => List(News.ByDate(date), $"dated {date:yyyy-MM-dd}"),
    ["between", var from, var to] when TryDate(from, out DateOnly start) && TryDate(to, out DateOnly end) =>
        List(News.Between(start, end), $"dated {start:yyyy-MM-dd} to {end:yyyy-MM-dd}"),
    ["search", .. var words] when words.Length > 0 => Search(string.Join(' ', words)),
    ["similar", var id] => Similar(id),
    ["help"] or ["--help"] or ["-h"] => Help(0),
    _ => Help(1),
};

static int List(IReadOnlyList<Article> articles, string heading)
{
    Console.WriteLine(heading + ":");
    foreach (Article article in articles)
    {
        string date = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "     —    ";
        Console.WriteLine($"  {article.Id,-22} {date}  {Shorten(article.Title ?? FirstParagraph(article), 70)}");
    }
    return 0;
}

static int Show(string id)
{
    Article? article = News.ById(id);
    if (article is null)
    {
        Console.Error.WriteLine($"No article with Id '{id}'. Run without arguments to list the Ids.");
        return 1;
    }
    Console.WriteLine(article.Title ?? "(no title)");
    Console.WriteLine($"Id {article.Id} · file {article.FileName} · date {article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}");
    Console.WriteLine();
    foreach (Paragraph paragraph in article.Paragraphs)
    {
        Console.WriteLine(paragraph.Kind == ParagraphKind.Heading ? "## " + paragraph.Text : Wrap(paragraph.Text, 96));
        Console.WriteLine();
    }
    if (article.Boilerplate.Count > 0)
    {
        Console.WriteLine("Kept out of the text:");
        foreach (Boilerplate item in article.Boilerplate)
        {
            Console.WriteLine($"  {item.Kind,-18} {Shorten(item.RawText, 76)}");
        }
    }
    return 0;
}

static int Search(string query)
{
    IReadOnlyList<CorpusGen.Search.SearchHit> hits;
    try
    {
        hits = News.Search(query, top: 5);
    }
    catch (CorpusGen.Search.QuerySyntaxException e)
    {
        Console.Error.WriteLine(query);
        Console.Error.WriteLine(new string(' ', e.Position) + "^ " + e.Message);
        return 1;
    }
    Console.WriteLine($"{hits.Count} hits for {query}:");
    foreach (CorpusGen.Search.SearchHit hit in hits)
    {
        Console.WriteLine($"  {hit.Score,6:0.000}  {hit.Article.Id,-22} {Shorten(hit.Article.Title ?? FirstParagraph(hit.Article), 60)}");
        if (hit.BestSentence is { } sentence) Console.WriteLine($"          … {Shorten(Mark(sentence.Text, hit.Highlights), 100)}");
    }
    return 0;
}

static string Mark(string text, IReadOnlyList<CorpusGen.Search.Highlight> highlights)
{
    var marked = new StringBuilder(text);
    foreach (var h in highlights.OrderByDescending(h => h.Start))
    {
        marked.Insert(h.Start + h.Length, ']').Insert(h.Start, '[');
    }
    return marked.ToString();
}

static int Similar(string id)
{
    Article? article = News.ById(id);
    if (article is null)
    {
        Console.Error.WriteLine($"No article with Id '{id}'. Run without arguments to list the Ids.");
        return 1;
    }
    Console.WriteLine($"Articles like {article.Id}:");
    foreach (SimilarArticle similar in News.Similar(article, 5))
    {
        Console.WriteLine($"  {similar.Score,6:0.000}  {similar.Article.Id,-22} {Shorten(similar.Article.Title ?? FirstParagraph(similar.Article), 60)}");
    }
    return 0;
}

static int Help(int exitCode)
{
    TextWriter writer = exitCode == 0 ? Console.Out : Console.Error;
    writer.WriteLine("""
        NewsBrowser: the seed corpus, compiled in by CorpusGen.

          (no arguments) | list        list the articles
          show <id>                    one article: paragraphs, headings, and the page text kept out
          date <yyyy-mm-dd>            articles of that date
          between <from> <to>          articles dated from..to (inclusive)
          search <query>               ranked search: words, "a phrase", +must, -not, prefix*, title:word, date:2023-07-08
          similar <id>                 the articles most like one
          help                         this text
        """);
    return exitCode;
}

static bool TryDate(string text, out DateOnly date) =>
    DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

static string FirstParagraph(Article article) => article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : "";

static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)].TrimEnd() + "…";

static string Wrap(string text, int width)
{
    var lines = new StringBuilder();
    int lineLength = 0;
    foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        if (lineLength > 0 && lineLength + 1 + word.Length > width)
        {
            lines.Append('\n');
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

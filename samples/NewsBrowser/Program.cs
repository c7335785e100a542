// NewsBrowser: the seed corpus, compiled into this program by CorpusGen, browsed from the command line.
// Nothing is read from disk at run time: News (generated from ../../seeds/*.txt) carries the articles.
//   dotnet run --project samples/NewsBrowser -- help
using System.Text;
using CorpusGen;
using CorpusGen.Analysis;
using CorpusGen.Search;
using NewsBrowser;

Console.OutputEncoding = Encoding.UTF8;

return args switch
{
    [] or ["list"] => List(News.Articles, $"{News.Articles.Count} articles"),
    ["show", var id] => Show(id),
    ["date", var day] => Format.TryParseDate(day, out DateOnly date)
        ? List(News.ByDate(date), $"Dated {Format.Date(date)}")
        : BadDate(day),
    ["between", var from, var to] => !Format.TryParseDate(from, out DateOnly start) ? BadDate(from)
        : !Format.TryParseDate(to, out DateOnly end) ? BadDate(to)
        : List(News.Between(start, end), $"Dated {Format.Date(start)} to {Format.Date(end)}"),
    ["find", .. var words] when words.Length > 0 => Find(words),
    ["search", .. var words] when words.Length > 0 => Search(string.Join(' ', words)),
    ["similar", var id] => Similar(id),
    ["entities"] => Entities(),
    ["who", .. var name] when name.Length > 0 => Who(string.Join(' ', name)),
    ["quotes", var id] => Quotes(id),
    ["help" or "--help" or "-h"] => Help(Console.Out, 0),
    [var command, ..] when Usage(command) is { } usage => Fail($"Usage: {usage}"),
    [var command, ..] => Fail($"Unknown command '{command}'.", showHelp: true),
};

// list, date, between: one line an article, in columns.
static int List(IReadOnlyList<Article> articles, string heading)
{
    Console.WriteLine(heading + ":");
    if (articles.Count == 0)
    {
        Console.WriteLine("  (none)");
        return 0;
    }
    int idWidth = articles.Max(a => a.Id.Length);
    foreach (Article article in articles)
    {
        string date = article.Date is { } d ? Format.Date(d) : "—";
        Console.WriteLine($"  {article.Id.PadRight(idWidth)}  {date,-10}  {Format.Shorten(Format.Headline(article), 70)}");
    }
    return 0;
}

// show <id>: the article as CorpusGen analysed it, and the page text it kept out.
static int Show(string id)
{
    if (Lookup(id) is not { } article) return 1;

    if (article.Title is { } title)
    {
        Console.WriteLine(title);
        Console.WriteLine(new string('=', Math.Min(Format.Width, title.Length)));
    }
    else
    {
        Console.WriteLine("(no title)");
    }
    Console.WriteLine($"Id:    {article.Id}");
    Console.WriteLine($"File:  {article.FileName}");
    Console.WriteLine($"Date:  {(article.Date is { } date ? Format.Date(date) : "—")}");
    Console.WriteLine($"Size:  {article.Paragraphs.Count} paragraphs, {article.WordCount} words");
    Console.WriteLine();
    foreach (Paragraph paragraph in article.Paragraphs)
    {
        Console.WriteLine(paragraph.Kind == ParagraphKind.Heading
            ? "## " + paragraph.Text
            : Format.Wrap(paragraph.Text, Format.Width));
        Console.WriteLine();
    }

    Console.WriteLine(article.Boilerplate.Count == 0
        ? "Kept out of the text: nothing."
        : $"Kept out of the text ({article.Boilerplate.Count}):");
    int kindWidth = article.Boilerplate.Select(b => b.Kind.ToString().Length).DefaultIfEmpty(0).Max();
    foreach (Boilerplate item in article.Boilerplate)
    {
        Console.WriteLine($"  {item.Kind.ToString().PadRight(kindWidth)}  {Format.Shorten(Format.OneLine(item.RawText), 76)}");
    }
    return 0;
}

// find <words…>: plain LINQ over the articles; every word must occur in Text (case-insensitive substring).
static int Find(string[] words)
{
    List<Article> matches = News.Articles
        .Where(article => words.All(word => article.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
        .ToList();

    string quoted = string.Join(" and ", words.Select(w => $"\"{w}\""));
    Console.WriteLine($"{matches.Count} of {News.Articles.Count} articles contain {quoted} (unranked; `search` ranks with the index):");
    foreach (Article article in matches)
    {
        // The paragraph with the most of the words (the first such paragraph on a tie).
        Paragraph best = article.Paragraphs.MaxBy(p => words.Count(w => p.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))!;
        Console.WriteLine($"  {article.Id}  {Format.Shorten(Format.Headline(article), 60)}");
        Console.WriteLine($"      {Format.Excerpt(best.Text, Format.Occurrences(best.Text, words), 96)}");
    }
    return 0;
}

// search <query>: ranked (BM25) over the inverted index CorpusGen built at compile time.
static int Search(string query)
{
    IReadOnlyList<SearchHit> hits;
    try
    {
        hits = News.Search(query, top: 5);
    }
    catch (QuerySyntaxException e)
    {
        Console.Error.WriteLine($"  {query}");
        Console.Error.WriteLine($"  {new string(' ', e.Position)}^ {e.Message}");
        return 1;
    }
    Console.WriteLine($"{hits.Count} best {(hits.Count == 1 ? "hit" : "hits")} for {query}:");
    foreach (SearchHit hit in hits)
    {
        Console.WriteLine($"  {hit.Score,6:0.000}  {hit.Article.Id}  {Format.Shorten(Format.Headline(hit.Article), 60)}");
        if (hit.BestSentence is { } sentence)
        {
            // Highlights are the matched words, as offsets in the sentence's text.
            var spans = hit.Highlights.Select(h => (h.Start, h.Length)).ToList();
            Console.WriteLine($"          {Format.Excerpt(sentence.Text, spans, 96)}");
        }
    }
    return 0;
}

// similar <id>: the neighbours CorpusGen precomputed at compile time (cosine of TF-IDF vectors).
static int Similar(string id)
{
    if (Lookup(id) is not { } article) return 1;
    Console.WriteLine($"Articles most like {article.Id}:");
    foreach (SimilarArticle similar in News.Similar(article, 5))
    {
        Console.WriteLine($"  {similar.Score,6:0.000}  {similar.Article.Id}  {Format.Shorten(Format.Headline(similar.Article), 60)}");
    }
    return 0;
}

// entities: the gazetteer (seeds/entities.json) with how often each entity is mentioned, linked at compile time.
static int Entities()
{
    foreach (Entity entity in News.Entities.All.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {entity.Mentions.Count,3}  {entity.Name} ({entity.Kind}) in {entity.Articles.Count} article(s)");
    }
    return 0;
}

// who <name>: an entity's mentions, each in its sentence, and what it is quoted as saying.
static int Who(string name)
{
    Entity? entity = News.Entities.ByName(name)
        ?? News.Entities.All.FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))
        ?? News.Entities.All.FirstOrDefault(e => e.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase));
    if (entity is null) return Fail($"'{name}' is not in the gazetteer. Run 'entities' to list it.");
    Console.WriteLine($"{entity.Name} ({entity.Kind}), mentioned {entity.Mentions.Count} times in {string.Join(", ", News.Mentioning(entity).Select(a => a.Id))}:");
    foreach (Mention mention in entity.Mentions)
    {
        Console.WriteLine($"  {mention.Article.Id[..3]}  {mention.Text,-14} {mention.How,-8} {Format.Shorten(mention.Sentence?.Text ?? "", 70)}");
    }
    foreach (Quote quote in News.Articles.SelectMany(a => a.Quotes).Where(q => q.Speaker == entity))
    {
        Console.WriteLine($"  says: “{Format.Shorten(quote.Text, 90)}”");
    }
    return 0;
}

// quotes <id>: an article's quotes with their speakers, then its quantities and dates.
static int Quotes(string id)
{
    if (Lookup(id) is not { } article) return 1;
    foreach (Quote quote in article.Quotes)
    {
        Console.WriteLine($"  “{Format.Shorten(quote.Text, 80)}” — {quote.Speaker?.Name ?? quote.SpeakerText ?? "(unattributed)"}");
    }
    foreach (Quantity quantity in article.Quantities) Console.WriteLine($"  quantity: {quantity.Text} = {quantity.Value} {quantity.Unit}");
    foreach (DateMention date in article.DateMentions) Console.WriteLine($"  date: {date.Text} = {(date.Resolved is { } d ? Format.Date(d) : "unresolved")}");
    return 0;
}

static Article? Lookup(string id)
{
    if (News.ById(id) is { } article) return article;
    Console.Error.WriteLine($"No article with Id '{id}'.");
    string[] candidates = News.Articles.Select(a => a.Id).Where(a => a.StartsWith(id, StringComparison.OrdinalIgnoreCase)).ToArray();
    Console.Error.WriteLine(candidates.Length > 0 && id.Length > 0
        ? $"Ids starting with it: {string.Join(", ", candidates)}"
        : "Run without arguments to list the Ids.");
    return null;
}

static int BadDate(string text) => Fail($"'{text}' is not a date: write it as yyyy-mm-dd, e.g. 2023-07-08.");

static int Fail(string message, bool showHelp = false)
{
    Console.Error.WriteLine(message);
    if (showHelp)
    {
        Console.Error.WriteLine();
        Help(Console.Error, 1);
    }
    return 1;
}

/// <summary>The usage line of a known command (for wrong arguments), or null for an unknown one.</summary>
static string? Usage(string command) => command switch
{
    "list" => "list",
    "show" => "show <id>",
    "date" => "date <yyyy-mm-dd>",
    "between" => "between <yyyy-mm-dd> <yyyy-mm-dd>",
    "find" => "find <word> [<word>…]",
    "search" => "search <query>",
    "similar" => "similar <id>",
    "who" => "who <name>",
    "quotes" => "quotes <id>",
    "help" => "help",
    _ => null,
};

static int Help(TextWriter writer, int exitCode)
{
    writer.WriteLine("""
        NewsBrowser: the seed corpus, compiled into this program by CorpusGen.

        Usage: dotnet run --project samples/NewsBrowser -- [command]

          (none) | list            every article: Id, date, title (or the start of its first paragraph)
          show <id>                one article: paragraphs (## marks a heading) and the page text kept out
          date <yyyy-mm-dd>        the articles of that date
          between <from> <to>      the articles dated from..to, both included
          find <words…>            articles whose text contains every word (LINQ, case-insensitive, unranked)
          search <query>           ranked search: words, "a phrase", +must, -not, prefix*, title:word, date:2023-07-08
          similar <id>             the articles most like one
          entities                 the gazetteer's entities, most mentioned first
          who <name>               an entity's mentions and quotes (who Mark Rutte, who VVD)
          quotes <id>              an article's quotes with speakers, quantities and dates
          help                     this text

        An unknown command or Id exits with code 1.
        """);
    return exitCode;
}

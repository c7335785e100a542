using CorpusGen;
using MyApp;

// With arguments: one first query and the assemblies loaded by then (FirstQuery.cs). Without:
// prints facts the package test asserts line by line (run from the project folder). Main only
// dispatches, so that the JIT compiling it loads nothing the facts need.
return args.Length > 0 ? Consumer.FirstQuery.Run(args) : PrintFacts();

static int PrintFacts()
{
    Console.WriteLine($"News.Count={News.Articles.Count}");
    Console.WriteLine($"News.Ids={string.Join(",", News.Articles.Select(a => a.Id))}");
    Console.WriteLine($"News.Dates={string.Join(",", News.Articles.Select(a => a.Date?.ToString("yyyy-MM-dd") ?? "-"))}");
    Console.WriteLine($"News.Title001={News.ById("001_2425f99faab40274")?.Title}");
    Console.WriteLine($"News.Miss={News.ById("nope") is null}");
    Console.WriteLine($"News.ByDate={News.ByDate(new DateOnly(2023, 7, 8)).Count}");
    Console.WriteLine($"News.Between={News.Between(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)).Count}");
    Console.WriteLine($"News.First={News._000_ac0d47a5dcf41be6.Paragraphs[0].Text[..54]}");
    Console.WriteLine($"News.RoundTrip={News.Articles[0].RawText == File.ReadAllText("seeds/000_ac0d47a5dcf41be6.txt")}");
    Console.WriteLine($"News.Rutte={News.Entities.MarkRutte.Mentions.Count}|{string.Join(",", News.Mentioning(News.Entities.MarkRutte).Select(a => a.Id[..3]))}");
    Console.WriteLine($"News.Speaker003={News._003_586e28ac2cfd1d33.Quotes.First(q => q.Text.StartsWith("That is why", StringComparison.Ordinal)).Speaker?.Name}");
    Console.WriteLine($"News.Friday000={News._000_ac0d47a5dcf41be6.DateMentions[0].Text}={News._000_ac0d47a5dcf41be6.DateMentions[0].Resolved:yyyy-MM-dd}");
    Console.WriteLine($"More.Entities={More.Entities.All.Count}");
    Console.WriteLine($"More.FileNames={string.Join(",", More.Articles.Select(a => a.FileName))}");
    Console.WriteLine($"ArticleProperties=News:{ArticleProperties(typeof(News))},More:{ArticleProperties(typeof(More))}");
    Console.WriteLine($"Corpus.Class={typeof(Consumer.Corpus).FullName}");
    Console.WriteLine($"Corpus.Ids={string.Join(",", Consumer.Corpus.Articles.Select(a => a.Id))}");

    // Front matter, read through typed properties: these lines compile only if the types are right.
    PostsArticle first = Posts.ById("first")!;
    long views = first.Views;
    double rating = first.Rating;
    string author = first.Author;
    string[]? tags = first.Tags;
    DateTimeOffset? published = Posts.Articles[1].Published;
    Console.WriteLine($"Posts.First={first.Title}|{first.Date:yyyy-MM-dd}|{author}|{views}|{rating}|{string.Join("+", tags ?? [])}|{first.Sentences.Count}");
    Console.WriteLine($"Posts.Second={Posts.Articles[1].Title ?? "-"}|{Posts.Articles[1].Views}|{Posts.Articles[1].Rating}|{published:O}|{Posts.Articles[1].Tags is null}");

    // Stored: the seeds again, their image a manifest resource (Storage="Resource"); every answer as News gives it.
    string Answers(Func<string, IReadOnlyList<CorpusGen.Search.SearchHit>> search, IReadOnlyList<Article> articles, Func<string, Article?> byId) =>
        string.Join("|", articles.Select(a => a.Id + ":" + a.Title + ":" + a.Paragraphs.Count + ":" + a.Sentences.Count + ":" + a.Entities.Count + ":" + a.Quotes.Count))
        + "|" + string.Join(";", new[] { "coalition government", "\"Mark Rutte\"", "migra*", "title:Dutch -Rutte" }
            .Select(q => string.Join(",", search(q).Select(h => h.Article.Id[..3] + "=" + h.Score.ToString("R")))))
        + "|" + byId("003_586e28ac2cfd1d33")?.RawText.Length;
    Console.WriteLine($"Stored.Resource={typeof(Stored).Assembly.GetManifestResourceNames().Contains("CorpusGen.MyApp.Stored.image")}");
    Console.WriteLine($"Stored.SameAsNews={Answers(q => Stored.Search(q), Stored.Articles, Stored.ById) == Answers(q => News.Search(q), News.Articles, News.ById)}");
    Console.WriteLine($"Stored.Rutte={Stored.Entities.MarkRutte.Mentions.Count}|{Stored.DocumentFrequency("rutte")}|{Stored.Similar(Stored._000_ac0d47a5dcf41be6, 1)[0].Article.Id[..3]}");

    // Which CorpusGen.dll the host loaded: the package's ReadyToRun image for this runtime, where it has one.
    Console.WriteLine($"Runtime.Assembly={Path.GetRelativePath(AppContext.BaseDirectory, typeof(Article).Assembly.Location).Replace('\\', '/')}");
    return 0;

    // The corpus class's properties of one article each (ArticleProperties="false" on More's <Corpus> item leaves them out).
    static int ArticleProperties(Type corpus) =>
        corpus.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Count(p => p.PropertyType == typeof(Article));
}

using CorpusGen;
using NewsBrowser;

foreach (Article a in News.Articles)
{
    Console.WriteLine($"{a.Id} {a.Date} {a.Title ?? "-"} paragraphs={a.Paragraphs.Count} boiler={a.Boilerplate.Count}");
    foreach (var b in a.Boilerplate) Console.WriteLine("   " + b);
}
Console.WriteLine(News.ById("001_2425f99faab40274")?.Paragraphs[0].Text);
Console.WriteLine(News.ByDate(new DateOnly(2023, 7, 8)).Count);
Console.WriteLine(News.Articles[3].Paragraphs[0].Text);
Console.WriteLine(News.Articles[0].RawText == File.ReadAllText("../../seeds/000_ac0d47a5dcf41be6.txt"));

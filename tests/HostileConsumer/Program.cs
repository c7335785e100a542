using System.Text;
using CorpusGen;
using HostileConsumer;

// Prints facts the package test asserts line by line. Run from the project folder.
static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

Console.WriteLine($"Count={Hostile.Articles.Count}");
Console.WriteLine($"Ids={string.Join("|", Hostile.Articles.Select(a => a.Id))}");
Console.WriteLine($"RoundTrip={Hostile.Articles.Count(a => a.RawText == File.ReadAllText(Path.Combine("corpus", a.FileName)))}");
Console.WriteLine($"Utf16Le={Escape(Hostile.ById("utf16-le")!.RawText)}");
Console.WriteLine($"Utf16Be={Escape(Hostile.ById("utf16-be")!.RawText)}");
Console.WriteLine($"Utf8Bom={Escape(Hostile.ById("utf8-bom")!.Paragraphs[0].Text)}");
Console.WriteLine($"InvalidUtf8={Escape(Hostile.ById("invalid-utf8")!.Paragraphs[0].Text)}");
Console.WriteLine($"Nul={Escape(Hostile.ById("nul-bytes")!.Text)}");
Console.WriteLine($"Crlf={Escape(Hostile.ById("crlf")!.Text)}");
Console.WriteLine($"CrOnly={Escape(Hostile.ById("cr-only")!.Text)}");
Console.WriteLine($"Mixed={string.Join("|", Hostile.ById("mixed-endings")!.Paragraphs.Select(p => p.Text))}");
Console.WriteLine($"Empty={Hostile.ById("empty")!.Text.Length},{Hostile.ById("whitespace-only")!.Paragraphs.Count}");
Console.WriteLine($"DateInvalid={Hostile.ById("date-invalid")!.Date?.ToString() ?? "null"}:{Hostile.ById("date-invalid")!.Text}");
Console.WriteLine($"Big={Hostile.ById("big")!.RawText.Length},{Hostile.ById("big")!.Paragraphs.Count}");
Console.WriteLine($"Injection={Hostile.ById("injection")!.Paragraphs.Count}");
Console.WriteLine($"Properties={string.Join("|", new[] { Hostile.@class, Hostile.Ärger, Hostile._2024_report, Hostile.with_space, Hostile.a_b, Hostile.a_b_2, Hostile.dup_same, Hostile.other_same }.Select(a => a.Id))}");
Console.WriteLine($"Png={Hostile.ById("pixel") is null}");

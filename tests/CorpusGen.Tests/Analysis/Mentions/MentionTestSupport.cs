using CorpusGen.Analysis;
using CorpusGen.Tests.Support;

namespace CorpusGen.Tests.Analysis.Mentions;

/// <summary>Seeds and renderings shared by the mention finder tests.</summary>
internal static class MentionTestSupport
{
    public static DocumentAnalysis Seed(string id)
    {
        string file = Directory.GetFiles(RepositoryPaths.Seeds, id + "_*.txt").Single();
        return DocumentAnalyzer.Analyze(File.ReadAllText(file));
    }

    public static string Cut(string text, TextRange? range) => range is TextRange r ? text.Substring(r.Start, r.Length) : "-";

    /// <summary>"quoted words | sentence | speaker | attribution | speaker name".</summary>
    public static string Render(string text, FoundQuote q) =>
        $"{text.Substring(q.Start, q.Length)} | s{q.Sentence} | {Cut(text, q.Speaker)} | {q.Attribution} | {Cut(text, q.SpeakerName)}";

    /// <summary>"span | value | unit".</summary>
    public static string Render(string text, FoundQuantity q) =>
        $"{text.Substring(q.Start, q.Length)} | {q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} | {q.Unit}";

    /// <summary>"span | resolved | precision | relative".</summary>
    public static string Render(string text, FoundDateMention d) =>
        $"{text.Substring(d.Start, d.Length)} | {(d.Resolved is DateTime r ? r.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "-")} | {d.Precision} | {(d.Relative ? "relative" : "absolute")}";
}

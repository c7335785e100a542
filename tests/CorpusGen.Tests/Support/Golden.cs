namespace CorpusGen.Tests.Support;

/// <summary>
/// Golden files: expected outputs committed under tests/CorpusGen.Tests/Golden. A mismatch
/// fails with the first differing line and its neighbours. To accept a new output, run the tests
/// with CORPUSGEN_ACCEPT_GOLDEN=1 and review the diff in git.
/// </summary>
internal static class Golden
{
    public const string AcceptVariable = "CORPUSGEN_ACCEPT_GOLDEN";

    public static void Check(string name, string actual)
    {
        string path = Path.Combine(RepositoryPaths.TestsProject, "Golden", name);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the tests with {AcceptVariable}=1 to create it.");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;
        Assert.Fail(Describe(name, expected, actual));
    }

    private static string Describe(string name, string expected, string actual)
    {
        string[] e = expected.Split('\n'), a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        var message = new System.Text.StringBuilder();
        message.AppendLine($"Generated output differs from Golden/{name} at line {line + 1} (expected {e.Length} lines, got {a.Length}).");
        for (int i = Math.Max(0, line - 2); i < Math.Min(Math.Max(e.Length, a.Length), line + 3); i++)
        {
            string el = i < e.Length ? e[i] : "<end>", al = i < a.Length ? a[i] : "<end>";
            if (el == al) message.AppendLine($"  {i + 1,5}   {Cut(el)}");
            else
            {
                message.AppendLine($"- {i + 1,5}   {Cut(el)}");
                message.AppendLine($"+ {i + 1,5}   {Cut(al)}");
            }
        }
        message.AppendLine($"If the change is intended, run the tests with {AcceptVariable}=1 and review the diff.");
        return message.ToString();
    }

    private static string Cut(string line) => line.Length > 300 ? line[..300] + "…" : line;
}

using System.Runtime.CompilerServices;

namespace CorpusGen.Tests.Support;

/// <summary>Paths in the repository, found from this source file's location at compile time.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestsProject => Path.Combine(Root, "tests", "CorpusGen.Tests");

    private static string FindRoot([CallerFilePath] string path = "")
    {
        string? directory = Path.GetDirectoryName(path);
        while (directory is not null && !File.Exists(Path.Combine(directory, "CorpusGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException("CorpusGen.sln not found above " + path);
    }
}

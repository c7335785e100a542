using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Generator;

/// <summary>A corpus large enough to cost the compiler over a gigabyte with its data in the source is told about Storage="Resource" (CG0023).</summary>
public class LargeCorpusTests
{
    private const string Sentence = "The council met on Tuesday to discuss the harbour plan and its cost. ";

    /// <summary><paramref name="count"/> documents of one million characters each.</summary>
    private static IEnumerable<TestDocument> Documents(int count, string? storage = null)
    {
        string text = string.Concat(Enumerable.Repeat(Sentence, 1_000_000 / Sentence.Length + 1))[..1_000_000];
        return Enumerable.Range(0, count).Select(i => TestDocument.FromString($"doc{i:D2}.txt", text) with { Storage = storage });
    }

    [Fact]
    public void Sixteen_million_characters_in_the_source_get_an_info_that_names_Storage_Resource()
    {
        var (result, _, _) = GeneratorHarness.Run(Documents(17));

        Diagnostic info = Assert.Single(result.Diagnostics, d => d.Id == "CG0023");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(Location.None, info.Location);
        Assert.StartsWith("Corpus 'News' puts 17 million characters of text into the generated source", info.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Storage=\"Resource\"", info.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_threshold_or_as_a_resource_there_is_nothing_to_say()
    {
        var (below, _, _) = GeneratorHarness.Run(Documents(15));
        var (resource, _, _) = GeneratorHarness.Run(Documents(17, storage: "Resource"));

        Assert.DoesNotContain(below.Diagnostics, d => d.Id == "CG0023");
        Assert.DoesNotContain(resource.Diagnostics, d => d.Id == "CG0023");
        Assert.Empty(resource.Diagnostics);
    }
}

using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Generator;

public class GoldenSourceTests
{
    [Fact]
    public void Seed_corpus_source_matches_the_golden_file_and_compiles()
    {
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.Seeds());

        Assert.Empty(result.Diagnostics);
        GeneratedSourceResult source = Assert.Single(Assert.Single(result.Results).GeneratedSources);
        Assert.Equal("MyApp.News.g.cs", source.HintName);
        Assert.Equal("", GeneratorHarness.Errors(output));
        Golden.Check("MyApp.News.g.cs.txt", source.SourceText.ToString());
    }

    [Fact]
    public void Generated_source_is_printable_ascii_apart_from_identifiers()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        string text = Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString();

        Assert.All(text, c => Assert.True(c == '\n' || (c >= 0x20 && c < 0x7F), $"U+{(int)c:X4} in generated source"));
    }
}

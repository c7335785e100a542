using System.Globalization;
using System.Text;
using CorpusGen.Tests.Support;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Any document text must give source that compiles, injects nothing, and round-trips through
/// RawText. Documents are drawn with a bias towards the characters that break naive escaping.
/// </summary>
public class EscapingPropertyTests
{
    private static readonly string[] Hostile =
    [
        "\"", "\\", "*/", "/*", "//", "{", "}", "\"\"\"", "#if X", "#error", "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029",
        "\0", "\u0001", "\u001b", "\u007f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200b", "\u200d", "\ufeff", "\ud83d\ude00", "\u00e9", "\u4e2d", "\\u0022", "{0}", "date 2023-07-08 ", "&", "<", ">", "'", "\t",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Hostile)),
        (3, Gen.String[Gen.Char, 0, 8]),
        (2, Gen.String[Gen.Char.AlphaNumeric, 1, 12]));

    private static readonly Gen<string> Document = Piece.Array[0, 40].Select(pieces => string.Concat(pieces));

    /// <summary>100,000 documents by default, compiled in batches; CORPUSGEN_FUZZ_DOCUMENTS changes the count.</summary>
    private static int DocumentCount =>
        int.TryParse(Environment.GetEnvironmentVariable("CORPUSGEN_FUZZ_DOCUMENTS"), out int count) && count > 0 ? count : 100_000;

    [Fact]
    public void Random_documents_compile_and_round_trip()
    {
        const int BatchSize = 2_500;
        int batchCount = (DocumentCount + BatchSize - 1) / BatchSize;
        int batches = 0;
        Document.Array[BatchSize].Sample(texts =>
        {
            var documents = texts.Select((t, i) => TestDocument.FromString($"d{i.ToString("D4", CultureInfo.InvariantCulture)}.txt", t)).ToList();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(documents);
            driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(assemblyName: "Fuzz" + Interlocked.Increment(ref batches)), out Compilation output, out _);
            string errors = GeneratorHarness.Errors(output);
            Assert.True(errors.Length == 0, errors);

            string source = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToString();
            Assert.DoesNotContain(source, c => c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200b' or '\ufeff');
            // The generated source is ASCII, whatever the documents hold (the compiler keeps it as bytes).
            Assert.DoesNotContain(source, c => c >= '\u0080');

            var data = GeneratorHarness.LoadData(output);
            for (int i = 0; i < texts.Length; i++)
            {
                string expected = ExpectedRawText(texts[i]);
                Assert.Equal(expected, data.Articles[i].RawText);
            }
        }, iter: batchCount, threads: 1);
        Assert.Equal(batchCount, batches);
    }

    /// <summary>What RawText holds: the text, with each unpaired surrogate stored as U+FFFD (reported as CG0009).</summary>
    private static string ExpectedRawText(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return builder.ToString();
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CorpusGen.Analysis;
using CorpusGen.Synthetic;

namespace CorpusGen.Tests.Benchmarks;

/// <summary>The synthetic benchmark corpus: deterministic, prefix-stable, seed-shaped, and clean for the analyzer.</summary>
public sealed class SyntheticCorpusTests : IDisposable
{
    private const ulong Seed = 42;

    /// <summary>
    /// SHA-256 of documents 0–19 for seed 42 (file name, NUL, UTF-8 text, NUL, each). Any change to
    /// the generator's output changes it: update it only for a deliberate change of the corpus, and
    /// say so in the commit, because benchmark figures taken before and after are not comparable.
    /// </summary>
    private const string First20Sha256 = "758d84a476325a682ac8788bd22711797d1cdc0188db2fa28b3ab539de12b2d7";

    private static readonly Regex DatePrefix = new(@"\A\s*date (\d{4}-\d{2}-\d{2})\s", RegexOptions.CultureInvariant);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpusgen-synthetic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string Folder(string name) => Path.Combine(_root, name);

    private static Dictionary<string, byte[]> ReadAll(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void Prng_matches_the_reference_outputs()
    {
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
        Xoshiro256 rng = Xoshiro256.FromState(1, 2, 3, 4);
        Assert.Equal([11520UL, 0UL, 1509978240UL, 1215971899390074240UL],
            new[] { rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64() });
    }

    [Theory]
    [InlineData(1.0, 1.05)]
    [InlineData(2.0, -1.05)]
    [InlineData(50_300.0, -1.05)]
    [InlineData(0.001, 0.5)]
    public void Deterministic_pow_agrees_with_the_platform(double x, double p)
    {
        double expected = Math.Pow(x, p);
        Assert.True(Math.Abs(DeterministicMath.Pow(x, p) - expected) <= 1e-13 * expected, $"{DeterministicMath.Pow(x, p)} vs {expected}");
    }

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        SyntheticCorpus.Write(Folder("a"), 40, Seed);
        SyntheticCorpus.Write(Folder("b"), 40, Seed);
        Dictionary<string, byte[]> a = ReadAll(Folder("a")), b = ReadAll(Folder("b"));
        Assert.Equal(40, a.Count);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, kv => Assert.Equal(kv.Value, b[kv.Key]));
        // The files are the documents, UTF-8 without a byte-order mark.
        (string name, string text) = SyntheticCorpus.Document(7, Seed);
        Assert.Equal(Encoding.UTF8.GetBytes(text), a[name]);
    }

    [Fact]
    public void The_first_twenty_documents_for_seed_42_are_pinned()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < 20; i++)
        {
            (string name, string text) = SyntheticCorpus.Document(i, Seed);
            sha.AppendData(Encoding.UTF8.GetBytes(name));
            sha.AppendData([0]);
            sha.AppendData(Encoding.UTF8.GetBytes(text));
            sha.AppendData([0]);
        }
        Assert.Equal(First20Sha256, Convert.ToHexStringLower(sha.GetHashAndReset()));
        Assert.Equal("000000_", SyntheticCorpus.Document(0, Seed).FileName[..7]);
    }

    [Fact]
    public void A_smaller_corpus_is_a_prefix_of_a_larger_one()
    {
        SyntheticCorpus.Write(Folder("small"), 25, Seed);
        SyntheticCorpus.Write(Folder("large"), 60, Seed);
        Dictionary<string, byte[]> small = ReadAll(Folder("small")), large = ReadAll(Folder("large"));
        Assert.Equal(60, large.Count);
        Assert.All(small, kv => Assert.Equal(kv.Value, large[kv.Key]));
        var firstNames = large.Keys.Order(StringComparer.Ordinal).Take(25);
        Assert.Equal(small.Keys.Order(StringComparer.Ordinal), firstNames);
        // A document computed on its own is the same as in the folder (nothing depends on the neighbours).
        (string name, string text) = SyntheticCorpus.Document(59, Seed);
        Assert.Equal(Encoding.UTF8.GetBytes(text), large[name]);
    }

    [Fact]
    public void File_names_look_like_the_seeds_and_depend_on_the_seed()
    {
        var names = Enumerable.Range(0, 300).Select(i => SyntheticCorpus.FileName(i, Seed)).ToList();
        Assert.All(names, n => Assert.Matches(@"^\d{6}_[0-9a-f]{16}\.txt$", n));
        Assert.Equal(names.Count, names.Select(n => n[7..]).Distinct().Count());
        Assert.Equal("000123_", names[123][..7]);
        Assert.NotEqual(SyntheticCorpus.FileName(5, Seed)[7..], SyntheticCorpus.FileName(5, Seed + 1)[7..]);
        Assert.NotEqual(SyntheticCorpus.Document(5, Seed).Text, SyntheticCorpus.Document(5, Seed + 1).Text);
    }

    [Fact]
    public void Word_counts_are_news_sized()
    {
        int[] words = Enumerable.Range(0, 1000).Select(i => SyntheticCorpus.CountWords(SyntheticCorpus.Document(i, Seed).Text)).ToArray();
        double mean = words.Average();
        // Measured 516.1 words a document over these 1000 (the seeds: 330–630); sd about 175.
        Assert.InRange(mean, 490, 545);
        Assert.InRange(words.Min(), 150, 300); // measured 220
        Assert.InRange(words.Max(), 900, 1600); // measured 1399
        CorpusStats stats = SyntheticCorpus.Measure(Enumerable.Range(0, 1000).Select(i => SyntheticCorpus.Document(i, Seed).Text));
        Assert.Equal(words.Sum(), stats.Words);
        Assert.InRange(stats.DistinctWords, 35_000, 50_000); // measured 41,749
    }

    [Fact]
    public void Frequencies_are_zipfian()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < 300; i++)
        {
            foreach (Token t in Tokenizer.Tokenize(SyntheticCorpus.Document(i, Seed).Text))
            {
                counts[t.Normalized] = counts.GetValueOrDefault(t.Normalized) + 1;
            }
        }
        int[] byRank = counts.Values.OrderDescending().ToArray();
        Assert.Equal("the", counts.MaxBy(kv => kv.Value).Key);
        // Zipf with s ≈ 1: rank 10 is about a tenth as frequent as rank 1, rank 100 about a hundredth.
        Assert.InRange((double)byRank[0] / byRank[9], 7, 14); // measured 10.1
        Assert.InRange((double)byRank[0] / byRank[99], 60, 120); // measured 86.3
        // A long tail: a good share of the word types occur only once in 300 documents.
        Assert.InRange(counts.Values.Count(c => c == 1) / (double)counts.Count, 0.4, 0.7); // measured 0.56
    }

    [Fact]
    public void The_analyzer_reads_two_hundred_documents_without_problems()
    {
        int dated = 0, titled = 0, headings = 0, related = 0, signatures = 0;
        for (int i = 0; i < 200; i++)
        {
            string text = SyntheticCorpus.Document(i, Seed).Text;
            DocumentAnalysis analysis = DocumentAnalyzer.Analyze(text);
            Assert.Empty(analysis.Problems);
            Assert.InRange(analysis.Paragraphs.Count, 8, 40);
            Match prefix = DatePrefix.Match(text);
            if (prefix.Success)
            {
                dated++;
                DateTime expected = DateTime.ParseExact(prefix.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.Equal(expected, analysis.Date);
                Assert.InRange(expected, new DateTime(2015, 1, 1), new DateTime(2024, 12, 31));
                Assert.DoesNotContain("date ", analysis.Text[..Math.Min(5, analysis.Text.Length)], StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(analysis.Date);
            }
            if (analysis.Title is not null) titled++;
            headings += analysis.Paragraphs.Count(p => p.Kind == ParagraphKind.Heading);
            related += analysis.Boilerplate.Count(b => b.Kind == BoilerplateKind.RelatedLink);
            signatures += analysis.Boilerplate.Count(b => b.Kind == BoilerplateKind.OutletSignature);
            Assert.DoesNotContain(analysis.Paragraphs, p => p.Text.StartsWith("Read more:", StringComparison.Ordinal));
        }
        // Most documents carry the date prefix (75 % by design); the other seed features occur at
        // about their designed rates. Measured: dated 155, titled 72, headings 50, related 25, signatures 63.
        Assert.InRange(dated, 135, 175);
        Assert.InRange(titled, 50, 95);
        Assert.InRange(headings, 25, 90);
        Assert.InRange(related, 12, 45);
        Assert.InRange(signatures, 40, 85);
    }

    [Fact]
    public void An_edit_adds_one_paragraph_to_one_document_deterministically()
    {
        string a = Folder("edit-a"), b = Folder("edit-b");
        SyntheticCorpus.Write(a, 12, Seed);
        SyntheticCorpus.Write(b, 12, Seed);
        Dictionary<string, byte[]> before = ReadAll(a);
        for (int index = 0; index < 12; index++)
        {
            string path = SyntheticCorpus.Edit(a, index, Seed);
            Assert.Equal(SyntheticCorpus.FileName(index, Seed), Path.GetFileName(path));
            string old = Encoding.UTF8.GetString(before[Path.GetFileName(path)]);
            string edited = File.ReadAllText(path);
            DocumentAnalysis was = DocumentAnalyzer.Analyze(old), now = DocumentAnalyzer.Analyze(edited);
            Assert.Equal(was.Paragraphs.Count + 1, now.Paragraphs.Count);
            Assert.Equal(was.Boilerplate.Select(x => x.Kind), now.Boilerplate.Select(x => x.Kind));
            Assert.Equal(was.Date, now.Date);
            Assert.Equal(was.Title, now.Title);
            Assert.Empty(now.Problems);
        }
        SyntheticCorpus.Edit(b, 4, Seed);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, SyntheticCorpus.FileName(4, Seed))), File.ReadAllBytes(Path.Combine(b, SyntheticCorpus.FileName(4, Seed))));
        // Only the edited file changed.
        Dictionary<string, byte[]> afterB = ReadAll(b);
        Assert.Single(afterB, kv => !kv.Value.AsSpan().SequenceEqual(before[kv.Key]));
        // A second edit adds a different paragraph.
        string second = File.ReadAllText(SyntheticCorpus.Edit(b, 4, Seed));
        DocumentAnalysis twice = DocumentAnalyzer.Analyze(second);
        Assert.Equal(twice.Paragraphs.Count, twice.Paragraphs.Select(p => p.Text).Distinct().Count());
        Assert.Throws<FileNotFoundException>(() => SyntheticCorpus.Edit(b, 12, Seed));
    }
}

using System.Diagnostics;
using System.Text;
using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis.Mentions;

/// <summary>The finders stay linear-ish on big and hostile input and never throw on random text.</summary>
public class MentionScaleTests
{
    [Fact]
    public void A_megabyte_of_news_like_text_is_handled_in_linear_time()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("\u201CWe will win, \u201D Rutte said on Friday, citing 30,000 asylum seekers in January 2022 and \"a scare\" quote. ");
        }
        string text = sb.ToString();
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(text);
        var watch = Stopwatch.StartNew();
        int quotes = QuoteFinder.Find(analysis.Text, analysis.Sentences).Count;
        int quantities = QuantityFinder.Find(analysis.Text).Count;
        int dates = DateMentionFinder.Find(analysis.Text, new DateTime(2023, 7, 8)).Count;
        watch.Stop();
        int repeats = (analysis.Text.Length - analysis.Text.Replace("Rutte said", "", StringComparison.Ordinal).Length) / "Rutte said".Length;
        Assert.True(repeats > 5000);
        Assert.InRange(quotes, repeats - 2, repeats + 2);
        Assert.InRange(quantities, repeats - 2, repeats + 2);
        Assert.InRange(dates, 2 * repeats - 2, 2 * repeats + 2);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Theory]
    [InlineData("\"", 200_000)]
    [InlineData("\u201C", 200_000)]
    [InlineData("said ", 100_000)]
    [InlineData("1,000 ", 100_000)]
    [InlineData("July ", 100_000)]
    [InlineData("\n\n\"a", 100_000)]
    [InlineData("a", 1_000_000)]
    [InlineData(" ", 1_000_000)]
    public void Repeated_pieces_stay_fast(string piece, int count)
    {
        string text = string.Concat(Enumerable.Repeat(piece, count));
        var sentences = new[] { new AnalyzedSentence(0, 0, text.Length) };
        var watch = Stopwatch.StartNew();
        _ = QuoteFinder.Find(text, sentences);
        _ = QuantityFinder.Find(text);
        _ = DateMentionFinder.Find(text, new DateTime(2023, 7, 8));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void Random_text_never_throws()
    {
        const string alphabet = "aA1 ,.\"\u201C\u201D\u2018\u2019'-\n%\u20AC$:saidFridayJuly2023\uD800\uDC00";
        var random = new Random(20231);
        for (int n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            string text = new(chars);
            var sentences = SentenceSplitter.SplitSpans(text).Select(s => new AnalyzedSentence(0, s.Start, s.Length)).ToArray();
            _ = QuoteFinder.Find(text, sentences);
            _ = QuantityFinder.Find(text);
            _ = DateMentionFinder.Find(text, new DateTime(2023, 7, 8));
        }
    }
}

using CorpusGen.Analysis;
using CorpusGen.Tests.Support;

namespace CorpusGen.Tests.Analysis;

/// <summary>
/// Measures the sentence splitter on held-out cases (Analysis/HeldOutSentences.txt), written after
/// its rules and not used to tune them. Reports the share of cases split exactly right and the
/// boundary precision and recall; fails if the exact share drops below the figure last measured.
/// </summary>
public class SentenceSplitterHeldOutTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Held_out_cases()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.TestsProject, "Analysis", "HeldOutSentences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        int exact = 0, truePositive = 0, predicted = 0, expected = 0;
        foreach (string line in lines)
        {
            string[] want = line.Split(" || ");
            string text = string.Join(" ", want);
            IReadOnlyList<string> got = SentenceSplitter.Split(text);
            if (got.SequenceEqual(want)) exact++;
            else output.WriteLine($"MISS: {line}\n   got: {string.Join(" || ", got)}");
            HashSet<int> wantEnds = Ends(want), gotEnds = Ends(got);
            truePositive += wantEnds.Intersect(gotEnds).Count();
            predicted += gotEnds.Count;
            expected += wantEnds.Count;
        }
        double precision = (double)truePositive / predicted, recall = (double)truePositive / expected;
        output.WriteLine($"held-out: {exact}/{lines.Length} cases exact; boundary precision {precision:P1}, recall {recall:P1}");
        Assert.True(exact >= 24, $"{exact}/{lines.Length} held-out cases exact");
    }

    /// <summary>Where each sentence but the last ends, as a character count into the joined text.</summary>
    private static HashSet<int> Ends(IReadOnlyList<string> sentences)
    {
        var ends = new HashSet<int>();
        int position = 0;
        for (int i = 0; i < sentences.Count - 1; i++)
        {
            position += sentences[i].Length;
            ends.Add(position);
            position += 1;
        }
        return ends;
    }
}

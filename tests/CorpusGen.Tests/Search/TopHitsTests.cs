using CorpusGen.Search;

namespace CorpusGen.Tests.Search;

/// <summary>The best hits a search keeps: against sorting every hit, for any scores, ties and top.</summary>
public class TopHitsTests
{
    [Fact]
    public void Keeps_what_a_full_sort_by_score_then_article_keeps()
    {
        var random = new Random(20261124);
        for (int round = 0; round < 2000; round++)
        {
            int count = random.Next(0, 200), top = random.Next(1, 40);
            // Few distinct scores, so that ties are common; articles offered in ascending order, as the searcher does.
            float[] scores = [.. Enumerable.Range(0, count).Select(_ => (float)random.Next(0, 12))];
            var kept = new TopHits(top);
            for (int a = 0; a < count; a++) kept.Offer(a, scores[a]);

            int[] expected = [.. Enumerable.Range(0, count).OrderByDescending(a => scores[a]).ThenBy(a => a).Take(top)];
            Assert.Equal(expected, Enumerable.Range(0, kept.Count).Select(kept.Article));
            Assert.Equal(expected.Select(a => scores[a]), Enumerable.Range(0, kept.Count).Select(kept.Score));
        }
    }

    [Fact]
    public void A_top_larger_than_any_array_grows_as_hits_come()
    {
        var kept = new TopHits(int.MaxValue);
        for (int a = 0; a < 1000; a++) kept.Offer(a, a % 7);
        Assert.Equal(1000, kept.Count);
        Assert.Equal(6, kept.Score(0));
        Assert.Equal(6, kept.Article(0));
        Assert.Equal(0, kept.Score(999));
    }
}

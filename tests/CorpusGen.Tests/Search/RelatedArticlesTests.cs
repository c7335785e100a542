using CorpusGen.Tests.Generated;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.SearchTests;

/// <summary>Similar articles, near-duplicates and syndicated sentences, computed at compile time.</summary>
public class RelatedArticlesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Story = "The minister resigned on Friday after a long dispute over the budget. " +
        "Opposition leaders called for early elections and a new coalition. " +
        "The king accepted the resignation in the evening.";

    private static CorpusData Build(params TestDocument[] documents)
    {
        var (_, compilation, _) = GeneratorHarness.Run(documents);
        return GeneratorHarness.LoadData(compilation);
    }

    [Fact]
    public void Similar_articles_on_the_seeds()
    {
        foreach (Article article in Seeds.Articles)
        {
            IReadOnlyList<SimilarArticle> similar = Seeds.Similar(article);
            output.WriteLine($"{article.Id}: {string.Join(", ", similar.Select(s => $"{s.Article.Id[..3]} {s.Score:0.000}"))}");
            Assert.DoesNotContain(similar, s => s.Article == article);
            Assert.All(similar, s => Assert.InRange(s.Score, 0.0001f, 1f));
            for (int i = 1; i < similar.Count; i++) Assert.True(similar[i - 1].Score >= similar[i].Score);
        }
        // The three reports of the same collapse resemble each other more than the 2024 opt-out story.
        Assert.NotEqual("004_4a3eff52ca9d437f", Seeds.Similar(Seeds._003_586e28ac2cfd1d33)[0].Article.Id);
        Assert.Equal(2, Seeds.Similar(Seeds._000_ac0d47a5dcf41be6, 2).Count);
        Assert.Empty(Seeds.NearDuplicates);
        Assert.Empty(Seeds.RepeatedSentences);
    }

    [Fact]
    public void Forty_exact_copies_are_all_paired()
    {
        // More copies than a shingle may propose pairs for (32): the exact-copy grouping pairs them all.
        var documents = Enumerable.Range(0, 40).Select(i => TestDocument.FromString($"copy{i:D2}.txt", Story))
            .Append(TestDocument.FromString("other.txt", "A different story about the harvest and the weather in the north."))
            .ToArray();
        CorpusData data = Build(documents);
        Assert.Equal(40 * 39 / 2, data.NearDuplicates.Count);
        Assert.All(data.NearDuplicates, pair => Assert.Equal(1f, pair.Jaccard));
        Assert.DoesNotContain(data.NearDuplicates, pair => pair.First.Id == "other" || pair.Second.Id == "other");
    }

    [Fact]
    public void Cosine_is_symmetric()
    {
        foreach (Article a in Seeds.Articles)
        {
            foreach (SimilarArticle s in Seeds.Similar(a))
            {
                SimilarArticle back = Seeds.Similar(s.Article).Single(x => x.Article == a);
                Assert.Equal(s.Score, back.Score, 5);
            }
        }
    }

    [Fact]
    public void Near_duplicates_and_syndicated_sentences_are_found()
    {
        CorpusData data = Build(
            TestDocument.FromString("a.txt", Story),
            TestDocument.FromString("b.txt", Story.Replace("Friday", "Saturday", StringComparison.Ordinal) + " More details followed later."),
            TestDocument.FromString("c.txt", "A completely different report about football. Opposition leaders called for early elections and a new coalition. The match ended in a draw."),
            TestDocument.FromString("d.txt", "Weather: sunny with light winds and warm temperatures all week."));

        NearDuplicate pair = Assert.Single(data.NearDuplicates);
        Assert.Equal(("a", "b"), (pair.First.Id, pair.Second.Id));
        Assert.InRange(pair.Jaccard, 0.5f, 0.99f);

        IReadOnlyList<Sentence> repeated = Assert.Single(data.RepeatedSentences, g => g.Any(s => s.Article.Id == "c"));
        Assert.Equal(["a", "b", "c"], repeated.Select(s => s.Article.Id));
        Assert.All(repeated, s => Assert.Equal("Opposition leaders called for early elections and a new coalition.", s.Text));

        Assert.Equal("b", data.Similar(data.ById("a")!)[0].Article.Id);
        // d shares only the word "and" with a: a cosine near zero, ranked last.
        Assert.Equal(["b", "c", "d"], data.Similar(data.ById("a")!).Select(s => s.Article.Id));
        Assert.True(data.Similar(data.ById("a")!)[2].Score < 0.01f);
    }

    [Fact]
    public void Near_copies_that_share_mostly_common_boilerplate_are_still_paired()
    {
        // Forty articles share a long boilerplate paragraph (its shingles are in more articles than a
        // shingle may propose pairs for, 32), and pairs of them tell the same story but for one word.
        // Such a pair is proposed by the few story shingles it shares; most of what it shares is the
        // boilerplate, which the bound that skips hopeless candidates must count.
        const string Boilerplate = "This article is part of our weekly series on regional politics, economics and culture, " +
            "compiled by the desk editors from agency reports, local newspapers and interviews with officials, " +
            "and it is updated every morning before nine with corrections, clarifications and reader letters.";
        string[] subjects = ["harbour", "railway", "school", "hospital", "bridge", "market", "library", "stadium", "airport", "museum",
            "theatre", "factory", "prison", "canal", "tunnel", "park", "church", "castle", "farm", "mine"];
        string[] stems = ["council", "plan", "debate", "vote", "budget", "mayor", "residents", "protest", "contract", "delay",
            "inspection", "report", "funding", "minister", "opening", "design", "architect", "permit", "court", "deadline"];
        var documents = new List<TestDocument>();
        for (int i = 0; i < subjects.Length; i++)
        {
            // Every five words of a story hold its subject: no story shingle is in another pair.
            string Story(string tenth) => string.Join(" ", stems.Select((stem, k) => $"{subjects[i]} {(k == 10 ? tenth : stem)}")) + ".";
            documents.Add(TestDocument.FromString($"s{i:D2}a.txt", Boilerplate + "\n\n" + Story(stems[10])));
            documents.Add(TestDocument.FromString($"s{i:D2}b.txt", Boilerplate + "\n\n" + Story("rumour")));
        }
        CorpusData data = Build(documents.ToArray());

        Assert.Equal(subjects.Select((_, i) => ($"s{i:D2}a", $"s{i:D2}b")), data.NearDuplicates.Select(p => (p.First.Id, p.Second.Id)).Order());
        Assert.All(data.NearDuplicates, pair => Assert.InRange(pair.Jaccard, 0.8f, 0.99f));
    }
}

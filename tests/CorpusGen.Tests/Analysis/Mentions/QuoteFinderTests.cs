using CorpusGen.Analysis;
using static CorpusGen.Tests.Analysis.Mentions.MentionTestSupport;

namespace CorpusGen.Tests.Analysis.Mentions;

public class QuoteFinderTests
{
    private static string[] Quotes(string raw)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(raw);
        return QuoteFinder.Find(analysis.Text, analysis.Sentences).Select(q => Render(analysis.Text, q)).ToArray();
    }

    [Theory]
    [InlineData("\u201CWe will win the vote,\u201D Rutte said.", "We will win the vote, | s0 | Rutte | Said | Rutte")]
    [InlineData("Rutte said: \"We will win the vote.\"", "We will win the vote. | s0 | Rutte | Said | Rutte")]
    [InlineData("Rutte says: \"We will win the vote.\"", "We will win the vote. | s0 | Rutte | Said | Rutte")]
    [InlineData("\"We will win the vote,\" said Prime Minister Mark Rutte.", "We will win the vote, | s0 | Prime Minister Mark Rutte | SaidInverted | Prime Minister Mark Rutte")]
    [InlineData("\"We will win the vote,\" he told reporters in The Hague.", "We will win the vote, | s0 | he | Told | -")]
    [InlineData("\"The vote is lost,\" according to the minister.", "The vote is lost, | s0 | the minister | AccordingTo | -")]
    [InlineData("According to Rutte, \"the vote is lost for good.\"", "the vote is lost for good. | s0 | Rutte | AccordingTo | Rutte")]
    [InlineData("Faber wrote on X that \"the pact must go now\".", "the pact must go now | s0 | Faber | Wrote | Faber")]
    [InlineData("\u201CIt is over.\u201D she added.", "It is over. | s0 | she | Added | -")]
    [InlineData("Wilders tweeted: \"Great news for the Netherlands!\"", "Great news for the Netherlands! | s0 | Wilders | Tweeted | Wilders")]
    [InlineData("The minister stated: \"We will not sign the pact.\"", "We will not sign the pact. | s0 | The minister | Stated | -")]
    [InlineData("Mr. Rutte said: \"We tried everything we could.\"", "We tried everything we could. | s0 | Mr. Rutte | Said | Mr. Rutte")]
    [InlineData("Marjolein Faber, the migration minister, said: \"We need an opt-out now.\"", "We need an opt-out now. | s0 | Marjolein Faber | Said | Marjolein Faber")]
    [InlineData("Rutte, 56, said: \"I will stay on as leader.\"", "I will stay on as leader. | s0 | Rutte | Said | Rutte")]
    [InlineData("\u201CWe tried. It failed,\u201D Rutte said.", "We tried. It failed, | s0 | Rutte | Said | Rutte")]
    [InlineData("\u201CIt is over.\u201D Rutte said.", "It is over. | s0 | Rutte | Said | Rutte")]
    [InlineData("The sign read \u201CStop!\u201D in red letters.", "Stop! | s0 | - | None | -")]
    [InlineData("Rutte announced that the differences were \"irreconcilable\".", "irreconcilable | s0 | Rutte | OtherVerb | Rutte")]
    [InlineData("Faber emphasized that it was \"essential\" for the country.", "essential | s0 | Faber | OtherVerb | Faber")]
    public void One_quote_with_its_speaker(string raw, string expected)
    {
        Assert.Equal([expected], Quotes(raw));
    }

    [Fact]
    public void Nested_single_quotes_are_part_of_the_outer_quote()
    {
        Assert.Equal(["He called it \u2018a disgrace\u2019 and left, | s0 | Rutte | Said | Rutte"], Quotes("\u201CHe called it \u2018a disgrace\u2019 and left,\u201D Rutte said."));
        Assert.Equal(["He called it 'a disgrace' and left, | s0 | Rutte | Said | Rutte"], Quotes("\"He called it 'a disgrace' and left,\" Rutte said."));
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        Assert.Equal(["Rutte\u2019s plan isn't dead and the '90s are over, | s0 | she | Said | -"], Quotes("\u201CRutte\u2019s plan isn't dead and the '90s are over,\u201D she said."));
        Assert.Empty(Quotes("Rutte\u2019s party didn't win in the '90s or the 2000s."));
    }

    [Theory]
    [InlineData("It lies in the \u201CBible Belt\u201D of the country.")]
    [InlineData("The so-called \"emergency button\" was rejected.")]
    [InlineData("Rutte, or \"Teflon Mark\" to his critics, stayed on.")]
    [InlineData("They want the \"strictest-ever asylum regime,\" which includes checks.")]
    public void Scare_quotes_are_not_quotes(string raw)
    {
        Assert.Empty(Quotes(raw));
    }

    [Theory]
    [InlineData("Rutte said that the talks had failed.")]
    [InlineData("According to Rutte, the talks had failed.")]
    [InlineData("\u201COpen but never closed.")]
    [InlineData("He is 5'10\" tall and weighs 80 kilos.")]
    public void No_quote(string raw)
    {
        Assert.Empty(Quotes(raw));
    }

    [Fact]
    public void A_quote_continues_when_the_next_paragraph_opens_with_a_quote_mark()
    {
        string raw = "\u201CWe tried everything.\n\n\u201CBut the differences are too big,\u201D she said.";
        Assert.Equal(["We tried everything.\n\n\u201CBut the differences are too big, | s0 | she | Said | -"], Quotes(raw));
    }

    [Fact]
    public void An_unclosed_quote_without_continuation_is_dropped()
    {
        Assert.Equal(["It is done, | s2 | he | Said | -"], Quotes("\u201CWe tried everything we could.\n\nThen the talks ended. \u201CIt is done,\u201D he said."));
    }

    [Fact]
    public void Two_quotes_in_one_sentence_share_an_elided_subject()
    {
        Assert.Equal(
            ["will take a long time | s0 | Faber | Said | Faber", "we will get there in the end. | s0 | Faber | Added | Faber"],
            Quotes("Faber said it \"will take a long time\" but added \"we will get there in the end.\""));
        Assert.Equal(
            ["We will act now, | s0 | she | Said | -", "will call for an opt-out. | s0 | she | Added | -"],
            Quotes("\"We will act now,\" she said, adding that it \"will call for an opt-out.\""));
    }

    [Fact]
    public void An_attribution_after_a_quote_is_not_taken_again_by_the_next_quote()
    {
        Assert.Equal(["We will win, | s0 | Rutte | Said | Rutte"], Quotes("\u201CWe will win,\u201D Rutte said on Friday, calling it a \u201Chistoric day\u201D."));
    }

    [Fact]
    public void A_pronoun_speaker_names_the_titled_person_of_the_sentence_before()
    {
        Assert.Equal(["We are done here, | s1 | he | Said | Mr. Rutte"], Quotes("Mr. Rutte met the king in the palace.\n\n\"We are done here,\" he said."));
    }

    [Fact]
    public void A_pronoun_speaker_names_the_speaker_of_the_quote_before()
    {
        Assert.Equal(
            ["We need a new policy, | s0 | Faber | Said | Faber", "This government will act, | s1 | she | Said | Faber"],
            Quotes("\"We need a new policy,\" Faber said. \"This government will act,\" she said."));
    }

    [Fact]
    public void A_continued_quotation_keeps_the_speaker_name()
    {
        string raw = "\"We are done,\" Rutte said.\n\n\"It is no secret that we differ on migration.\"";
        Assert.Equal(["We are done, | s0 | Rutte | Said | Rutte", "It is no secret that we differ on migration. | s1 | - | None | Rutte"], Quotes(raw));
    }

    [Fact]
    public void Seed_000_has_only_scare_quotes()
    {
        DocumentAnalysis a = Seed("000");
        Assert.Empty(QuoteFinder.Find(a.Text, a.Sentences));
    }

    [Fact]
    public void Seed_001_quotes()
    {
        DocumentAnalysis a = Seed("001");
        Assert.Equal(
            [
                "fall of the cabinet does not seem far away, | s3 | - | None | -",
                "on a collision course | s3 | - | None | -",
                "that would mean the end of the cabinet | s5 | NOS | Said | NOS",
            ],
            QuoteFinder.Find(a.Text, a.Sentences).Select(q => Render(a.Text, q)));
    }

    [Fact]
    public void Seed_002_quotes()
    {
        DocumentAnalysis a = Seed("002");
        Assert.Equal(
            [
                "The government has failed to agree on measures to be taken to limit the influx of asylum seekers. This is what is being reported in The Hague, | s1 | the website of the Dutch public broadcaster NOS | SaidInverted | -",
                "This means the end of Rutte IV\u2019s government, | s3 | she | Added | -",
                "According to Rutte, if the project is not implemented, the VVD will leave the government, | s10 | the national daily NRC | Reported | -",
                "This is confirmed by several sources in the government, | s11 | he | Added | -",
                "Sources at ChristenUnie and D66 say that they are absolutely ready to make more efforts to bring about an overhaul of the immigration system, but it appears that Rutte is voluntarily taking a break, | s13 | NOS | Wrote | NOS",
            ],
            QuoteFinder.Find(a.Text, a.Sentences).Select(q => Render(a.Text, q)));
    }

    [Fact]
    public void Seed_003_quotes()
    {
        DocumentAnalysis a = Seed("003");
        IReadOnlyList<FoundQuote> quotes = QuoteFinder.Find(a.Text, a.Sentences);
        Assert.Equal(
            [
                "irreconcilable | s2 | Mr. Rutte | OtherVerb | Mr. Rutte",
                "That is why I will immediately\u2026 offer the resignation of the entire cabinet to the king in writing, | s3 | he | Told | Mr. Rutte",
                "It is no secret that the coalition partners have very different views on migration policy.\n\n\"And today, unfortunately, we have to draw the conclusion that those differences are irreconcilable. | s4 | - | None | Mr. Rutte",
            ],
            quotes.Select(q => Render(a.Text, q)));
        // The resignation quote: the speaker as written is "he", the name it stands for is Mr. Rutte's, in the sentence before.
        FoundQuote resignation = quotes[1];
        Assert.Equal(a.Text.IndexOf("Mr. Rutte, who", StringComparison.Ordinal), resignation.SpeakerName!.Value.Start);
        Assert.Equal(a.Text.IndexOf("he told", StringComparison.Ordinal), resignation.Speaker!.Value.Start);
    }

    [Fact]
    public void Seed_004_quotes()
    {
        DocumentAnalysis a = Seed("004");
        IReadOnlyList<FoundQuote> quotes = QuoteFinder.Find(a.Text, a.Sentences);
        Assert.Equal(
            [
                "will take a long time | s3 | Wilders | OtherVerb | Wilders",
                "it is a sign that a new wind is blowing. | s3 | Wilders | OtherVerb | Wilders",
                "The more support for this the better. | s4 | - | None | -",
                "informed the EU Commission that I want a migration opt-out for the Netherlands within Europe. | s5 | Marjolein Faber | Wrote | Marjolein Faber",
                "We need to be in charge of our own asylum policy again, | s6 | Faber | Said | Faber",
                "This government aims to drastically reduce the volume of migration to the Netherlands, | s7 | she | Said | Faber",
                "will call for an opt-out from the European asylum and migration acquis in case of Treaty amendment. | s7 | she | Added | Faber",
                "essential | s8 | Faber | Stated | Faber",
                "people in Africa and the Middle East will start thinking that they might be better off elsewhere. | s11 | Wilders | Stated | Wilders",
            ],
            quotes.Select(q => Render(a.Text, q)));
        Assert.Equal(a.Text.IndexOf("Faber said", StringComparison.Ordinal), quotes[4].Speaker!.Value.Start);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\u201C\u201D")]
    [InlineData("\"\"\"\"")]
    [InlineData("\u201D\u201C\u201D\u201C")]
    [InlineData("\uD800\"\uDC00 said\" \uDBFF")]
    [InlineData("\n\n\"\n\n\"\n\n")]
    [InlineData("said \"x\" said \"y\" said")]
    public void Odd_text_never_throws(string text)
    {
        var sentences = SentenceSplitter.SplitSpans(text).Select(s => new AnalyzedSentence(0, s.Start, s.Length)).ToArray();
        _ = QuoteFinder.Find(text, sentences);
        _ = QuoteFinder.Find(text, []);
        _ = QuoteFinder.Find(text, [new AnalyzedSentence(0, -5, 1000), new AnalyzedSentence(0, 3, -2)]);
        _ = QuoteFinder.Find(null!, null!);
    }
}

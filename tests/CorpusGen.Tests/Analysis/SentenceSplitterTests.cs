using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis;

/// <summary>One case per rule of <see cref="SentenceSplitter"/>; each case's sentences separated by '|'.</summary>
public class SentenceSplitterTests
{
    [Theory]
    // plain ends
    [InlineData("One. Two.", "One.|Two.")]
    [InlineData("Is it? Yes! Fine.", "Is it?|Yes!|Fine.")]
    // titles and abbreviations, with and without the period
    [InlineData("Mr. Rutte spoke. He left.", "Mr. Rutte spoke.|He left.")]
    [InlineData("Mr Rutte spoke. Mrs. Faber and Dr. Kaag met St. Paul.", "Mr Rutte spoke.|Mrs. Faber and Dr. Kaag met St. Paul.")]
    [InlineData("Gov. Smith and Sen. Jones agreed.", "Gov. Smith and Sen. Jones agreed.")]
    [InlineData("Martin Luther King Jr. spoke. Then he left.", "Martin Luther King Jr. spoke.|Then he left.")]
    [InlineData("The U.S. and the U.K. agreed. Talks ended.", "The U.S. and the U.K. agreed.|Talks ended.")]
    [InlineData("He lives in the U.S. The move was long.", "He lives in the U.S.|The move was long.")]
    [InlineData("Bring fruit, e.g. apples. Or i.e. pears.", "Bring fruit, e.g. apples.|Or i.e. pears.")]
    [InlineData("Apples, pears, etc. were sold. They went.", "Apples, pears, etc. were sold.|They went.")]
    [InlineData("It opened at 9 a.m. The queue was long.", "It opened at 9 a.m.|The queue was long.")]
    [InlineData("On Jan. 5 the vote failed.", "On Jan. 5 the vote failed.")]
    [InlineData("It lives at No. 10 Downing Street. Then it moved.", "It lives at No. 10 Downing Street.|Then it moved.")]
    [InlineData("Said the broadcaster NOS. \u201CThis means the end.\u201D", "Said the broadcaster NOS.|\u201CThis means the end.\u201D")]
    [InlineData("He said no. Then he left.", "He said no.|Then he left.")]
    // initials
    [InlineData("J. K. Rowling wrote it. It sold.", "J. K. Rowling wrote it.|It sold.")]
    // numbers
    [InlineData("It cost 3.5bn. Over 2,000 died.", "It cost 3.5bn.|Over 2,000 died.")]
    [InlineData("In 2023. 271 days later, a deal.", "In 2023.|271 days later, a deal.")]
    // ellipses
    [InlineData("Wait... what?", "Wait... what?")]
    [InlineData("I will immediately\u2026 offer it. Done.", "I will immediately\u2026 offer it.|Done.")]
    [InlineData("He paused... Then he spoke.", "He paused...|Then he spoke.")]
    // ?! inside and before closing quotes
    [InlineData("He said \"Stop!\" Then he left.", "He said \"Stop!\"|Then he left.")]
    [InlineData("\"Stop!\" he said.", "\"Stop!\" he said.")]
    [InlineData("\u201CIs it over?\u201D she asked. No.", "\u201CIs it over?\u201D she asked.|No.")]
    // closing quotes and brackets end a sentence
    [InlineData("They were \"irreconcilable\". He resigned.", "They were \"irreconcilable\".|He resigned.")]
    [InlineData("It ended (finally.) A new one began.", "It ended (finally.)|A new one began.")]
    // quoted speech spanning sentences
    [InlineData("\u201CThis is over. We go now,\u201D he said.", "\u201CThis is over.|We go now,\u201D he said.")]
    // lists and numbered items
    [InlineData("1. Lower quotas. 2. Faster returns.", "1. Lower quotas.|2. Faster returns.")]
    // URLs and e-mails
    [InlineData("See www.nos.nl for more. Or mail press@news.az today.", "See www.nos.nl for more.|Or mail press@news.az today.")]
    // repeated punctuation
    [InlineData("Really?! Yes!!! OK.", "Really?!|Yes!!!|OK.")]
    // a line break is not a sentence end
    [InlineData("The talks\nfailed. Next.", "The talks\nfailed.|Next.")]
    [InlineData("", "")]
    public void Splits_by_news_rules(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), SentenceSplitter.Split(text));
    }

    [Fact]
    public void Spans_point_into_the_text_trimmed()
    {
        const string Text = "  One.   Two?  ";
        Assert.Equal([new SentenceSpan(2, 4), new SentenceSpan(9, 4)], SentenceSplitter.SplitSpans(Text));
    }
}

using CorpusGen.Analysis;
using static CorpusGen.Tests.Analysis.Mentions.MentionTestSupport;

namespace CorpusGen.Tests.Analysis.Mentions;

public class DateMentionFinderTests
{
    /// <summary>A Saturday.</summary>
    private static readonly DateTime ArticleDate = new(2023, 7, 8);

    private static string[] Dates(string text, DateTime? articleDate) =>
        DateMentionFinder.Find(text, articleDate).Select(d => Render(text, d)).ToArray();

    [Theory]
    [InlineData("talks collapsed on Friday night", "Friday | 2023-07-07 | Day | relative")]
    [InlineData("on Saturday the king", "Saturday | 2023-07-08 | Day | relative")]
    [InlineData("met on Wednesday", "Wednesday | 2023-07-05 | Day | relative")]
    [InlineData("Friday\u2019s vote", "Friday | 2023-07-07 | Day | relative")]
    [InlineData("last Saturday", "last Saturday | 2023-07-01 | Day | relative")]
    [InlineData("last Friday", "last Friday | 2023-07-07 | Day | relative")]
    [InlineData("next Friday", "next Friday | 2023-07-14 | Day | relative")]
    [InlineData("this Monday", "this Monday | 2023-07-10 | Day | relative")]
    [InlineData("it fell yesterday", "yesterday | 2023-07-07 | Day | relative")]
    [InlineData("Today, we", "Today | 2023-07-08 | Day | relative")]
    [InlineData("votes tomorrow", "tomorrow | 2023-07-09 | Day | relative")]
    [InlineData("a crisis last year", "last year | 2022-01-01 | Year | relative")]
    [InlineData("earlier this year", "this year | 2023-01-01 | Year | relative")]
    [InlineData("Next year, elections", "Next year | 2024-01-01 | Year | relative")]
    [InlineData("a summit last month", "last month | 2023-06-01 | Month | relative")]
    [InlineData("due next month", "next month | 2023-08-01 | Month | relative")]
    [InlineData("took office in January 2022", "January 2022 | 2022-01-01 | Month | absolute")]
    [InlineData("in Sept. 2021", "Sept. 2021 | 2021-09-01 | Month | absolute")]
    [InlineData("premier since 2010.", "2010 | 2010-01-01 | Year | absolute")]
    [InlineData("in 2021 as a result", "2021 | 2021-01-01 | Year | absolute")]
    [InlineData("on 8 July 2023 it fell", "8 July 2023 | 2023-07-08 | Day | absolute")]
    [InlineData("on 8th July 2023 it fell", "8th July 2023 | 2023-07-08 | Day | absolute")]
    [InlineData("on July 8, 2023, it fell", "July 8, 2023 | 2023-07-08 | Day | absolute")]
    [InlineData("dated 2023-07-08.", "2023-07-08 | 2023-07-08 | Day | absolute")]
    [InlineData("on 8 July it fell", "8 July | 2023-07-08 | Day | absolute")]
    [InlineData("on July 3rd it met", "July 3rd | 2023-07-03 | Day | absolute")]
    [InlineData("on 28 December", "28 December | 2023-12-28 | Day | absolute")]
    [InlineData("on January 5", "January 5 | 2024-01-05 | Day | absolute")]
    [InlineData("in June the pact", "June | 2023-06-01 | Month | absolute")]
    [InlineData("on May 5 it met", "May 5 | 2023-05-05 | Day | absolute")]
    [InlineData("in May 2023", "May 2023 | 2023-05-01 | Month | absolute")]
    public void One_date(string text, string expected)
    {
        Assert.Equal([expected], Dates(text, ArticleDate));
    }

    [Fact]
    public void A_date_without_year_takes_the_year_closest_to_the_article_date()
    {
        Assert.Equal(["28 December | 2022-12-28 | Day | absolute", "December | 2022-12-01 | Month | absolute"], Dates("on 28 December and in December", new DateTime(2023, 1, 5)));
        Assert.Equal(["January 2 | 2024-01-02 | Day | absolute", "January | 2024-01-01 | Month | absolute"], Dates("on January 2 and in January", new DateTime(2023, 12, 20)));
    }

    [Theory]
    [InlineData("on Friday", "Friday | - | Day | relative")]
    [InlineData("last year", "last year | - | Year | relative")]
    [InlineData("on 8 July", "8 July | - | Day | absolute")]
    [InlineData("in July", "July | - | Month | absolute")]
    [InlineData("in January 2022", "January 2022 | 2022-01-01 | Month | absolute")]
    public void Without_an_article_date_only_absolute_dates_resolve(string text, string expected)
    {
        Assert.Equal([expected], Dates(text, null));
    }

    [Theory]
    [InlineData("he may face competition")]
    [InlineData("In May the party")]
    [InlineData("on Fridays")]
    [InlineData("a fridayish mood")]
    [InlineData("a Fridayish mood")]
    [InlineData("MondayFriday")]
    [InlineData("over the last year")]
    [InlineData("a last-minute deal")]
    [InlineData("some 2010 people")]
    [InlineData("center-left D66")]
    [InlineData("30 February 2023")]
    [InlineData("2023-13-40")]
    [InlineData("2,010 votes")]
    [InlineData("in 1700")]
    [InlineData("last week")]
    [InlineData("a rise of 2010% in a year")]
    [InlineData("a \u00A32010 bill")]
    [InlineData("the 1990s")]
    public void No_date(string text)
    {
        Assert.Empty(Dates(text, ArticleDate));
    }

    [Fact]
    public void Seed_000()
    {
        DocumentAnalysis a = Seed("000");
        Assert.Equal(new DateTime(2023, 7, 8), a.Date);
        Assert.Equal(
            [
                "Friday | 2023-07-07 | Day | relative",
                "last year | 2022-01-01 | Year | relative",
                "Wednesday | 2023-07-05 | Day | relative",
                "Thursday | 2023-07-06 | Day | relative",
                "January 2022 | 2022-01-01 | Month | absolute",
                "Friday | 2023-07-07 | Day | relative",
                "2010 | 2010-01-01 | Year | absolute",
                "2021 | 2021-01-01 | Year | absolute",
            ],
            Dates(a.Text, a.Date));
    }

    [Fact]
    public void Seed_001()
    {
        DocumentAnalysis a = Seed("001");
        Assert.Null(a.Date);
        Assert.Equal(
            [
                "January 2022 | 2022-01-01 | Month | absolute",
                "Wednesday | - | Day | relative",
                "Thursday | - | Day | relative",
                "Friday | - | Day | relative",
                "last month | - | Month | relative",
                "2021 | 2021-01-01 | Year | absolute",
            ],
            Dates(a.Text, a.Date));
    }

    [Fact]
    public void Seed_002()
    {
        DocumentAnalysis a = Seed("002");
        Assert.Equal(["Friday | - | Day | relative", "January 2022 | 2022-01-01 | Month | absolute"], Dates(a.Text, a.Date));
    }

    [Fact]
    public void Seed_003()
    {
        DocumentAnalysis a = Seed("003");
        Assert.Equal(
            [
                "Wednesday | 2023-07-05 | Day | relative",
                "Thursday | 2023-07-06 | Day | relative",
                "Friday | 2023-07-07 | Day | relative",
                "today | 2023-07-08 | Day | relative",
                "2010 | 2010-01-01 | Year | absolute",
                "January 2022 | 2022-01-01 | Month | absolute",
                "this year | 2023-01-01 | Year | relative",
                "this year | 2023-01-01 | Year | relative",
            ],
            Dates(a.Text, a.Date));
    }

    [Fact]
    public void Seed_004()
    {
        DocumentAnalysis a = Seed("004");
        Assert.Equal(["July | - | Month | absolute", "June | - | Month | absolute"], Dates(a.Text, a.Date));
    }

    [Fact]
    public void Dates_and_quantities_never_overlap_on_the_seeds()
    {
        foreach (string id in new[] { "000", "001", "002", "003", "004" })
        {
            DocumentAnalysis a = Seed(id);
            foreach (FoundQuantity q in QuantityFinder.Find(a.Text))
            {
                Assert.DoesNotContain(DateMentionFinder.Find(a.Text, a.Date), d => d.Start < q.Start + q.Length && q.Start < d.Start + d.Length);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Friday")]
    [InlineData("last")]
    [InlineData("8 July")]
    [InlineData("July")]
    [InlineData("2023-07-")]
    [InlineData("31st")]
    [InlineData("\uD800Friday\uDC00 July\uDBFF 8")]
    public void Odd_text_and_extreme_dates_never_throw(string text)
    {
        foreach (DateTime? date in new DateTime?[] { null, DateTime.MinValue, DateTime.MaxValue, new DateTime(2023, 7, 8, 23, 59, 59) })
        {
            _ = DateMentionFinder.Find(text, date);
            _ = DateMentionFinder.Find(text + " yesterday tomorrow last year next year last month next month next Friday last Friday 8 July", date);
        }
        _ = DateMentionFinder.Find(null!, null);
    }

    [Fact]
    public void Extreme_article_dates_leave_out_of_range_dates_unresolved()
    {
        Assert.Equal(["yesterday | - | Day | relative", "last year | - | Year | relative"], Dates("yesterday last year", DateTime.MinValue));
        Assert.Equal(["tomorrow | - | Day | relative", "next month | - | Month | relative"], Dates("tomorrow next month", DateTime.MaxValue));
    }
}

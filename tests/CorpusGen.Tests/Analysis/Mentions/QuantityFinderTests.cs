using CorpusGen.Analysis;
using static CorpusGen.Tests.Analysis.Mentions.MentionTestSupport;

namespace CorpusGen.Tests.Analysis.Mentions;

public class QuantityFinderTests
{
    private static string[] Quantities(string text) => QuantityFinder.Find(text).Select(q => Render(text, q)).ToArray();

    [Theory]
    [InlineData("limited to 200 per month.", "200 per month | 200 | per month")]
    [InlineData("a share of the 30,000 asylum seekers that arrive", "30,000 asylum seekers | 30000 | asylum seekers")]
    [InlineData("after 271 days of talks", "271 days | 271 | days")]
    [InlineData("amassing 12 years in office", "12 years | 12 | years")]
    [InlineData("a rate of 3.5 percent", "3.5 percent | 3.5 | percent")]
    [InlineData("up 20% on the year", "20% | 20 | %")]
    [InlineData("backed by 20 per cent of voters", "20 per cent | 20 | per cent")]
    [InlineData("it cost \u20AC100 in total", "\u20AC100 | 100 | \u20AC")]
    [InlineData("a $5 million grant", "$5 million | 5000000 | $")]
    [InlineData("paid 100 euros per month", "100 euros per month | 100 | euros per month")]
    [InlineData("home to 1.5 billion people", "1.5 billion people | 1500000000 | people")]
    [InlineData("about 2 million.", "2 million | 2000000 | ")]
    [InlineData("for twelve years now", "twelve years | 12 | years")]
    [InlineData("twenty-five migrants drowned", "twenty-five migrants | 25 | migrants")]
    [InlineData("a dozen ministers resigned", "a dozen ministers | 12 | ministers")]
    [InlineData("two hundred soldiers", "two hundred soldiers | 200 | soldiers")]
    [InlineData("Two people died.", "Two people | 2 | people")]
    [InlineData("the four coalition partners met", "four coalition partners | 4 | coalition partners")]
    [InlineData("The 27-nation bloc", "27-nation | 27 | nation")]
    [InlineData("a four-party coalition", "four-party | 4 | party")]
    [InlineData("some 2010 people signed", "2010 people | 2010 | people")]
    [InlineData("Over 2,000 migrants died crossing", "2,000 migrants | 2000 | migrants")]
    [InlineData("a quota of 200 children is reached", "200 children | 200 | children")]
    [InlineData("only 7.", "7 | 7 | ")]
    [InlineData("up 20 % on the year", "20 % | 20 | %")]
    [InlineData("twenty five migrants drowned", "twenty five migrants | 25 | migrants")]
    [InlineData("ninety-nine percent", "ninety-nine percent | 99 | percent")]
    [InlineData("a rise of 2010% in a year", "2010% | 2010 | %")]
    [InlineData("a £2010 bill", "£2010 | 2010 | £")]
    public void One_quantity(string text, string expected)
    {
        Assert.Equal([expected], Quantities(text));
    }

    [Theory]
    [InlineData("in 2022.")]
    [InlineData("since 2010 the party has led")]
    [InlineData("in 2021 as a result")]
    [InlineData("on 8 July the talks")]
    [InlineData("on July 8, 2023 the talks")]
    [InlineData("the 8th of July")]
    [InlineData("center-left D66 led by Kaag")]
    [InlineData("the Democrats 66 party")]
    [InlineData("Rutte, 56, the head of the VVD")]
    [InlineData("his fourth coalition")]
    [InlineData("1,2 million")]
    [InlineData("dated 2023-07-08 here")]
    [InlineData("at 10:30 today")]
    [InlineData("a temporary one for people fleeing")]
    [InlineData("one of the parties")]
    [InlineData("version 3.5.1 shipped")]
    [InlineData("ten")]
    public void No_quantity(string text)
    {
        Assert.Empty(Quantities(text));
    }

    [Fact]
    public void Several_quantities_in_order()
    {
        Assert.Equal(
            ["12 years | 12 | years", "271 days | 271 | days"],
            Quantities("Rutte, or \"Teflon Mark\" for amassing 12 years in office, took control in January 2022 after 271 days of negotiating."));
    }

    [Fact]
    public void Seed_000()
    {
        string text = Seed("000").Text;
        Assert.Equal(
            [
                "four coalition partners | 4 | coalition partners",
                "200 per month | 200 | per month",
                "four parties | 4 | parties",
                "four straight | 4 | straight",
            ],
            Quantities(text));
    }

    [Fact]
    public void Seed_001()
    {
        Assert.Equal(["12 years | 12 | years", "271 days | 271 | days"], Quantities(Seed("001").Text));
    }

    [Fact]
    public void Seed_002()
    {
        Assert.Equal(
            [
                "four ruling parties | 4 | ruling parties",
                "12 years | 12 | years",
                "271 days | 271 | days",
                "three parties | 3 | parties",
                "200 children | 200 | children",
            ],
            Quantities(Seed("002").Text));
    }

    [Fact]
    public void Seed_003()
    {
        Assert.Equal(
            ["four-party | 4 | party", "four parties | 4 | parties", "two classes | 2 | classes"],
            Quantities(Seed("003").Text));
    }

    [Fact]
    public void Seed_004()
    {
        Assert.Equal(["27-nation | 27 | nation", "30,000 asylum seekers | 30000 | asylum seekers"], Quantities(Seed("004").Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u20AC")]
    [InlineData("$")]
    [InlineData("1,")]
    [InlineData("1.")]
    [InlineData("a")]
    [InlineData("a dozen")]
    [InlineData("twenty-")]
    [InlineData("\uD800 5 \uDC00 five \uDBFF")]
    [InlineData("99999999999999999999999999999 trillion trillion trillion")]
    [InlineData("79228162514264337593543950335 million")]
    public void Odd_text_never_throws(string text)
    {
        _ = QuantityFinder.Find(text);
        _ = QuantityFinder.Find(null!);
    }

    [Fact]
    public void Huge_numbers_do_not_overflow()
    {
        Assert.Equal(["79228162514264337593543950335 | 79228162514264337593543950335 | "], Quantities("79228162514264337593543950335."));
        Assert.Empty(Quantities("79228162514264337593543950335 million"));
        Assert.Empty(Quantities(new string('9', 100) + " people"));
    }
}

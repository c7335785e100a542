using CorpusGen.Analysis;
using CorpusGen.Tests.Generated;

namespace CorpusGen.Tests.EntityTests;

/// <summary>
/// Entities, quotes, quantities and dates of the seed corpus, linked at compile time against
/// seeds/entities.json by the real build of this project. Every expectation is exact: each
/// entity's articles and mention count, every quote with its speaker, every quantity, every date
/// mention and every unlinked name, article by article.
/// </summary>
public class SeedEntityTests
{
    private static Article A(string prefix) => Seeds.Articles.Single(a => a.Id.StartsWith(prefix, StringComparison.Ordinal));

    public static TheoryData<string, string, int, string> EntityExpectations => new()
    {
        { "Mark Rutte", "Person", 27, "000,001,002,003" },
        { "Geert Wilders", "Person", 5, "000,004" },
        { "Marjolein Faber", "Person", 4, "004" },
        { "Viktor Orban", "Person", 1, "000" },
        { "Sigrid Kaag", "Person", 1, "001" },
        { "VVD", "Party", 8, "000,001,002,003" },
        { "ChristenUnie", "Party", 7, "000,001,002,003" },
        { "CDA", "Party", 3, "002,003" },
        { "D66", "Party", 6, "001,002,003" },
        { "PVV", "Party", 3, "004" },
        { "NOS", "Outlet", 5, "000,001,002" },
        { "RTL", "Outlet", 1, "000" },
        { "ANP", "Outlet", 1, "000" },
        { "Reuters", "Outlet", 1, "000" },
        { "AFP", "Outlet", 1, "002" },
        { "NRC", "Outlet", 1, "002" },
        { "Sky News", "Outlet", 1, "003" },
        { "News.Az", "Outlet", 1, "003" },
        { "European Union", "Organization", 6, "001,004" },
        { "European Commission", "Organization", 2, "004" },
        { "International Organization for Migration", "Organization", 0, "" },
        { "Immigration and Naturalisation Service", "Organization", 2, "000" },
        { "Netherlands", "Place", 20, "000,001,002,003,004" },
        { "The Hague", "Place", 3, "000,002,003" },
        { "Hungary", "Place", 2, "001,004" },
        { "Poland", "Place", 1, "001" },
        { "Europe", "Place", 2, "000,004" },
        { "Africa", "Place", 1, "004" },
        { "Middle East", "Place", 1, "004" },
        { "Mediterranean", "Place", 0, "" },
        { "Bible Belt", "Place", 1, "000" },
    };

    [Theory]
    [MemberData(nameof(EntityExpectations))]
    public void Every_entity_has_its_articles_and_mention_count(string name, string kind, int mentions, string articles)
    {
        Entity entity = Seeds.Entities.ByName(name) ?? throw new Xunit.Sdk.XunitException(name + " is not an entity");
        Assert.Equal(kind, entity.Kind);
        Assert.Equal(mentions, entity.Mentions.Count);
        Assert.Equal(articles, string.Join(",", entity.Articles.Select(a => a.Id[..3])));
        Assert.Equal(entity.Articles, Seeds.Mentioning(entity));
        Assert.All(entity.Mentions, m => Assert.Same(entity, m.Entity));
        Assert.All(entity.Mentions, m => Assert.Contains(m, m.Article.EntityMentions)); // one instance per mention
        Assert.All(entity.Articles, a => Assert.Contains(entity, a.Entities));
    }

    [Fact]
    public void The_gazetteer_is_all_there_in_order_with_a_property_per_entity()
    {
        Assert.Equal(EntityExpectations.Count(), Seeds.Entities.All.Count);
        Assert.Equal("Mark Rutte", Seeds.Entities.All[0].Name);
        Assert.Same(Seeds.Entities.All[0], Seeds.Entities.MarkRutte);
        Assert.Same(Seeds.Entities.ByName("Geert Wilders"), Seeds.Entities.GeertWilders);
        Assert.Same(Seeds.Entities.ByName("Marjolein Faber"), Seeds.Entities.MarjoleinFaber);
        Assert.Same(Seeds.Entities.ByName("ChristenUnie"), Seeds.Entities.ChristenUnie);
        Assert.Same(Seeds.Entities.ByName("VVD"), Seeds.Entities.VVD);
        Assert.Same(Seeds.Entities.ByName("News.Az"), Seeds.Entities.NewsAz);
        Assert.Equal(["Rutte", "Teflon Mark"], Seeds.Entities.MarkRutte.Aliases);
        Assert.Null(Seeds.Entities.ByName("Rutte")); // an alias, not a name
        Assert.Null(Seeds.Entities.ByName("mark rutte")); // ordinal
    }

    [Fact]
    public void Matching_rules_on_the_seeds()
    {
        // Titles stay out of the span; possessives are cut off.
        Article a002 = A("002");
        Mention first = a002.Mentions(Seeds.Entities.MarkRutte)[0];
        Assert.Equal("Mark Rutte", first.Text); // "Dutch Prime Minister Mark Rutte’s coalition"
        Assert.Equal(MentionMatch.Name, first.How);
        Assert.Equal("Dutch Prime Minister Mark Rutte’s coalition", a002.Text.Substring(0, 43));
        // Near misses, linked with the distance: 002's "ChritenUnie", 000's "Christen Unie".
        Mention typo = a002.Mentions(Seeds.Entities.ChristenUnie)[0];
        Assert.Equal(("ChritenUnie", MentionMatch.NearMiss, 1), (typo.Text, typo.How, typo.EditDistance));
        Mention spaced = A("000").Mentions(Seeds.Entities.ChristenUnie).Single();
        Assert.Equal(("Christen Unie", MentionMatch.NearMiss, 1), (spaced.Text, spaced.How, spaced.EditDistance));
        // A surname alone after the full name: 004's "Wilders" after "Geert Wilders".
        Assert.Equal(["Name", "Surname", "Surname", "Surname"], A("004").Mentions(Seeds.Entities.GeertWilders).Select(m => m.How.ToString()));
        // Acronyms by case; aliases by name: 003's "People's Party for Freedom and Democracy (VVD)".
        Assert.Equal(["Alias", "Acronym", "Acronym"], A("003").Mentions(Seeds.Entities.VVD).Select(m => m.How.ToString()));
        // The sentence of a mention.
        Assert.Equal("Dutch Prime Minister Mark Rutte’s coalition government has collapsed after stormy talks between the four ruling parties over refugee policy, national media reported on Friday, as quoted by AFP.", first.Sentence!.Text);
    }

    public static TheoryData<string, string, string?, string> QuoteExpectations => new()
    {
        { "001", "", null, "fall of the cabinet does not seem far away," },
        { "001", "", null, "on a collision course" },
        { "001", "NOS", "NOS", "that would mean the end of the cabinet" },
        { "002", "the website of the Dutch public broadcaster NOS", "NOS", "The government has failed to agree on measures to be taken to limit the influx of asylum seekers. This is what is being reported in The Hague," },
        { "002", "she", null, "This means the end of Rutte IV’s government," },
        { "002", "the national daily NRC", "NRC", "According to Rutte, if the project is not implemented, the VVD will leave the government," },
        { "002", "he", null, "This is confirmed by several sources in the government," },
        { "002", "NOS", "NOS", "Sources at ChristenUnie and D66 say that they are absolutely ready to make more efforts to bring about an overhaul of the immigration system, but it appears that Rutte is voluntarily taking a break," },
        { "003", "Mr. Rutte", "Mark Rutte", "irreconcilable" },
        { "003", "he", "Mark Rutte", "That is why I will immediately… offer the resignation of the entire cabinet to the king in writing," },
        { "003", "", "Mark Rutte", "It is no secret that the coalition partners have very different views on migration policy." },
        { "004", "Wilders", "Geert Wilders", "will take a long time" },
        { "004", "Wilders", "Geert Wilders", "it is a sign that a new wind is blowing." },
        { "004", "", null, "The more support for this the better." },
        { "004", "Marjolein Faber", "Marjolein Faber", "informed the EU Commission that I want a migration opt-out for the Netherlands within Europe." },
        { "004", "Faber", "Marjolein Faber", "We need to be in charge of our own asylum policy again," },
        { "004", "she", "Marjolein Faber", "This government aims to drastically reduce the volume of migration to the Netherlands," },
        { "004", "she", "Marjolein Faber", "will call for an opt-out from the European asylum and migration acquis in case of Treaty amendment." },
        { "004", "Faber", "Marjolein Faber", "essential" },
        { "004", "Wilders", "Geert Wilders", "people in Africa and the Middle East will start thinking that they might be better off elsewhere." },
    };

    [Fact]
    public void Every_quote_with_its_speaker()
    {
        var actual = Seeds.Articles.SelectMany(a => a.Quotes.Select(q => (a.Id[..3], q.SpeakerText ?? "", q.Speaker?.Name, q.Text.Split('\n')[0]))).ToList();
        Assert.Equal(QuoteExpectations.Select(row => ((string)row[0], (string)row[1], (string?)row[2], (string)row[3])), actual);
    }

    [Fact]
    public void The_quotes_the_issue_names()
    {
        Quote resignation = A("003").Quotes.Single(q => q.Text.StartsWith("That is why I will immediately", StringComparison.Ordinal));
        Assert.Same(Seeds.Entities.MarkRutte, resignation.Speaker);
        Assert.Equal("he", resignation.SpeakerText); // "…," he told reports — "he" is Mr. Rutte of the sentence before
        Quote policy = A("004").Quotes.Single(q => q.Text.StartsWith("We need to be in charge of our own asylum policy again", StringComparison.Ordinal));
        Assert.Same(Seeds.Entities.MarjoleinFaber, policy.Speaker);
        Assert.Equal("Faber", policy.SpeakerText);
        // A quote spanning two paragraphs is one quote.
        Quote spanning = A("003").Quotes.Single(q => q.Text.StartsWith("It is no secret", StringComparison.Ordinal));
        Assert.EndsWith("those differences are irreconcilable.", spanning.Text);
    }

    public static TheoryData<string, string, decimal, string> QuantityExpectations => new()
    {
        { "000", "four coalition partners", 4m, "coalition partners" },
        { "000", "200 per month", 200m, "per month" },
        { "000", "four parties", 4m, "parties" },
        { "000", "four straight", 4m, "straight" },
        { "001", "12 years", 12m, "years" },
        { "001", "271 days", 271m, "days" },
        { "002", "four ruling parties", 4m, "ruling parties" },
        { "002", "12 years", 12m, "years" },
        { "002", "271 days", 271m, "days" },
        { "002", "three parties", 3m, "parties" },
        { "002", "200 children", 200m, "children" },
        { "003", "four-party", 4m, "party" },
        { "003", "four parties", 4m, "parties" },
        { "003", "two classes", 2m, "classes" },
        { "004", "27-nation", 27m, "nation" },
        { "004", "30,000 asylum seekers", 30000m, "asylum seekers" },
    };

    [Fact]
    public void Every_quantity()
    {
        // "four straight" is a known miss: without a lexicon the adjective is taken for the unit.
        var actual = Seeds.Articles.SelectMany(a => a.Quantities.Select(q => (a.Id[..3], q.Text, q.Value, q.Unit))).ToList();
        Assert.Equal(QuantityExpectations.Select(row => ((string)row[0], (string)row[1], (decimal)row[2], (string)row[3])), actual);
    }

    public static TheoryData<string, string, string?, DatePrecision, bool> DateExpectations => new()
    {
        { "000", "Friday", "2023-07-07", DatePrecision.Day, true },
        { "000", "last year", "2022-01-01", DatePrecision.Year, true },
        { "000", "Wednesday", "2023-07-05", DatePrecision.Day, true },
        { "000", "Thursday", "2023-07-06", DatePrecision.Day, true },
        { "000", "January 2022", "2022-01-01", DatePrecision.Month, false },
        { "000", "Friday", "2023-07-07", DatePrecision.Day, true },
        { "000", "2010", "2010-01-01", DatePrecision.Year, false },
        { "000", "2021", "2021-01-01", DatePrecision.Year, false },
        { "001", "January 2022", "2022-01-01", DatePrecision.Month, false },
        { "001", "Wednesday", null, DatePrecision.Day, true },
        { "001", "Thursday", null, DatePrecision.Day, true },
        { "001", "Friday", null, DatePrecision.Day, true },
        { "001", "last month", null, DatePrecision.Month, true },
        { "001", "2021", "2021-01-01", DatePrecision.Year, false },
        { "002", "Friday", null, DatePrecision.Day, true },
        { "002", "January 2022", "2022-01-01", DatePrecision.Month, false },
        { "003", "Wednesday", "2023-07-05", DatePrecision.Day, true },
        { "003", "Thursday", "2023-07-06", DatePrecision.Day, true },
        { "003", "Friday", "2023-07-07", DatePrecision.Day, true },
        { "003", "today", "2023-07-08", DatePrecision.Day, true },
        { "003", "2010", "2010-01-01", DatePrecision.Year, false },
        { "003", "January 2022", "2022-01-01", DatePrecision.Month, false },
        { "003", "this year", "2023-01-01", DatePrecision.Year, true },
        { "003", "this year", "2023-01-01", DatePrecision.Year, true },
        { "004", "July", null, DatePrecision.Month, false },
        { "004", "June", null, DatePrecision.Month, false },
    };

    [Fact]
    public void Every_date_mention_resolved_against_the_article_date()
    {
        var actual = Seeds.Articles.SelectMany(a => a.DateMentions.Select(d => (a.Id[..3], d.Text, d.Resolved?.ToString("yyyy-MM-dd"), d.Precision, d.IsRelative))).ToList();
        Assert.Equal(DateExpectations.Select(row => ((string)row[0], (string)row[1], (string?)row[2], (DatePrecision)row[3], (bool)row[4])), actual);
        // "fell apart on Friday" in 000, dated Saturday 2023-07-08.
        DateMention friday = A("000").DateMentions[0];
        Assert.Equal(("Friday", new DateOnly(2023, 7, 7)), (friday.Text, friday.Resolved!.Value));
        Assert.Equal(new DateOnly(2023, 7, 8), A("000").Date);
    }

    [Fact]
    public void Unlinked_names_are_the_capitalised_names_the_gazetteer_lacks()
    {
        var expected = new (string Article, string Text)[]
        {
        ("000", "Christian Democratic"),
        ("001", "Christian Democratic"),
        ("002", "Teflon"),
        ("002", "Christian Democrats"),
        ("004", "Treaty"),
        };
        Assert.Equal(expected, Seeds.Articles.SelectMany(a => a.UnlinkedMentions.Select(u => (a.Id[..3], u.Text))));
    }
}

using CorpusGen.Analysis;
using CorpusGen.Tests.Generated;
using CorpusGen.Tests.Support;

namespace CorpusGen.Tests.SeedCorpus;

/// <summary>
/// The seed corpus as the real build generated it (this project's &lt;Corpus Include="../../seeds/*.txt"
/// ClassName="Seeds" /&gt;), checked against exact values read off the files.
/// </summary>
public class SeedCorpusTests
{
    private static readonly DateOnly July8 = new(2023, 7, 8);

    [Fact]
    public void There_are_five_articles_ordered_by_file_name()
    {
        Assert.Equal(
            ["000_ac0d47a5dcf41be6", "001_2425f99faab40274", "002_519dfaadf4622487", "003_586e28ac2cfd1d33", "004_4a3eff52ca9d437f"],
            Seeds.Articles.Select(a => a.Id));
        Assert.Equal(Seeds.Articles.Select(a => a.Id + ".txt"), Seeds.Articles.Select(a => a.FileName));
        Assert.Equal(Enumerable.Range(0, 5), Seeds.Articles.Select(a => a.Index));
    }

    [Fact]
    public void Dates_come_from_the_metadata_prefix()
    {
        Assert.Equal([July8, null, null, July8, null], Seeds.Articles.Select(a => a.Date));
        Assert.Equal(["000_ac0d47a5dcf41be6", "003_586e28ac2cfd1d33"], Seeds.ByDate(July8).Select(a => a.Id));
        Assert.Empty(Seeds.ByDate(July8.AddDays(1)));
        Assert.Equal(2, Seeds.Between(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)).Count);
        Assert.Equal(2, Seeds.Between(July8, July8).Count);
        Assert.Empty(Seeds.Between(July8.AddDays(1), new DateOnly(2030, 1, 1)));
        Assert.Empty(Seeds.Between(new DateOnly(2023, 12, 31), new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void The_date_prefix_is_metadata_not_text()
    {
        Article a000 = Seeds._000_ac0d47a5dcf41be6;
        Assert.StartsWith("The coalition government of the Netherlands fell apart", a000.Paragraphs[0].Text);
        Assert.StartsWith("The coalition government of the Netherlands fell apart", a000.Text);
        Assert.DoesNotContain("date 2023", a000.Text);
        Assert.Null(a000.Title);
    }

    [Fact]
    public void Widget_text_of_003_is_page_chrome_not_text()
    {
        Article a003 = Seeds._003_586e28ac2cfd1d33;
        Assert.All(a003.Paragraphs, p => Assert.DoesNotContain("16 px", p.Text));
        Assert.DoesNotContain("16 px", a003.Text);
        Assert.DoesNotContain("\u21BA", a003.Text);
        Assert.Equal("Dutch Prime Minister Mark Rutte has resigned after the dramatic collapse of his coalition government.", a003.Paragraphs[0].Text);
        Assert.Equal(
            [(BoilerplateKind.PageChrome, "+ \u21BA \u2212 16 px"), (BoilerplateKind.OutletSignature, "News.Az")],
            a003.Boilerplate.Select(b => (b.Kind, b.RawText)));
    }

    [Fact]
    public void Title_of_001_is_its_headline_and_not_a_paragraph()
    {
        Article a001 = Seeds.ById("001_2425f99faab40274")!;
        Assert.Equal("Dutch government hanging by a thread over migration row", a001.Title);
        Assert.DoesNotContain(a001.Paragraphs, p => p.Text.Contains("hanging by a thread", StringComparison.Ordinal));
        Assert.Equal([null, "Dutch government hanging by a thread over migration row", null, null, null], Seeds.Articles.Select(a => a.Title));
    }

    [Fact]
    public void The_duplicated_paragraph_of_001_appears_once()
    {
        Article a001 = Seeds._001_2425f99faab40274;
        const string Start = "Rutte, or \"Teflon Mark\"";
        Assert.Single(a001.Paragraphs, p => p.Text.StartsWith(Start, StringComparison.Ordinal));
        Assert.Equal(0, a001.Paragraphs.Single(p => p.Text.StartsWith(Start, StringComparison.Ordinal)).Index);
        Boilerplate duplicate = Assert.Single(a001.Boilerplate, b => b.Kind == BoilerplateKind.DuplicateParagraph);
        Assert.StartsWith(Start, duplicate.RawText);
        Assert.Equal(2, CountOccurrences(a001.RawText, Start));
        Assert.Equal(1, CountOccurrences(a001.Text, Start));
    }

    [Fact]
    public void Paragraph_counts_and_boilerplate_per_article()
    {
        Assert.Equal([19, 13, 10, 14, 10], Seeds.Articles.Select(a => a.Paragraphs.Count));
        Assert.Equal(
            [
                "",
                "DuplicateParagraph,RelatedLink",
                "PhotoCredit",
                "PageChrome,OutletSignature",
                "",
            ],
            Seeds.Articles.Select(a => string.Join(",", a.Boilerplate.Select(b => b.Kind))));
        Assert.Equal("Read more: Over 2,000 migrants died crossing the Mediterranean in 2023: IOM",
            Seeds._001_2425f99faab40274.Boilerplate.Single(b => b.Kind == BoilerplateKind.RelatedLink).RawText);
        Assert.Equal("Mark RuttePhoto: Williem Arriens / Alamy / Profimedia Images",
            Seeds._002_519dfaadf4622487.Boilerplate.Single().RawText);
    }

    [Fact]
    public void Headings_inside_the_body_are_paragraphs_of_kind_heading()
    {
        Assert.Equal(["Illegal Migration in the Netherlands"], Headings(Seeds._000_ac0d47a5dcf41be6));
        Assert.Equal(["Negotiation tactics"], Headings(Seeds._001_2425f99faab40274));
        Assert.Equal(["Why did the breakup happen? Prime Minister Mark Rutte wants a monthly quota for refugee children"], Headings(Seeds._002_519dfaadf4622487));
        Assert.Empty(Headings(Seeds._003_586e28ac2cfd1d33));
        Assert.Empty(Headings(Seeds._004_4a3eff52ca9d437f));
    }

    [Fact]
    public void Text_is_the_paragraphs_joined_by_a_blank_line_and_offsets_point_into_it()
    {
        foreach (Article article in Seeds.Articles)
        {
            Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Text);
            foreach (Paragraph p in article.Paragraphs)
            {
                Assert.Equal(p.Text, article.Text.Substring(p.Start, p.Length));
                Assert.Equal(p.Text, string.Join(" ", article.RawText.Substring(p.RawStart, p.RawLength).Split('\n').Select(l => l.Trim())));
            }
        }
    }

    [Fact]
    public void RawText_round_trips_the_files()
    {
        foreach (Article article in Seeds.Articles)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, article.FileName)), article.RawText);
        }
    }

    [Fact]
    public void Curly_quotes_and_other_non_ascii_text_survive()
    {
        Assert.Contains("the Netherlands\u2019 longest-serving leader", Seeds._000_ac0d47a5dcf41be6.Text);
        Assert.Contains("\u201CThe government has failed to agree", Seeds._002_519dfaadf4622487.Text);
        Assert.Contains("immediately\u2026 offer the resignation", Seeds._003_586e28ac2cfd1d33.Text);
    }

    [Fact]
    public void Lookups_return_the_same_cached_instances()
    {
        Assert.Same(Seeds.Articles[2], Seeds.ById("002_519dfaadf4622487"));
        Assert.Same(Seeds._002_519dfaadf4622487, Seeds.Articles[2]);
        Assert.Same(Seeds.Articles[0], Seeds.ByDate(July8)[0]);
        Assert.Same(Seeds.Articles[0].Paragraphs, Seeds.Articles[0].Paragraphs);
        Assert.Same(Seeds.Data, Seeds.Articles[0].Corpus);
        Assert.Equal("Seeds", Seeds.Data.Name);
    }

    [Fact]
    public void ById_misses_and_bad_arguments()
    {
        Assert.Null(Seeds.ById(""));
        Assert.Null(Seeds.ById("000_AC0D47A5DCF41BE6"));
        Assert.Null(Seeds.ById("000_ac0d47a5dcf41be6.txt"));
        Assert.Null(Seeds.ById("\uD800"));
        Assert.Null(Seeds.ById(new string('x', 100_000)));
        Assert.Throws<ArgumentNullException>(() => Seeds.ById(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeds.Articles[5]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeds.Articles[-1]);
    }

    [Fact]
    public void Articles_work_with_linq()
    {
        var mentions = Seeds.Articles
            .Where(a => a.Text.Contains("Wilders", StringComparison.Ordinal))
            .Select(a => a.Id)
            .ToList();
        Assert.Equal(["000_ac0d47a5dcf41be6", "004_4a3eff52ca9d437f"], mentions);
    }

    private static IEnumerable<string> Headings(Article article) =>
        article.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Text);

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}

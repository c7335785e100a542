using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis;

public class DocumentAnalyzerTests
{
    private static string[] Paragraphs(DocumentAnalysis analysis) => analysis.Paragraphs.Select(p => p.Text).ToArray();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    public void Every_line_break_form_separates_lines(string br)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze($"First sentence.{br}Second sentence.{br}");
        Assert.Equal(["First sentence.", "Second sentence."], Paragraphs(analysis));
    }

    [Fact]
    public void Blank_lines_make_blocks_and_lines_inside_a_block_are_joined()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("One line\nwrapped here.\n\n  Next   block.  \n");
        Assert.Equal(["One line wrapped here.", "Next   block."], Paragraphs(analysis));
        Assert.Equal("One line wrapped here.\n\nNext   block.", analysis.Text);
        Assert.Equal(0, analysis.Paragraphs[0].RawStart);
        Assert.Equal("One line\nwrapped here.".Length, analysis.Paragraphs[0].RawLength);
        Assert.Equal("One line\nwrapped here.\n\n  ".Length, analysis.Paragraphs[1].RawStart);
    }

    [Fact]
    public void A_headline_above_the_first_block_is_the_title()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("Big News Today\nThe body starts here.\nAnd goes on.\n\nMore body.");
        Assert.Equal("Big News Today", analysis.Title);
        Assert.Equal(["The body starts here. And goes on.", "More body."], Paragraphs(analysis));
    }

    [Fact]
    public void A_single_line_document_has_no_title()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("Just a headline without punctuation");
        Assert.Null(analysis.Title);
        Assert.Equal(["Just a headline without punctuation"], Paragraphs(analysis));
    }

    [Fact]
    public void Quoted_speech_is_never_a_title_or_heading()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("\"We will win\"\nHe said it twice.\n\"We will win\" again\nEnd.");
        Assert.Null(analysis.Title);
        Assert.All(analysis.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Theory]
    [InlineData("date 2023-07-08 Body text.", 2023, 7, 8, "Body text.")]
    [InlineData(" date 2023-07-08\nBody text.", 2023, 7, 8, "Body text.")]
    [InlineData("\uFEFFdate 1999-12-31\tBody.", 1999, 12, 31, "Body.")]
    public void The_date_prefix_is_read_and_removed(string text, int year, int month, int day, string body)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(text);
        Assert.Equal(new DateTime(year, month, day), analysis.Date);
        Assert.Equal(body, analysis.Text);
        Assert.Empty(analysis.Problems);
    }

    [Theory]
    [InlineData("date night was fun.")]
    [InlineData("Date 2023-07-08 capitalised is text.")]
    [InlineData("date 2023-7-8 is not date-shaped.")]
    [InlineData("The date 2023-07-08 in the middle.")]
    public void Text_that_is_not_a_date_prefix_stays_text(string text)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(text);
        Assert.Null(analysis.Date);
        Assert.Equal(text.TrimStart('\uFEFF'), analysis.Text);
    }

    [Fact]
    public void An_impossible_date_is_a_problem_with_its_position()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("date 2023-13-01 Body.");
        Assert.Null(analysis.Date);
        AnalysisProblem problem = Assert.Single(analysis.Problems);
        Assert.Equal(AnalysisProblemKind.InvalidDate, problem.Kind);
        Assert.Equal((5, 10, "2023-13-01"), (problem.Start, problem.Length, problem.Detail));
        Assert.Equal("Body.", analysis.Text);
    }

    [Fact]
    public void Empty_and_blank_documents_are_a_problem()
    {
        Assert.Equal(AnalysisProblemKind.EmptyDocument, Assert.Single(DocumentAnalyzer.Analyze("").Problems).Kind);
        Assert.Equal(AnalysisProblemKind.EmptyDocument, Assert.Single(DocumentAnalyzer.Analyze(" \n\t\r\n").Problems).Kind);
        Assert.Equal(AnalysisProblemKind.EmptyDocument, Assert.Single(DocumentAnalyzer.Analyze("date 2023-01-01\n").Problems).Kind);
    }

    [Theory]
    [InlineData("+ \u21BA \u2212 16 px", BoilerplateKind.PageChrome)]
    [InlineData("Advertisement", BoilerplateKind.PageChrome)]
    [InlineData("Read more: Something else happened", BoilerplateKind.RelatedLink)]
    [InlineData("Mark RuttePhoto: Williem Arriens / Alamy", BoilerplateKind.PhotoCredit)]
    public void Boilerplate_is_kept_out_of_the_text_with_its_kind(string line, BoilerplateKind kind)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze($"A first paragraph.\n\n{line}\n\nA last paragraph.");
        AnalyzedBoilerplate item = Assert.Single(analysis.Boilerplate);
        Assert.Equal((kind, line), (item.Kind, item.Text));
        Assert.Equal(["A first paragraph.", "A last paragraph."], Paragraphs(analysis));
    }

    [Fact]
    public void Only_the_last_short_line_is_an_outlet_signature()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("Body one.\n\nReuters\n\nBody two.\n\nNews.Az");
        Assert.Equal(["Body one.", "Reuters", "Body two."], Paragraphs(analysis));
        Assert.Equal(BoilerplateKind.OutletSignature, Assert.Single(analysis.Boilerplate).Kind);
    }

    [Fact]
    public void A_repeated_paragraph_is_kept_once()
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze("Same words.\nOther words.\nSame words.\n");
        Assert.Equal(["Same words.", "Other words."], Paragraphs(analysis));
        AnalyzedBoilerplate duplicate = Assert.Single(analysis.Boilerplate);
        Assert.Equal((BoilerplateKind.DuplicateParagraph, 25), (duplicate.Kind, duplicate.RawStart));
    }
}

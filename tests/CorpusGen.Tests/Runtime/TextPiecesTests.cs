using CorpusGen.Analysis;
using CorpusGen.Storage.Format;
using CorpusGen.Tests.Generated;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Runtime;

/// <summary>
/// An article's cleaned Text is stored as pieces, most of them stretches of its RawText (see
/// ImageFormat.TextPieceColumn): put back together at run time it must be exactly the text the
/// analysis produced, and the raw text must really be shared.
/// </summary>
public class TextPiecesTests
{
    private static int PieceCount(Article article) =>
        article.Corpus.Image.Read(ImageFormat.Table.Articles, article.Index, (int)ImageFormat.ArticleColumn.TextPieceCount);

    [Fact]
    public void Seed_texts_are_the_analysis_texts()
    {
        foreach (Article article in Seeds.Articles)
        {
            Assert.Equal(DocumentAnalyzer.Analyze(article.RawText).Text, article.Text);
        }
    }

    [Fact]
    public void Texts_of_any_shape_come_back_exactly()
    {
        string[] documents =
        [
            "First paragraph.\n\nSecond paragraph.\n",
            "A paragraph over\ntwo lines.\n\nAnd one on one line.",
            "Windows line ends.\r\n\r\nSecond one.\r\n",
            "   Indented and trailing.   \n\n\n\nAfter three blank lines.\t\n",
            "date 2023-07-08 Inline with the date.\n\nThen a paragraph.\n",
            "Headline Without A Full Stop\n\nThe body starts here.\n\nRead more: a link\n\nThe body starts here.\n",
            "Curly \u201Cquotes\u201D and caf\u00E9 and \uD835\uDC00.\n\nLast.",
        ];
        GeneratorDriver driver = GeneratorHarness.CreateDriver(documents.Select((text, i) => TestDocument.FromString($"doc{i}.txt", text)));
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(assemblyName: "TextPieces"), out Compilation output, out _);
        var data = GeneratorHarness.LoadData(output);

        for (int i = 0; i < documents.Length; i++)
        {
            Article article = data.ById($"doc{i}")!;
            Assert.Equal(DocumentAnalyzer.Analyze(documents[i]).Text, article.Text);
        }
        // One raw stretch where the paragraphs and the blank line between them stand as they are.
        Assert.Equal(1, PieceCount(data.ById("doc0")!));
        // A joined paragraph is a string of its own; the separator and the next paragraph are raw.
        Assert.Equal(3, PieceCount(data.ById("doc1")!));
        // "\r\n\r\n" is not the separator: paragraph, separator, paragraph.
        Assert.Equal(3, PieceCount(data.ById("doc2")!));
    }
}

using CorpusGen.Analysis;
using CorpusGen.Search;
using CorpusGen.Storage.Format;
using CorpusGen.Tests.Generated;

namespace CorpusGen.Tests.SearchTests;

/// <summary>
/// The words of every seed article, read in order (<see cref="Article.Tokens"/>) and one at a
/// time by position (what highlighting does), against the tokenizer run over the article's text.
/// </summary>
public class TokenLayoutTests
{
    [Fact]
    public void Each_word_reads_back_where_the_tokenizer_finds_it()
    {
        CorpusData data = Seeds.Data;
        var index = new SearchIndex(data.Image);
        int words = 0;
        foreach (Article article in data.Articles)
        {
            var expected = Tokenizer.Tokenize(article.Text).Select(t => (t.Start, t.Length)).ToList();
            Assert.Equal(expected, article.Tokens.Select(t => (t.Start, t.Length)));
            Assert.Equal(expected, Enumerable.Range(0, expected.Count).Select(p => (index.TokenStart(article.Index, p), index.TokenLength(article.Index, p))));
            words += expected.Count;
        }
        Assert.Equal(data.Image.RowCount(ImageFormat.Table.Tokens), words);
        Assert.True(words > 1000, $"{words} words");
    }
}

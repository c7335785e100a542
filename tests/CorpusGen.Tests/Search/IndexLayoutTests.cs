using CorpusGen.Analysis;
using CorpusGen.Search;
using CorpusGen.Storage.Format;
using CorpusGen.Tests.Generated;

namespace CorpusGen.Tests.SearchTests;

/// <summary>
/// The index's compact layouts read back against what the articles' own words say: every posting
/// of the seeds (frequency and field packed in one cell, positions found from a checkpoint every 8
/// postings) and every word (a gap and a length, its start found from a checkpoint every 16 words).
/// </summary>
public class IndexLayoutTests
{
    [Fact]
    public void Each_posting_decodes_to_the_positions_of_its_term_in_the_article()
    {
        CorpusData data = Seeds.Data;
        var index = new SearchIndex(data.Image);
        int postings = 0, offCheckpoint = 0;
        for (int term = 0; term < index.TermCount; term++)
        {
            string text = index.TermText(term);
            int first = index.FirstPosting(term);
            Assert.Equal(postings, first);
            for (int p = first; p < first + index.PostingCount(term); p++, postings++)
            {
                Article article = data.Articles[index.PostingArticle(p)];
                ImageFormat.Field field = index.PostingField(p);
                IEnumerable<string> words = field == ImageFormat.Field.Title
                    ? Tokenizer.Tokenize(article.Title ?? "").Select(t => t.Normalized)
                    : article.Tokens.Select(t => t.Normalized);
                int[] expected = words.Select((w, i) => (Term: index.Filter.Apply(w), i)).Where(x => x.Term == text).Select(x => x.i).ToArray();

                int firstPosition = index.FirstPosition(p);
                int[] decoded = Enumerable.Range(0, index.PostingFrequency(p)).Select(k => index.Position(firstPosition, k)).ToArray();
                Assert.True(expected.SequenceEqual(decoded), $"'{text}' in {article.Id} ({field}): expected [{string.Join(", ", expected)}], decoded [{string.Join(", ", decoded)}]");
                if ((p & ((1 << ImageFormat.PositionCheckpointBits) - 1)) != 0) offCheckpoint++;
            }
        }
        Assert.Equal(data.Image.RowCount(ImageFormat.Table.Postings), postings);
        Assert.True(offCheckpoint > postings / 2, $"{offCheckpoint} of {postings} postings between checkpoints");
    }

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

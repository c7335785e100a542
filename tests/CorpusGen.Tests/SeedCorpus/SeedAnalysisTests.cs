using CorpusGen.Analysis;
using CorpusGen.Tests.Generated;

namespace CorpusGen.Tests.SeedCorpus;

/// <summary>Sentences, words, sections and the accounting of every raw character, on the seeds the real build generated.</summary>
public class SeedAnalysisTests
{
    [Fact]
    public void Sentence_and_word_counts_per_article()
    {
        Assert.Equal([27, 15, 14, 14, 12], Seeds.Articles.Select(a => a.Sentences.Count));
        Assert.Equal([625, 382, 332, 322, 350], Seeds.Articles.Select(a => a.WordCount));
        Assert.All(Seeds.Articles, a => Assert.Equal(Tokenizer.Tokenize(a.Text).Count, a.WordCount));
    }

    [Theory]
    [InlineData("003_586e28ac2cfd1d33", "However, Mr. Rutte, who is the country's longest-serving premier, announced that the differences between the coalition partners were \"irreconcilable\".")]
    [InlineData("003_586e28ac2cfd1d33", "\"That is why I will immediately\u2026 offer the resignation of the entire cabinet to the king in writing,\" he told reports in The Hague on Friday night.")]
    [InlineData("003_586e28ac2cfd1d33", "\"It is no secret that the coalition partners have very different views on migration policy.")]
    [InlineData("003_586e28ac2cfd1d33", "\"And today, unfortunately, we have to draw the conclusion that those differences are irreconcilable.\"")]
    [InlineData("003_586e28ac2cfd1d33", "The leader of the conservative People's Party for Freedom and Democracy (VVD), Mr Rutte has been the Dutch prime minister since 2010.")]
    [InlineData("002_519dfaadf4622487", "\u201CThe government has failed to agree on measures to be taken to limit the influx of asylum seekers.")]
    [InlineData("002_519dfaadf4622487", "This is what is being reported in The Hague,\u201D says the website of the Dutch public broadcaster NOS.")]
    [InlineData("002_519dfaadf4622487", "Why did the breakup happen?")]
    [InlineData("002_519dfaadf4622487", "\u201CThis is confirmed by several sources in the government,\u201D he adds.")]
    [InlineData("004_4a3eff52ca9d437f", "\"We need to be in charge of our own asylum policy again,\" Faber said.")]
    [InlineData("001_2425f99faab40274", "However, some coalition sources were quoted as saying that this was just a \"negotiating tactic\".")]
    [InlineData("000_ac0d47a5dcf41be6", "There was no quick response from Prime Minister Rutte or coalition members.")]
    [InlineData("000_ac0d47a5dcf41be6", "The Dutch Immigration and Naturalisation Service (IND) is in charge of processing and evaluating asylum claims, as well as managing migration-related issues.")]
    public void Sentence_boundaries_on_the_seeds(string id, string sentence)
    {
        Assert.Contains(sentence, Seeds.ById(id)!.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Sentences_point_into_text_and_paragraphs()
    {
        foreach (Article article in Seeds.Articles)
        {
            foreach (Sentence s in article.Sentences)
            {
                Assert.Equal(s.Text, article.Text.Substring(s.Start, s.Length));
                Assert.Contains(s.Text, s.Paragraph.Text);
                Assert.Same(article, s.Article);
            }
            Assert.Equal(Enumerable.Range(0, article.Sentences.Count), article.Sentences.Select(s => s.Index));
        }
    }

    [Fact]
    public void Corpus_wide_sentences_and_paragraphs_are_every_articles_in_order()
    {
        Assert.Equal(Seeds.Articles.SelectMany(a => a.Sentences), Seeds.Sentences);
        Assert.Equal(Seeds.Articles.SelectMany(a => a.Paragraphs), Seeds.Paragraphs);
        Assert.Equal(82, Seeds.Sentences.Count);
        Assert.Equal(66, Seeds.Paragraphs.Count);
        Assert.Same(Seeds._003_586e28ac2cfd1d33.Sentences[0], Seeds.Sentences.First(s => s.Article.Id == "003_586e28ac2cfd1d33"));
        var quoteSentences = Seeds.Sentences.Where(s => s.Text.Contains("irreconcilable", StringComparison.Ordinal)).Select(s => s.Article.Id).ToList();
        Assert.Equal(["003_586e28ac2cfd1d33", "003_586e28ac2cfd1d33"], quoteSentences);
    }

    [Theory]
    [InlineData("Rutte\u2019s", "rutte")]
    [InlineData("D66", "d66")]
    [InlineData("30,000", "30000")]
    [InlineData("longest-serving", "longest-serving")]
    public void Words_of_the_seeds(string word, string normalized)
    {
        Token token = Seeds.Articles.SelectMany(a => a.Tokens).First(t => t.Text == word);
        Assert.Equal(normalized, token.Normalized);
    }

    [Fact]
    public void Word_offsets_point_into_the_text()
    {
        Article a004 = Seeds._004_4a3eff52ca9d437f;
        Assert.All(a004.Tokens, t => Assert.Equal(t.Text, a004.Text.Substring(t.Start, t.Length)));
        Assert.Contains(a004.Tokens, t => t.Text == "30,000");
        Assert.Contains(a004.Tokens, t => t.Text == "strictest-ever");
    }

    [Fact]
    public void Sections_group_paragraphs_under_headings()
    {
        Assert.Equal([2, 2, 2, 1, 1], Seeds.Articles.Select(a => a.Sections.Count));
        Section migration = Seeds._000_ac0d47a5dcf41be6.Sections[1];
        Assert.Equal("Illegal Migration in the Netherlands", migration.Heading!.Text);
        Assert.Equal(4, migration.Paragraphs.Count);
        Assert.Null(Seeds._000_ac0d47a5dcf41be6.Sections[0].Heading);
        Assert.Equal(14, Seeds._000_ac0d47a5dcf41be6.Sections[0].Paragraphs.Count);
        Assert.Equal("Negotiation tactics", Seeds._001_2425f99faab40274.Sections[1].Heading!.Text);
    }

    [Fact]
    public void Every_character_of_every_file_is_metadata_title_text_or_boilerplate()
    {
        foreach (Article article in Seeds.Articles)
        {
            var covered = new bool[article.RawText.Length];
            foreach (RawPart part in article.RawParts)
            {
                for (int i = part.Start; i < part.Start + part.Length; i++)
                {
                    Assert.False(covered[i], $"{article.Id}: character {i} is in two parts");
                    covered[i] = true;
                }
            }
            for (int i = 0; i < covered.Length; i++)
            {
                Assert.True(covered[i] || char.IsWhiteSpace(article.RawText[i]), $"{article.Id}: character {i} ('{article.RawText[i]}') is in no part");
            }
        }
        Assert.Equal(
            [RawPartKind.Metadata, RawPartKind.Boilerplate, RawPartKind.Paragraph],
            Seeds._003_586e28ac2cfd1d33.RawParts.Take(3).Select(p => p.Kind));
        Assert.Equal(
            [RawPartKind.Title, RawPartKind.Paragraph, RawPartKind.Paragraph, RawPartKind.Boilerplate],
            Seeds._001_2425f99faab40274.RawParts.Take(4).Select(p => p.Kind));
        Assert.Equal(" date 2023-07-08 ", Seeds._000_ac0d47a5dcf41be6.RawText[..Seeds._000_ac0d47a5dcf41be6.RawParts[0].Length]);
    }
}

using System;
using CorpusGen.Analysis;
using CorpusGen.Storage;
using CorpusGen.Storage.Format;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Search
{
    /// <summary>
    /// The compile-time search index of a corpus, read in place: term lookup through the term hash
    /// table (no allocation), prefix ranges through the sorted terms, postings and positions decoded
    /// as they are read.
    /// </summary>
    internal sealed class SearchIndex
    {
        private readonly CorpusImage _image;

        public SearchIndex(CorpusImage image)
        {
            _image = image;
            TermCount = image.RowCount(Table.Terms);
            float articles = Math.Max(1, image.ArticleCount);
            AverageTitleLength = image.RowCount(Table.Stats) == 0 ? 0 : image.Read(Table.Stats, 0, (int)StatsColumn.TitleTokens) / articles;
            AverageBodyLength = image.RowCount(Table.Stats) == 0 ? 0 : image.Read(Table.Stats, 0, (int)StatsColumn.BodyTokens) / articles;
            Filter = image.RowCount(Table.Stats) == 0 ? TermFilter.None
                : TermFilter.Create(image.Read(Table.Stats, 0, (int)StatsColumn.StopWords) != 0, image.Read(Table.Stats, 0, (int)StatsColumn.Stemming) != 0);
        }

        /// <summary>The stop-word and stemming choices the index was built with; query text goes through the same.</summary>
        public TermFilter Filter { get; }

        public int TermCount { get; }
        public float AverageTitleLength { get; }
        public float AverageBodyLength { get; }

        /// <summary>The index of a normalized term, or -1. Allocates nothing.</summary>
        public int FindTerm(string term) => _image.FindKey(Table.TermHash, term);

        public ReadOnlySpan<byte> TermUtf8(int term) => _image.Utf8(_image.Read(Table.Terms, term, (int)TermColumn.String));

        public string TermText(int term) => Utf8Text.Decode(TermUtf8(term));

        public int DocumentFrequency(int term, Field field) =>
            _image.Read(Table.Terms, term, field == Field.Title ? (int)TermColumn.TitleDocumentFrequency : (int)TermColumn.BodyDocumentFrequency);

        public int CorpusFrequency(int term) => _image.Read(Table.Terms, term, (int)TermColumn.CorpusFrequency);

        public int FirstPosting(int term) => _image.Read(Table.Terms, term, (int)TermColumn.FirstPosting);

        public int PostingCount(int term) => _image.Read(Table.Terms, term, (int)TermColumn.PostingCount);

        public int PostingArticle(int posting) => _image.Read(Table.Postings, posting, (int)PostingColumn.Article);

        public Field PostingField(int posting) => (Field)(_image.Read(Table.Postings, posting, (int)PostingColumn.FrequencyAndField) & 1);

        public int PostingFrequency(int posting) => _image.Read(Table.Postings, posting, (int)PostingColumn.FrequencyAndField) >> 1;

        /// <summary>Where the positions of <paramref name="posting"/> start in the positions table: its checkpoint, plus the frequencies of the postings since.</summary>
        public int FirstPosition(int posting)
        {
            int checkpoint = posting >> PositionCheckpointBits;
            int first = _image.Read(Table.PositionCheckpoints, checkpoint, 0);
            for (int p = checkpoint << PositionCheckpointBits; p < posting; p++) first += PostingFrequency(p);
            return first;
        }

        /// <summary>Position <paramref name="k"/> of a posting whose positions start at <paramref name="firstPosition"/> (<see cref="FirstPosition"/>).</summary>
        public int Position(int firstPosition, int k) => _image.Read(Table.Positions, firstPosition + k, 0);

        /// <summary>The postings of <paramref name="term"/> in <paramref name="article"/> (title first, then body): a range, found by binary search.</summary>
        public (int First, int End) PostingsOf(int term, int article)
        {
            int low = FirstPosting(term), high = low + PostingCount(term);
            int end = high;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (PostingArticle(middle) < article) low = middle + 1; else high = middle;
            }
            int first = low, last = low;
            while (last < end && PostingArticle(last) == article) last++;
            return (first, last);
        }

        /// <summary>The terms that start with <paramref name="prefix"/>: a range of the sorted terms.</summary>
        public (int First, int End) PrefixRange(string prefix)
        {
            int low = 0, high = TermCount;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (Utf8Text.CompareOrdinal(TermUtf8(middle), prefix) < 0) low = middle + 1; else high = middle;
            }
            int first = low;
            int end = first;
            while (end < TermCount && Utf8Text.StartsWith(TermUtf8(end), prefix)) end++;
            return (first, end);
        }

        public int ArticleFieldLength(int article, Field field) => _image.Read(Table.FieldLengths, article, field == Field.Title ? 0 : 1);

        /// <summary>
        /// Where word <paramref name="position"/> of an article's body starts in its <c>Text</c>.
        /// Words are stored as the gap after the word before and a length (see
        /// <see cref="TokenColumn"/>): the start is found from the checkpoint at or before the word
        /// when it is in the same article, else from the article's first word, adding lengths and
        /// gaps (at most 15 words).
        /// </summary>
        public int TokenStart(int article, int position)
        {
            int first = _image.Read(Table.Articles, article, (int)ArticleColumn.FirstToken), row = first + position;
            int checkpoint = row >> TokenCheckpointBits;
            int from = checkpoint << TokenCheckpointBits;
            int start;
            if (from >= first)
            {
                start = _image.Read(Table.TokenCheckpoints, checkpoint, 0);
            }
            else
            {
                from = first;
                start = _image.Read(Table.Tokens, from, (int)TokenColumn.Gap);
            }
            for (int r = from + 1; r <= row; r++)
            {
                start += _image.Read(Table.Tokens, r - 1, (int)TokenColumn.Length) + _image.Read(Table.Tokens, r, (int)TokenColumn.Gap);
            }
            return start;
        }

        public int TokenLength(int article, int position) =>
            _image.Read(Table.Tokens, _image.Read(Table.Articles, article, (int)ArticleColumn.FirstToken) + position, (int)TokenColumn.Length);
    }
}

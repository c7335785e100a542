using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneTokenizer = Lucene.Net.Analysis.Tokenizer;

namespace CorpusGen.Tests.SearchTests;

/// <summary>
/// A Lucene.NET 4.8 index of the same articles CorpusGen indexed, fed CorpusGen's own normalized
/// tokens ("same tokens in"), with title and body fields, BM25(1.2, 0.75) and the same title
/// boost; and CorpusGen's parsed queries turned into the equivalent Lucene queries.
/// </summary>
public sealed class LuceneMirror : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    /// <param name="articles">What to index.</param>
    /// <param name="exactLengths">
    /// False: Lucene's own BM25Similarity, which keeps a field's length in one lossy byte.
    /// True: <see cref="ExactLengthBm25"/>, the same BM25 with the length stored exactly, as CorpusGen stores it.
    /// </param>
    public LuceneMirror(IEnumerable<Article> articles, bool exactLengths = false)
    {
        Similarity similarity = exactLengths ? new ExactLengthBm25() : new BM25Similarity(1.2f, 0.75f);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new CorpusGenAnalyzer()) { Similarity = similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (Article article in articles)
            {
                var document = new Document { new StringField("id", article.Id, Field.Store.YES) };
                if (article.Title is not null) document.Add(new TextField("title", article.Title, Field.Store.NO));
                document.Add(new TextField("body", article.Text, Field.Store.NO));
                writer.AddDocument(document);
            }
        }
        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public IndexSearcher Searcher { get; }

    /// <summary>Lucene's top <paramref name="n"/> for CorpusGen query text: (article id, score), best first.</summary>
    public List<(string Id, float Score)> Search(string query, int n)
    {
        TopDocs top = Searcher.Search(ToLucene(query), n);
        return top.ScoreDocs.Select(d => (Searcher.Doc(d.Doc).Get("id"), d.Score)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>
    /// Lucene 4.8's BM25 (k1 1.2, b 0.75, idf ln(1 + (maxDoc − df + 0.5)/(df + 0.5)), avgdl =
    /// sumTotalTermFreq / maxDoc, weight = boost · idf · (k1 + 1), score = weight · tf / (tf + k1·(1 − b + b·dl/avgdl)))
    /// with one change: the norm is the field's exact length instead of BM25Similarity's one-byte
    /// encoding of it. Lucene computes statistics, postings, phrase frequencies, boolean logic and
    /// top-k collection; only the length is no longer lossy.
    /// </summary>
    private sealed class ExactLengthBm25 : Similarity
    {
        private const float K1 = 1.2f, B = 0.75f;

        public override long ComputeNorm(FieldInvertState state) => state.Length;

        public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
        {
            long maxDoc = collectionStats.MaxDoc;
            float idf = 0;
            foreach (TermStatistics term in termStats)
            {
                idf += (float)Math.Log(1 + (maxDoc - term.DocFreq + 0.5D) / (term.DocFreq + 0.5D));
            }
            float average = collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)maxDoc);
            return new Weight(collectionStats.Field, idf, average, queryBoost);
        }

        public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
        {
            var w = (Weight)weight;
            return new Scorer(w, context.AtomicReader.GetNormValues(w.Field));
        }

        private sealed class Weight(string field, float idf, float average, float queryBoost) : SimWeight
        {
            public string Field { get; } = field;
            public float Idf { get; } = idf;
            public float Average { get; } = average;
            public float Value { get; private set; } = queryBoost * idf * (K1 + 1);

            public override float GetValueForNormalization() => (queryBoost * Idf) * (queryBoost * Idf);

            public override void Normalize(float queryNorm, float topLevelBoost)
            {
                Value = queryBoost * topLevelBoost * Idf * (K1 + 1);
            }
        }

        private sealed class Scorer(Weight weight, NumericDocValues? norms) : SimScorer
        {
            public override float Score(int doc, float freq)
            {
                float length = norms is null ? 1 : norms.Get(doc);
                return weight.Value * freq / (freq + K1 * (1 - B + B * length / weight.Average));
            }

            public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

            public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

            public override Explanation Explain(int doc, Explanation freq) => new(Score(doc, freq.Value), "exact-length BM25");
        }
    }

    /// <summary>Feeds Lucene the tokens CorpusGen indexed.</summary>
    private sealed class CorpusGenTokenizer : LuceneTokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private IReadOnlyList<CorpusGen.Analysis.Token> _tokens = [];
        private int _next;

        public CorpusGenTokenizer(TextReader input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _tokens = CorpusGen.Analysis.Tokenizer.Tokenize(m_input.ReadToEnd());
            _next = 0;
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _tokens.Count) return false;
            CorpusGen.Analysis.Token token = _tokens[_next++];
            _term.SetEmpty().Append(token.Normalized);
            _offset.SetOffset(token.Start, token.Start + token.Length);
            return true;
        }
    }

    private sealed class CorpusGenAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new CorpusGenTokenizer(reader));
    }

    /// <summary>One query word in both fields, the title boosted as CorpusGen boosts it.</summary>
    private static Query Word(string term) => new BooleanQuery
    {
        { new TermQuery(new Term("title", term)) { Boost = CorpusGen.Search.Bm25.TitleBoost }, Occur.SHOULD },
        { new TermQuery(new Term("body", term)), Occur.SHOULD },
    };

    private static Query Phrase(IReadOnlyList<string> terms)
    {
        var title = new PhraseQuery { Boost = CorpusGen.Search.Bm25.TitleBoost };
        var body = new PhraseQuery();
        foreach (string t in terms)
        {
            title.Add(new Term("title", t));
            body.Add(new Term("body", t));
        }
        return new BooleanQuery { { title, Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    /// <summary>CorpusGen's parse of <paramref name="query"/> as a Lucene query (terms, phrases, +, -).</summary>
    public static Query ToLucene(string query)
    {
        var boolean = new BooleanQuery();
        foreach (CorpusGen.Search.QueryClause clause in CorpusGen.Search.QueryParser.Parse(query))
        {
            var phrase = (CorpusGen.Search.PhraseClause)clause;
            Query q = phrase.Terms.Count == 1 ? Word(phrase.Terms[0]) : Phrase(phrase.Terms);
            boolean.Add(q, phrase.Occur switch
            {
                CorpusGen.Search.Occur.Must => Occur.MUST,
                CorpusGen.Search.Occur.MustNot => Occur.MUST_NOT,
                _ => Occur.SHOULD,
            });
        }
        return boolean;
    }
}

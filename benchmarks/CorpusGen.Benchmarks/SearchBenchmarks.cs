using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CorpusGen.Benchmarks;

/// <summary>
/// A top-10 search, query text in, ranked hits out: CorpusGen's compile-time index against
/// Lucene.NET 4.8 with an index built beforehand (in GlobalSetup, not timed) in an
/// MMapDirectory, StandardAnalyzer, BM25 and the classic query parser over title and body, as a
/// user would set it up. Both parse the query text on every call. The queries are drawn from the
/// compiled-in corpus: two of the first article's keywords, and a two-word phrase of its text.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private string _terms = null!;
    private string _phrase = null!;
    private string _prefix = null!;
    private string _folder = null!;
    private FSDirectory _directory = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private MultiFieldQueryParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        Article first = News.Articles[0];
        var keywords = News.Keywords(first, 2);
        _terms = keywords.Count == 2 ? $"{keywords[0].Term} {keywords[1].Term}" : keywords[0].Term;
        var tokens = first.Tokens;
        int at = Enumerable.Range(tokens.Count / 2, tokens.Count / 2 - 1)
            .First(i => tokens[i].Text.Length > 3 && tokens[i].Text.All(char.IsLetter) && tokens[i + 1].Text.All(char.IsLetter));
        _phrase = $"\"{tokens[at].Normalized} {tokens[at + 1].Normalized}\"";
        // A prefix of the first keyword's first 3 letters: many terms, many articles.
        _prefix = keywords[0].Term[..Math.Min(3, keywords[0].Term.Length)] + "*";

        _folder = Path.Combine(Path.GetTempPath(), "corpusgen-lucene-" + Environment.ProcessId);
        _directory = new MMapDirectory(new DirectoryInfo(_folder));
        var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        var similarity = new BM25Similarity(1.2f, 0.75f);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = similarity, OpenMode = OpenMode.CREATE }))
        {
            foreach (Article article in News.Articles)
            {
                var document = new Document { new StringField("id", article.Id, Field.Store.YES) };
                if (article.Title is not null) document.Add(new TextField("title", article.Title, Field.Store.NO));
                document.Add(new TextField("body", article.Text, Field.Store.NO));
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "body"], analyzer, new Dictionary<string, float> { ["title"] = 2f, ["body"] = 1f });
        Console.WriteLine($"// queries: {_terms} | {_phrase} | {_prefix}; hits {News.Search(_terms).Count}/{Lucene(_terms)}, {News.Search(_phrase).Count}/{Lucene(_phrase)}, {News.Search(_prefix).Count}/{Lucene(_prefix)}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private int Lucene(string query) => _searcher.Search(_parser.Parse(query), 10).ScoreDocs.Length;

    [Benchmark(Baseline = true)]
    public int Lucene_Terms() => Lucene(_terms);

    [Benchmark]
    public int CorpusGen_Terms() => News.Search(_terms).Count;

    /// <summary>The same search, then every hit's best sentence and highlights read (found on first read, which Lucene's search does not do).</summary>
    [Benchmark]
    public int CorpusGen_Terms_BestSentences()
    {
        int highlights = 0;
        foreach (CorpusGen.Search.SearchHit hit in News.Search(_terms)) highlights += hit.Highlights.Count;
        return highlights;
    }

    [Benchmark]
    public int Lucene_Phrase() => Lucene(_phrase);

    [Benchmark]
    public int CorpusGen_Phrase() => News.Search(_phrase).Count;

    /// <summary>A prefix query: constant score in both (Lucene's default rewrite for a parsed prefix), every article with a matching term.</summary>
    [Benchmark]
    public int Lucene_Prefix() => Lucene(_prefix);

    [Benchmark]
    public int CorpusGen_Prefix() => News.Search(_prefix).Count;
}

// One query in a fresh process, then exit. Modes:
//   hello                         the floor: a process that prints a line
//   corpusgen-byid ID             CorpusGen: the corpus compiled in, one ById
//   corpusgen-search QUERY        CorpusGen: one Search
//   corpusgen-search-phases [QUERY] where a first Search's time goes (microseconds, cold, in this process): not timed by the benchmarks
//   analysis DIR ID               the same analysis as CorpusGen's, run over DIR's files at startup, then a dictionary lookup
//   json ID                       the articles as an embedded JSON resource, System.Text.Json source-generated, then a dictionary lookup
//   lucene INDEX QUERY            Lucene.NET: an index built beforehand, opened (MMapDirectory) and searched
//   prepare DIR OUT               writes OUT/articles.json and the Lucene index OUT/lucene for the modes above
using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusGen.Analysis;
using CorpusGen.FirstQuery;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

// Each mode is a method of its own and Main only dispatches: under the JIT, a process compiles Main
// and the one mode it runs, so hello world does not pay for compiling (and loading the assemblies
// of) the Lucene and JSON modes, and no mode pays for another's.
return args switch
{
    ["hello"] => Modes.Hello(),
    ["corpusgen-byid", var id] => Modes.CorpusGenById(id),
    ["corpusgen-search", var query] => Modes.CorpusGenSearch(query),
    ["corpusgen-search-phases"] => Modes.CorpusGenSearchPhases(null),
    ["corpusgen-search-phases", var query] => Modes.CorpusGenSearchPhases(query),
    ["analysis", var folder, var id] => Modes.Analysis(folder, id),
    ["json", var id] => Modes.Json(id),
    ["lucene", var index, var query] => Modes.Lucene(index, query),
    ["prepare", var folder, var output] => Modes.Prepare(folder, output),
    _ => Modes.Usage(),
};

namespace CorpusGen.FirstQuery
{
    internal static class Modes
    {
        public static int Hello()
        {
            Console.WriteLine("hello");
            return 0;
        }

        public static int CorpusGenById(string id)
        {
            Console.WriteLine(News.ById(id) is { } hit ? hit.Title ?? hit.Id : "(none)");
            return 0;
        }

        public static int CorpusGenSearch(string query)
        {
            Console.WriteLine(News.Search(query).Count);
            return 0;
        }

        public static int CorpusGenSearchPhases(string? query)
        {
            // Each phase's wall time, and how much of it the JIT took (methods compiled, time compiling them).
            // Only numbers are kept while the clock runs: formatting them (culture data, number
            // formatting) costs a fresh process more than some of the phases do.
            var names = new string[8];
            var micros = new double[8];
            var methods = new long[8];
            var jitMillis = new double[8];
            int phase = 0;
            long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            void Lap(string name)
            {
                micros[phase] = clock.Elapsed.TotalMicroseconds;
                long methodsNow = System.Runtime.JitInfo.GetCompiledMethodCount();
                TimeSpan jitNow = System.Runtime.JitInfo.GetCompilationTime();
                names[phase] = name;
                methods[phase] = methodsNow - methodsBefore;
                jitMillis[phase] = (jitNow - jitBefore).TotalMilliseconds;
                phase++;
                methodsBefore = methodsNow;
                jitBefore = jitNow;
                clock.Restart();
            }
            int count = News.Articles.Count;
            Lap("open");
            string id = News.Articles[count / 2].Id;
            Lap("an article's id");
            string? byId = News.ById(id)?.Id;
            Lap("ById");
            // Without a query, the one FirstQueryBenchmarks times: the first article's strongest keyword (found outside the phases).
            query ??= News.Keywords(News.Articles[0], 1)[0].Term;
            methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            clock.Restart();
            int df = News.DocumentFrequency(query);
            Lap("term lookup");
            var hits = News.Search(query);
            Lap("first Search");
            News.Search(query);
            Lap("second Search");
            var report = new List<string>();
            for (int p = 0; p < phase; p++) report.Add($"{names[p]} {micros[p]:0} us (jit {methods[p]}, {jitMillis[p]:0.0} ms)");
            Console.WriteLine($"articles {count}, query {query} (df {df}, {hits.Count} hits{(byId == id ? "" : ", ById missed")}): " + string.Join(", ", report));
            Console.WriteLine($"jit in this process: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms");
            return 0;
        }

        public static int Analysis(string folder, string id)
        {
            var byId = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
            foreach (string path in System.IO.Directory.GetFiles(folder, "*.txt"))
            {
                StoredArticle article = StoredArticle.Analyze(path);
                byId[article.Id] = article;
            }
            Console.WriteLine(byId.TryGetValue(id, out StoredArticle? found) ? found.Title ?? found.Id : "(none)");
            return 0;
        }

        public static int Json(string id)
        {
            using Stream stream = typeof(StoredArticle).Assembly.GetManifestResourceStream("articles.json")
                ?? throw new InvalidOperationException("built without BenchData: no articles.json resource");
            List<StoredArticle> articles = JsonSerializer.Deserialize(stream, ArticlesJson.Default.ListStoredArticle)!;
            var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            Console.WriteLine(byId.TryGetValue(id, out StoredArticle? found) ? found.Title ?? found.Id : "(none)");
            return 0;
        }

        public static int Lucene(string index, string query)
        {
            using var directory = new MMapDirectory(new DirectoryInfo(index));
            using DirectoryReader reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(1.2f, 0.75f) };
            var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "body"], new StandardAnalyzer(LuceneVersion.LUCENE_48));
            Console.WriteLine(searcher.Search(parser.Parse(query), 10).ScoreDocs.Length);
            return 0;
        }

        public static int Prepare(string folder, string output)
        {
            System.IO.Directory.CreateDirectory(output);
            var articles = System.IO.Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(StoredArticle.Analyze).ToList();
            using (FileStream json = File.Create(Path.Combine(output, "articles.json"))) JsonSerializer.Serialize(json, articles, ArticlesJson.Default.ListStoredArticle);
            using var directory = new MMapDirectory(new DirectoryInfo(Path.Combine(output, "lucene")));
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = new BM25Similarity(1.2f, 0.75f), OpenMode = OpenMode.CREATE };
            using (var writer = new IndexWriter(directory, config))
            {
                foreach (StoredArticle article in articles)
                {
                    var document = new Document { new StringField("id", article.Id, Field.Store.YES) };
                    if (article.Title is not null) document.Add(new TextField("title", article.Title, Field.Store.NO));
                    document.Add(new TextField("body", article.Text, Field.Store.NO));
                    writer.AddDocument(document);
                }
                writer.ForceMerge(1);
            }
            Console.WriteLine($"prepared {articles.Count} articles in {output}");
            return 0;
        }

        public static int Usage()
        {
            Console.Error.WriteLine("usage: see the comment at the top of Program.cs");
            return 2;
        }
    }

    public sealed record StoredArticle(string Id, string? Title, string? Date, string Text)
    {
        /// <summary>A file read and analysed as CorpusGen's generator would, at run time.</summary>
        public static StoredArticle Analyze(string path)
        {
            DocumentAnalysis analysis = DocumentAnalyzer.Analyze(File.ReadAllText(path));
            return new StoredArticle(Path.GetFileNameWithoutExtension(path), analysis.Title, analysis.Date?.ToString("yyyy-MM-dd"), analysis.Text);
        }
    }

    [JsonSerializable(typeof(List<StoredArticle>))]
    internal sealed partial class ArticlesJson : JsonSerializerContext;
}

using System.Globalization;
using System.Reflection;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Runtime;

/// <summary>
/// The first query must not depend on the corpus size: nothing is parsed, indexed or allocated
/// per document at startup. Allocation counts are deterministic, so they are asserted here; times
/// belong to the benchmarks.
/// </summary>
public class ZeroParseStartupTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static Assembly Build(int documents, string assemblyName)
    {
        var docs = Enumerable.Range(0, documents).Select(i =>
        {
            string id = "doc" + i.ToString("D5", CultureInfo.InvariantCulture);
            string date = new DateOnly(2020, 1, 1).AddDays(i % 1000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return TestDocument.FromString(id + ".txt",
                $"date {date} Headline number {i} for the test\n\nThe first paragraph of document {i} says something.\n\nA second paragraph, with \u201Cquotes\u201D and more words {i * 7}.\n");
        });
        GeneratorDriver driver = GeneratorHarness.CreateDriver(docs);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(assemblyName: assemblyName), out Compilation output, out var diagnostics);
        Assert.Empty(diagnostics);
        return GeneratorHarness.Load(output);
    }

    /// <summary>Bytes allocated by the first Articles[0] and ById on a freshly loaded corpus.</summary>
    private static long FirstQueryBytes(Assembly assembly, string someId)
    {
        Type corpus = assembly.GetType("MyApp.News")!;
        var articles = corpus.GetProperty("Articles")!.GetMethod!.CreateDelegate<Func<IReadOnlyList<Article>>>();
        var byId = corpus.GetMethod("ById")!.CreateDelegate<Func<string, Article?>>();

        long before = GC.GetAllocatedBytesForCurrentThread();
        Article first = articles()[0];
        Article? found = byId(someId);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("doc00000", first.Id);
        Assert.Equal(someId, found!.Id);
        return allocated;
    }

    [Fact]
    public void First_query_allocates_the_same_for_5_and_5000_documents()
    {
        // Warm the runtime's own code paths (ConcurrentDictionary, UTF-8) on a third corpus first.
        FirstQueryBytes(Build(3, "Warmup"), "doc00002");

        long small = FirstQueryBytes(Build(5, "Small"), "doc00004");
        long large = FirstQueryBytes(Build(5000, "Large"), "doc04999");

        output.WriteLine($"first Articles[0] + ById: {small} bytes at 5 documents, {large} bytes at 5000 documents");
        Assert.True(small > 0);
        Assert.True(Math.Abs(large - small) < small / 2,
            $"first query allocated {small} bytes at 5 documents and {large} bytes at 5000 documents");
    }

    [Fact]
    public void Generated_classes_have_no_static_constructor()
    {
        Assembly assembly = Build(5, "NoCctor");
        Type corpus = assembly.GetType("MyApp.News")!;
        Assert.Null(corpus.TypeInitializer);
        Type image = corpus.GetNestedType("CorpusGenImage", BindingFlags.NonPublic)!;
        Assert.NotNull(image);
        Assert.Null(image.TypeInitializer);
        Assert.DoesNotContain(corpus.GetFields(BindingFlags.Static | BindingFlags.NonPublic), f => f.FieldType != typeof(CorpusData));
    }

    [Fact]
    public void Lookups_on_a_large_corpus_are_exact()
    {
        Assembly assembly = Build(5000, "LargeLookups");
        var data = GeneratorHarness.Data(assembly);

        Assert.Equal(5000, data.Articles.Count);
        for (int i = 0; i < 5000; i += 499)
        {
            string id = "doc" + i.ToString("D5", CultureInfo.InvariantCulture);
            Article article = data.ById(id)!;
            Assert.Equal(i, article.Index);
            Assert.Equal($"Headline number {i} for the test", article.Title);
            Assert.Equal(new DateOnly(2020, 1, 1).AddDays(i % 1000), article.Date);
            Assert.Equal(2, article.Paragraphs.Count);
        }
        Assert.Null(data.ById("doc05000"));
        // Dates repeat every 1000 documents: five articles a day, in article order.
        Assert.Equal([3, 1003, 2003, 3003, 4003], data.ByDate(new DateOnly(2020, 1, 4)).Select(a => a.Index));
        Assert.Equal(5000, data.Between(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31)).Count);
        Assert.Equal(10, data.Between(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 2)).Count);
    }

    [Fact]
    public void Concurrent_first_access_gives_one_instance_per_article()
    {
        Assembly assembly = Build(200, "Concurrent");
        var data = GeneratorHarness.Data(assembly);

        Article[][] seen = new Article[8][];
        Parallel.For(0, 8, t => seen[t] = Enumerable.Range(0, 200).Select(i => data.Articles[(i * 7 + t) % 200]).OrderBy(a => a.Index).ToArray());

        for (int t = 1; t < 8; t++)
        {
            for (int i = 0; i < 200; i++) Assert.Same(seen[0][i], seen[t][i]);
        }
    }

    [Fact]
    public void The_flat_article_cache_is_made_after_enough_lookups_and_holds_the_same_instances()
    {
        Assembly assembly = Build(200, "FlatCache");
        var data = GeneratorHarness.Data(assembly);
        Article[] first = Enumerable.Range(0, 200).Select(i => data.Articles[i]).ToArray();

        // The pages answer max(articles, MinPageLookups) lookups before the flat copy is made.
        for (int i = 200; i < CorpusData.MinPageLookups; i++) Assert.Same(first[i % 200], data.Articles[i % 200]);
        Assert.False(data.HasFlatArticleCache);
        Assert.Same(first[7], data.ById(first[7].Id));
        Assert.True(data.HasFlatArticleCache);

        // Through the flat copy (once an article is in it) and through the pages (before), the same instances.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < 200; i++)
            {
                Assert.Same(first[i], data.Articles[i]);
                Assert.Same(first[i], data.ById(first[i].Id));
            }
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Articles[200]);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Articles[-1]);
    }

    [Fact]
    public void Threads_that_cross_the_flat_cache_being_made_get_one_instance_per_article()
    {
        Assembly assembly = Build(300, "FlatCacheConcurrent");
        var data = GeneratorHarness.Data(assembly);

        // 8 threads, 2,000 lookups each: the flat copy is made while they run, articles created on the way.
        Article[][] seen = new Article[8][];
        Parallel.For(0, 8, t =>
        {
            var mine = new Article[300];
            for (int k = 0; k < 2000; k++)
            {
                int i = (k * 7 + t * 31) % 300;
                Article article = k % 2 == 0 ? data.Articles[i] : data.ById("doc" + i.ToString("D5", CultureInfo.InvariantCulture))!;
                if (mine[i] is null) mine[i] = article;
                else Assert.Same(mine[i], article);
            }
            seen[t] = mine;
        });

        Assert.True(data.HasFlatArticleCache);
        for (int i = 0; i < 300; i++)
        {
            Article canonical = data.Articles[i];
            for (int t = 0; t < 8; t++)
            {
                if (seen[t][i] is { } article) Assert.Same(canonical, article);
            }
        }
    }
}

using System;
using System.Threading;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using CorpusGen.Storage;
using CorpusGen.Storage.Format;

namespace CorpusGen
{
    /// <summary>
    /// One generated corpus: its articles and the lookups over them. Every generated corpus class
    /// exposes its instance as <c>Data</c>, so a library can take any corpus as a parameter.
    /// </summary>
    /// <remarks>
    /// All lookup tables were built at compile time; this class reads them in place. Articles are
    /// created on first access and cached, so an article is always the same instance. The class is
    /// safe to use from many threads.
    /// </remarks>
    public sealed partial class CorpusData
    {
        /// <summary>Created articles, in pages of <see cref="PageSize"/> allocated on first use, so that the cache costs the same to start at any corpus size.</summary>
        private readonly Article?[]?[] _pages;
        private const int PageBits = 8, PageSize = 1 << PageBits;
        private readonly Func<CorpusData, int, Article>? _createArticle;

        /// <summary>Wraps the image of a generated corpus. Called by generated code.</summary>
        /// <param name="name">The generated class's name.</param>
        /// <param name="image">The corpus data.</param>
        /// <param name="createArticle">Creates the article at an index: the generated subclass for a corpus with front matter; null for <see cref="Article"/>.</param>
        public CorpusData(string name, CorpusImage image, Func<CorpusData, int, Article>? createArticle = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Image = image ?? throw new ArgumentNullException(nameof(image));
            _pages = new Article?[]?[(image.ArticleCount >> PageBits) + 1];
            _pageLookups = new LookupCounter { Left = Math.Max(image.ArticleCount, MinPageLookups) };
            Articles = new ArticleList(this);
            _createArticle = createArticle;
        }

        /// <summary>The generated class's name (<c>ClassName</c> of the <c>&lt;Corpus&gt;</c> item).</summary>
        public string Name { get; }

        internal CorpusImage Image { get; }

        /// <summary>Every article, ordered by <see cref="Article.FileName"/> (ordinal).</summary>
        public IReadOnlyList<Article> Articles { get; }

        // The views over all sentences and paragraphs are made on first use: creating them in the
        // constructor loaded a dozen types (the lists, their delegates, Sentence, Paragraph) that a
        // first lookup does not need. Two threads may each make one; they are the same view.
        private IReadOnlyList<Sentence>? _sentences;
        private IReadOnlyList<Paragraph>? _paragraphs;

        /// <summary>Every sentence of every article, in article order.</summary>
        public IReadOnlyList<Sentence> Sentences =>
            _sentences ??= new RowList<Sentence>(this, ImageFormat.Table.Sentences, (int)ImageFormat.SentenceColumn.Article, static (a, row) => a.Sentences[row - a.FirstSentenceRow]);

        /// <summary>Every paragraph of every article, in article order.</summary>
        public IReadOnlyList<Paragraph> Paragraphs =>
            _paragraphs ??= new RowList<Paragraph>(this, ImageFormat.Table.Paragraphs, (int)ImageFormat.ParagraphColumn.Article, static (a, row) => a.Paragraphs[row - a.FirstParagraphRow]);

        /// <summary>
        /// The article at <paramref name="index"/>, created on first use. A lookup reads the flat copy
        /// of the cache when it has the article (one read), else the pages (two: page, then article).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal Article GetArticle(int index)
        {
            Article?[]? flat = Volatile.Read(ref _flat);
            if (flat is not null && (uint)index < (uint)flat.Length && Volatile.Read(ref flat[index]) is { } article) return article;
            return GetArticleFromPages(index);
        }

        private Article GetArticleFromPages(int index)
        {
            if ((uint)index >= (uint)Image.ArticleCount) ThrowIndexOutOfRange();
            Article?[]? page = Volatile.Read(ref _pages[index >> PageBits]);
            Article article = (page is null ? null : Volatile.Read(ref page[index & (PageSize - 1)])) ?? Create(index);
            // Counts down the lookups the pages answer before the flat copy is made, then stops writing.
            // Threads racing on it only make that happen a little sooner or later.
            if (_pageLookups.Left > 0) _pageLookups.Left--;
            else Mirror(index, article);
            return article;
        }

        /// <summary>
        /// Copies an article into the flat copy of the cache, made once the pages have answered as
        /// many lookups as the corpus has articles (at least <see cref="MinPageLookups"/>): its
        /// allocation grows with the corpus, so it waits until the process has done that much work
        /// already, and opening a corpus and its first lookups cost the same at any size. The pages
        /// stay the one place where an article is created (a compare-exchange from null), so the
        /// copy only ever holds the instance they hold, whichever thread writes it.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Mirror(int index, Article article)
        {
            Article?[] flat = Volatile.Read(ref _flat)
                ?? Interlocked.CompareExchange(ref _flat, new Article?[Image.ArticleCount], null)
                ?? _flat!;
            Volatile.Write(ref flat[index], article);
        }

        // The count of its own object, so that its writes do not invalidate the cache line every lookup reads (_flat, _pages).
        private sealed class LookupCounter
        {
            public int Left;
        }

        private readonly LookupCounter _pageLookups;
        private Article?[]? _flat;

        /// <summary>The fewest lookups through the pages before the flat copy of the article cache is made.</summary>
        internal const int MinPageLookups = 4096;

        /// <summary>Whether the flat copy of the article cache has been made (for tests).</summary>
        internal bool HasFlatArticleCache => Volatile.Read(ref _flat) is not null;

        [DoesNotReturn]
        private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");

        /// <summary>Creates and caches an article; a thread that loses a race takes the winner's instance.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private Article Create(int index)
        {
            Article?[] page = Volatile.Read(ref _pages[index >> PageBits])
                ?? Interlocked.CompareExchange(ref _pages[index >> PageBits], new Article?[PageSize], null)
                ?? _pages[index >> PageBits]!;
            Article created = _createArticle is null ? new Article(this, index) : _createArticle(this, index);
            return Interlocked.CompareExchange(ref page[index & (PageSize - 1)], created, null) ?? created;
        }

        /// <summary>The article whose <see cref="Article.Id"/> is <paramref name="id"/> (ordinal), or null.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
        public Article? ById(string id)
        {
            if (id is null) throw new ArgumentNullException(nameof(id));
            int index = FindId(id);
            return index < 0 ? null : GetArticle(index);
        }

        /// <summary>The index of the article with this id, or -1. Allocates nothing.</summary>
        internal int FindId(string id) => Image.FindKey(ImageFormat.Table.IdHash, id);

        /// <summary>The articles dated <paramref name="date"/>, in article order.</summary>
        public IReadOnlyList<Article> ByDate(DateOnly date) => Between(date, date);

        /// <summary>The articles dated from <paramref name="from"/> to <paramref name="to"/>, both included, by date then article order.</summary>
        /// <remarks>Returns an empty list when <paramref name="from"/> is after <paramref name="to"/>.</remarks>
        public IReadOnlyList<Article> Between(DateOnly from, DateOnly to)
        {
            if (from > to) return Array.Empty<Article>();
            int first = LowerBound(from.DayNumber);
            int end = LowerBound(to.DayNumber + 1);
            if (first >= end) return Array.Empty<Article>();
            var result = new Article[end - first];
            for (int k = first; k < end; k++)
            {
                result[k - first] = GetArticle(Image.Read(ImageFormat.Table.DateOrder, k, 0));
            }
            return result;
        }

        /// <summary>The first position in the date order whose date is at least <paramref name="dayNumber"/>.</summary>
        private int LowerBound(int dayNumber)
        {
            int low = 0, high = Image.RowCount(ImageFormat.Table.DateOrder);
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                int article = Image.Read(ImageFormat.Table.DateOrder, middle, 0);
                int day = Image.Read(ImageFormat.Table.Articles, article, (int)ImageFormat.ArticleColumn.DatePlusOne) - 1;
                if (day < dayNumber) low = middle + 1; else high = middle;
            }
            return low;
        }

        public override string ToString() => $"{Name} ({Image.ArticleCount} articles)";
    }
}

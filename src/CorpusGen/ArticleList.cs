using System;
using System.Collections;
using System.Collections.Generic;

namespace CorpusGen
{
    /// <summary>The articles of a corpus as a list that creates each article when it is first read.</summary>
    internal sealed class ArticleList : IReadOnlyList<Article>
    {
        private readonly CorpusData _corpus;

        public ArticleList(CorpusData corpus) => _corpus = corpus;

        public int Count => _corpus.Image.ArticleCount;

        public Article this[int index] =>
            (uint)index < (uint)Count ? _corpus.GetArticle(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Article> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return _corpus.GetArticle(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// A corpus-wide list over the rows of one table (sentences, paragraphs): row i belongs to the
    /// article named in its article column, and is taken from that article's own list.
    /// </summary>
    internal sealed class RowList<T> : IReadOnlyList<T>
    {
        private readonly CorpusData _corpus;
        private readonly Storage.Format.ImageFormat.Table _table;
        private readonly int _articleColumn;
        private readonly Func<Article, int, T> _select;

        public RowList(CorpusData corpus, Storage.Format.ImageFormat.Table table, int articleColumn, Func<Article, int, T> select)
        {
            _corpus = corpus;
            _table = table;
            _articleColumn = articleColumn;
            _select = select;
        }

        public int Count => _corpus.Image.RowCount(_table);

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                Article article = _corpus.GetArticle(_corpus.Image.Read(_table, index, _articleColumn));
                return _select(article, index);
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

namespace CorpusGen
{
    /// <summary>
    /// A list of articles seen as the generated article type of a corpus with front matter
    /// (<c>{ClassName}Article</c>). Used by generated code; it wraps the list, it copies nothing.
    /// </summary>
    public sealed class ArticleList<T> : System.Collections.Generic.IReadOnlyList<T> where T : Article
    {
        private readonly System.Collections.Generic.IReadOnlyList<Article> _articles;

        public ArticleList(System.Collections.Generic.IReadOnlyList<Article> articles) =>
            _articles = articles ?? throw new System.ArgumentNullException(nameof(articles));

        public int Count => _articles.Count;

        public T this[int index] => (T)_articles[index];

        public System.Collections.Generic.IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < _articles.Count; i++) yield return (T)_articles[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

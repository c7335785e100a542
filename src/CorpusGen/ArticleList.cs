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
}

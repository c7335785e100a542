using System.Collections.Generic;
using System.Threading;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// Every article's words (its tokens' normalized forms) as numbers, one number a distinct word in
    /// the whole corpus, numbered in order of first use. Counted once for the image: the related
    /// articles compare articles by these numbers, and the search index maps each number to its
    /// indexed term once instead of looking every occurrence up by its text.
    /// </summary>
    internal sealed class CorpusWords
    {
        private CorpusWords(List<string> words, int[][] articles)
        {
            Words = words;
            Articles = articles;
        }

        /// <summary>The distinct words; a word's number is its index.</summary>
        public IReadOnlyList<string> Words { get; }

        /// <summary>Article i's words in order, as numbers: one per token of its document.</summary>
        public int[][] Articles { get; }

        public static CorpusWords Number(CorpusSpec corpus, CancellationToken cancellationToken = default)
        {
            var numbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var words = new List<string>();
            var articles = new int[corpus.Articles.Count][];
            for (int a = 0; a < articles.Length; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                EquatableArray<TokenSpec> tokens = corpus.Articles[a].Document.Tokens;
                var ids = new int[tokens.Count];
                for (int t = 0; t < ids.Length; t++)
                {
                    string word = tokens[t].Normalized;
                    if (!numbers.TryGetValue(word, out int id))
                    {
                        id = words.Count;
                        numbers[word] = id;
                        words.Add(word);
                    }
                    ids[t] = id;
                }
                articles[a] = ids;
            }
            return new CorpusWords(words, articles);
        }
    }
}

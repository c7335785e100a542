using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// The emit stage: writes the C# source of one corpus: the public static partial class with
    /// its lookups and one property per article, and a private image class returning the corpus
    /// data as UTF-8 literals. The output depends on the model only, never on the machine, the
    /// culture or the order files came in: the same corpus gives the same bytes.
    /// </summary>
    internal static class CorpusEmitter
    {
        internal const string ImageClassName = "CorpusGenImage";

        /// <summary>
        /// How many blobs (as a power of two) share one switch of the image class. A process JIT-compiles
        /// the top switch once and each group it reads a blob of: a first search at 10,000 documents
        /// reads blobs in 12 to 20 groups, and each case costs the JIT a method to resolve. So a
        /// group is the smallest power of two at least the square root of (blobs / 16), from 8 to
        /// 64: at 10,000 documents (1,600 blobs) 16 wide, 100 groups (see benchmarks/README.md,
        /// "Blob groups").
        /// </summary>
        internal static int BlobGroupBits(int blobCount)
        {
            int bits = 3;
            while (bits < 6 && (1L << (2 * bits)) * 16 < blobCount) bits++;
            return bits;
        }

        /// <summary>
        /// The most blobs one generated source holds (64 MB of data at most). A larger corpus gets
        /// more sources, each a part of the image class: a source text's length is an int (and was
        /// a .NET string's, at most about 2^30 characters, when 100,000 news articles first
        /// exceeded it), and each source stays a size the compiler reads and embeds in pieces.
        /// </summary>
        internal const int BlobsPerSource = 1024;

        private const int PadBlobsTo = 4096;

        /// <summary>The nested <c>Entities</c> class: a property per gazetteer entity, <c>All</c> and <c>ByName</c>.</summary>
        private static void EmitEntities(SourceWriter w, CorpusSpec corpus)
        {
            w.Line("/// <summary>The entities of the corpus's gazetteer (<c>Entities</c> on the &lt;Corpus&gt; item), linked at compile time.</summary>");
            w.Line("public static class Entities");
            w.Open();
            w.Line("/// <summary>Every entity, in the gazetteer's order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Entity> All => Data.Entities;");
            w.Line();
            w.Line("/// <summary>The entity with this canonical name (ordinal), or null.</summary>");
            w.Line("public static global::CorpusGen.Entity? ByName(string name) => Data.EntityByName(name);");
            for (int e = 0; e < corpus.Entities.Count; e++)
            {
                EntitySpec entity = corpus.Entities[e];
                w.Line();
                w.Line("/// <summary>" + CSharpText.DocComment(entity.Name) + " (" + CSharpText.DocComment(entity.Kind) + ").</summary>");
                w.Line("public static global::CorpusGen.Entity " + corpus.EntityIdentifiers[e] + " => Data.EntityAt(" + e.ToString(CultureInfo.InvariantCulture) + ");");
            }
            w.Close();
        }

        public static string HintName(CorpusSpec corpus) => HintStem(corpus) + ".g.cs";

        /// <summary>The hint name of further source <paramref name="part"/> (1, 2, …) of a corpus's blobs.</summary>
        private static string BlobPartHintName(CorpusSpec corpus, int part) =>
            HintStem(corpus) + ".Blobs" + part.ToString(CultureInfo.InvariantCulture) + ".g.cs";

        private static string HintStem(CorpusSpec corpus) => (corpus.Namespace.Length == 0 ? "global" : corpus.Namespace) + "." + corpus.ClassName;

        /// <summary>
        /// The generated sources of a corpus: the first (<see cref="HintName"/>) has the API and
        /// the first <paramref name="blobsPerSource"/> blobs; each further one the next blobs.
        /// </summary>
        public static IReadOnlyList<(string HintName, SourceText Text)> Emit(CorpusSpec corpus, CancellationToken cancellationToken = default,
            int blobsPerSource = BlobsPerSource)
        {
            if (corpus.ResourceImage)
            {
                // The image goes into a manifest resource that the build step writes: no literals here.
                return new[] { (HintName(corpus), EmitMain(corpus, new List<Blob>(), 0, cancellationToken)) };
            }
            List<Blob> blobs = ImageWriter.Write(corpus, cancellationToken);
            var sources = new List<(string HintName, SourceText Text)> { (HintName(corpus), EmitMain(corpus, blobs, Math.Min(blobs.Count, blobsPerSource), cancellationToken)) };
            for (int first = blobsPerSource; first < blobs.Count; first += blobsPerSource)
            {
                sources.Add((BlobPartHintName(corpus, first / blobsPerSource),
                    EmitBlobPart(corpus, blobs, first, Math.Min(blobs.Count, first + blobsPerSource), cancellationToken)));
            }
            return sources;
        }

        /// <summary>A new source: the header comment, nullable context, and the corpus's namespace opened when it has one.</summary>
        private static SourceWriter OpenSource(CorpusSpec corpus, out bool hasNamespace)
        {
            var w = new SourceWriter();
            w.Line("// <auto-generated/>");
            w.Line("// Generated by CorpusGen. Do not edit: change the documents or the <Corpus> item instead.");
            w.Line("#nullable enable");
            w.Line();
            hasNamespace = corpus.Namespace.Length > 0;
            if (hasNamespace)
            {
                w.Line("namespace " + corpus.Namespace);
                w.Open();
            }
            return w;
        }

        /// <summary>A further part of the image class: blobs <paramref name="first"/> to <paramref name="end"/>.</summary>
        private static SourceText EmitBlobPart(CorpusSpec corpus, List<Blob> blobs, int first, int end, CancellationToken cancellationToken)
        {
            SourceWriter w = OpenSource(corpus, out bool hasNamespace);
            w.Line("public static partial class " + corpus.ClassName);
            w.Open();
            w.Line("private sealed partial class " + ImageClassName);
            w.Open();
            WriteBlobs(w, blobs, first, end, cancellationToken);
            w.Close();
            w.Close();
            if (hasNamespace) w.Close();
            return w.ToSourceText();
        }

        private static SourceText EmitMain(CorpusSpec corpus, List<Blob> blobs, int blobsHere, CancellationToken cancellationToken)
        {
            SourceWriter w = OpenSource(corpus, out bool hasNamespace);
            string c = corpus.ClassName;

            w.Line("/// <summary>");
            w.Line("/// The " + c + " corpus: " + Count(corpus.Articles.Count, "article") + " analysed at compile time by CorpusGen.");
            w.Line("/// Its data is static data in this assembly: nothing is parsed or indexed at startup.");
            w.Line("/// </summary>");
            w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + typeof(CorpusEmitter).Assembly.GetName().Version!.ToString(3) + "\")]");
            w.Line("public static partial class " + c);
            w.Open();
            string article = corpus.ArticleType;
            bool typed = corpus.Metadata.Count > 0;
            string list = "global::System.Collections.Generic.IReadOnlyList<" + article + ">";
            string Typed(string articles) => typed ? "new global::CorpusGen.ArticleList<" + article + ">(" + articles + ")" : articles;
            w.Line("private static global::CorpusGen.CorpusData? s_data;");
            if (typed) w.Line("private static " + list + "? s_articles;");
            w.Line();
            w.Line("/// <summary>The corpus as an object, for code that works with any generated corpus.</summary>");
            // A getter small enough to inline into every lookup; creating the object is out of line.
            w.Line("public static global::CorpusGen.CorpusData Data => s_data ?? CorpusGenCreateData();");
            w.Line();
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            w.Line("private static global::CorpusGen.CorpusData CorpusGenCreateData()");
            w.Open();
            string factory = typed ? ", static (corpus, index) => new " + article + "(corpus, index)" : "";
            if (corpus.ResourceImage)
            {
                // The image from the manifest resource the build step writes (ImageResourceWriter), read
                // by the runtime library's own class, checked against the fingerprint of these documents.
                w.Indent();
                w.Append("var created = new global::CorpusGen.CorpusData(\"" + c + "\", new global::CorpusGen.Storage.ResourceCorpusImage(typeof(" + c + ").Assembly, \"");
                CSharpText.AppendLiteralContent(w, global::CorpusGen.Storage.Format.ImageResourceFormat.ResourceName(corpus.Namespace, corpus.ClassName));
                w.Append("\", 0x" + ImageResourceWriter.Fingerprint(corpus).ToString("X16", CultureInfo.InvariantCulture) + "UL)" + factory + ");");
                w.EndLine();
            }
            else
            {
                w.Line("var created = new global::CorpusGen.CorpusData(\"" + c + "\", new " + ImageClassName + "()" + factory + ");");
            }
            w.Line("return global::System.Threading.Interlocked.CompareExchange(ref s_data, created, null) ?? created;");
            w.Close();
            w.Line();
            w.Line("/// <summary>Every article, ordered by <see cref=\"global::CorpusGen.Article.FileName\"/> (ordinal).</summary>");
            w.Line("public static " + list + " Articles => " + (typed ? "s_articles ??= " + Typed("Data.Articles") : "Data.Articles") + ";");
            w.Line();
            w.Line("/// <summary>The article with this <see cref=\"global::CorpusGen.Article.Id\"/> (ordinal), or null.</summary>");
            w.Line("public static " + article + "? ById(string id) => " + (typed ? "(" + article + "?)" : "") + "Data.ById(id);");
            w.Line();
            w.Line("/// <summary>The articles dated <paramref name=\"date\"/>, in article order.</summary>");
            w.Line("public static " + list + " ByDate(global::System.DateOnly date) => " + Typed("Data.ByDate(date)") + ";");
            w.Line();
            w.Line("/// <summary>The articles dated from <paramref name=\"from\"/> to <paramref name=\"to\"/>, both included, by date.</summary>");
            w.Line("public static " + list + " Between(global::System.DateOnly from, global::System.DateOnly to) => " + Typed("Data.Between(from, to)") + ";");
            w.Line();
            w.Line("/// <summary>Every sentence of every article, in article order, split at compile time.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Sentence> Sentences => Data.Sentences;");
            w.Line();
            w.Line("/// <summary>Every paragraph of every article, in article order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Paragraph> Paragraphs => Data.Paragraphs;");
            w.Line();
            w.Line("/// <summary>Searches titles and bodies (BM25; Lucene's basic query syntax); see <see cref=\"global::CorpusGen.CorpusData.Search\"/>.</summary>");
            w.Line("/// <exception cref=\"global::CorpusGen.Search.QuerySyntaxException\">The query cannot be parsed.</exception>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Search.SearchHit> Search(string query, int top = 10) => Data.Search(query, top);");
            w.Line();
            w.Line("/// <summary>The number of articles containing the word.</summary>");
            w.Line("public static int DocumentFrequency(string term) => Data.DocumentFrequency(term);");
            w.Line();
            w.Line("/// <summary>How often the word occurs in the article.</summary>");
            w.Line("public static int TermFrequency(global::CorpusGen.Article article, string term) => Data.TermFrequency(article, term);");
            w.Line();
            w.Line("/// <summary>The article's words with the highest TF-IDF.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Keyword> Keywords(global::CorpusGen.Article article, int n = 10) => Data.Keywords(article, n);");
            w.Line();
            w.Line("/// <summary>The articles most similar to this one (TF-IDF cosine, computed at compile time), best first.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.SimilarArticle> Similar(global::CorpusGen.Article article, int n = 10) => Data.Similar(article, n);");
            w.Line();
            w.Line("/// <summary>Pairs of near-duplicate articles (5-word shingle Jaccard of at least 0.5).</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.NearDuplicate> NearDuplicates => Data.NearDuplicates;");
            w.Line();
            w.Line("/// <summary>Sentences that stand word for word in two or more articles.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<global::CorpusGen.Sentence>> RepeatedSentences => Data.RepeatedSentences;");
            w.Line();
            w.Line("/// <summary>Indexed words starting with the prefix, most frequent first.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Complete(string prefix, int n = 10) => Data.Complete(prefix, n);");
            w.Line();
            w.Line("/// <summary>The articles that mention the entity, in article order (precomputed at compile time).</summary>");
            w.Line("public static " + list + " Mentioning(global::CorpusGen.Entity entity) => " + Typed("Data.Mentioning(entity)") + ";");
            w.Line();
            EmitEntities(w, corpus);

            for (int i = 0; i < (corpus.ArticleProperties ? corpus.Articles.Count : 0); i++)
            {
                ArticleSpec spec = corpus.Articles[i];
                w.Line();
                string summary = spec.Document.Summary.Length > 0 ? CSharpText.DocComment(spec.Document.Summary) : "(no text)";
                w.Line("/// <summary>" + summary + "</summary>");
                w.Line("/// <remarks>Article <c>" + CSharpText.DocComment(spec.Id) + "</c> from <c>" + CSharpText.DocComment(spec.Document.FileName) + "</c>.</remarks>");
                w.Line("public static " + corpus.ArticleType + " " + spec.Identifier + " => " + (typed ? "(" + corpus.ArticleType + ")" : "") + "Data.Articles[" + i.ToString(CultureInfo.InvariantCulture) + "];");
            }

            if (!corpus.ResourceImage)
            {
                w.Line();
                EmitLiteralImage(w, blobs, blobsHere, cancellationToken);
            }
            w.Close();
            if (typed) EmitArticleType(w, corpus);
            if (hasNamespace) w.Close();
            return w.ToSourceText();
        }

        /// <summary>The image class of a corpus whose image is in the source: its blobs as <c>"…"u8</c> literals.</summary>
        private static void EmitLiteralImage(SourceWriter w, List<Blob> blobs, int blobsHere, CancellationToken cancellationToken)
        {
            w.Line("/// <summary>The corpus data: header, tables and text as UTF-8 literals, kept by the compiler as static data.</summary>");
            w.Line("private sealed partial class " + ImageClassName + " : global::CorpusGen.Storage.CorpusImage");
            w.Open();
            // Blobs in groups, a switch each (BlobGroupBits): the runtime asks for a blob once (it
            // keeps its address), and the JIT compiles only the groups a program touches, not one
            // switch over thousands of blobs.
            int groupBits = BlobGroupBits(blobs.Count), blobsPerGroup = 1 << groupBits;
            int groups = (blobs.Count + blobsPerGroup - 1) / blobsPerGroup;
            w.Line("protected override global::System.ReadOnlySpan<byte> GetBlob(int id) => (id >> " + groupBits.ToString(CultureInfo.InvariantCulture) + ") switch");
            w.Open();
            for (int g = 0; g < groups; g++)
            {
                w.Line(g.ToString(CultureInfo.InvariantCulture) + " => Group" + g.ToString(CultureInfo.InvariantCulture) + "(id),");
            }
            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(id)),");
            w.Close(";");
            for (int g = 0; g < groups; g++)
            {
                w.Line();
                w.Line("private static global::System.ReadOnlySpan<byte> Group" + g.ToString(CultureInfo.InvariantCulture) + "(int id) => id switch");
                w.Open();
                for (int b = g * blobsPerGroup; b < Math.Min(blobs.Count, (g + 1) * blobsPerGroup); b++)
                {
                    w.Line(b.ToString(CultureInfo.InvariantCulture) + " => B" + b.ToString(CultureInfo.InvariantCulture) + ",");
                }
                w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(id)),");
                w.Close(";");
            }
            w.Line();
            WriteBlobs(w, blobs, 0, blobsHere, cancellationToken);
            w.Close();
        }

        /// <summary>
        /// Blobs <paramref name="first"/> to <paramref name="end"/> as properties. One property a
        /// blob, never all literals in one method: the compiler lowers a UTF-8 literal to one bound
        /// node per byte before it emits the bytes as static data, and that tree lives as long as
        /// the method being compiled. Per blob, its memory is bounded by the largest blob instead
        /// of growing with the whole image.
        /// </summary>
        private static void WriteBlobs(SourceWriter w, List<Blob> blobs, int first, int end, CancellationToken cancellationToken)
        {
            for (int b = first; b < end; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                w.Indent();
                w.Append("private static global::System.ReadOnlySpan<byte> B" + b.ToString(CultureInfo.InvariantCulture) + " => \"");
                Blob blob = blobs[b];
                if (blob.Digits is not null)
                {
                    w.AppendAsciiLiteralContent(blob.Digits);
                }
                else
                {
                    foreach (string text in blob.Texts!) w.AppendLiteralContent(text);
                }
                // Padded to a whole number of 4 KB: the compiler gives each distinct literal length a
                // struct type of its own, which the runtime loads with the first blob it reads.
                int padded = (blob.ByteCount + PadBlobsTo - 1) / PadBlobsTo * PadBlobsTo;
                w.Append('0', padded - blob.ByteCount);
                w.Append("\"u8;");
                w.EndLine();
            }
        }

        /// <summary>The article type of a corpus with front matter: one typed property per key.</summary>
        private static void EmitArticleType(SourceWriter w, CorpusSpec corpus)
        {
            w.Line();
            w.Line("/// <summary>An article of the " + corpus.ClassName + " corpus, with its YAML front matter as typed properties.</summary>");
            w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + typeof(CorpusEmitter).Assembly.GetName().Version!.ToString(3) + "\")]");
            w.Line("public sealed class " + corpus.ArticleType + " : global::CorpusGen.Article");
            w.Open();
            w.Line("internal " + corpus.ArticleType + "(global::CorpusGen.CorpusData corpus, int index) : base(corpus, index)");
            w.Open();
            w.Close();
            for (int f = 0; f < corpus.Metadata.Count; f++)
            {
                MetadataField field = corpus.Metadata[f];
                (string type, string accessor) = field.Kind switch
                {
                    MetadataKind.Int64 => ("long", "MetadataInt64"),
                    MetadataKind.Double => ("double", "MetadataDouble"),
                    MetadataKind.Boolean => ("bool", "MetadataBoolean"),
                    MetadataKind.Date => ("global::System.DateOnly", "MetadataDate"),
                    MetadataKind.DateTimeOffset => ("global::System.DateTimeOffset", "MetadataDateTimeOffset"),
                    MetadataKind.StringArray => ("string[]", "MetadataStrings"),
                    _ => ("string", "MetadataString"),
                };
                bool valueType = field.Kind is not (MetadataKind.String or MetadataKind.StringArray);
                string call = accessor + "(" + f.ToString(CultureInfo.InvariantCulture) + ")";
                w.Line();
                w.Line("/// <summary>Front matter <c>" + CSharpText.DocComment(field.Key) + "</c>" + (field.Nullable ? "; null where a document lacks it" : "") + ".</summary>");
                w.Line("public " + type + (field.Nullable ? "? " : " ") + field.PropertyName + " => " + call + (field.Nullable ? "" : valueType ? "!.Value" : "!") + ";");
            }
            w.Close();
        }

        private static string Count(int n, string noun) =>
            n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Generator.Model;
using CorpusGen.Storage.Format;
using static CorpusGen.Storage.Format.ImageFormat;

namespace CorpusGen.Generator.Emit
{
    /// <summary>One blob of an image, ready to be written as a UTF-8 literal.</summary>
    internal sealed class Blob
    {
        private Blob(byte[]? digits, List<string>? texts, int byteCount)
        {
            Digits = digits;
            Texts = texts;
            ByteCount = byteCount;
        }

        /// <summary>Packed digits (header and tables, hash slots included): printable ASCII.</summary>
        public byte[]? Digits { get; }

        /// <summary>Texts stored back to back (a text chunk).</summary>
        public List<string>? Texts { get; }

        public int ByteCount { get; }

        public static Blob FromDigits(byte[] digits) => new Blob(digits, null, digits.Length);

        public static Blob FromTexts(List<string> texts, int byteCount) => new Blob(null, texts, byteCount);
    }

    /// <summary>
    /// A table being built: rows of whole numbers, written as packed digits; or, for a hash table,
    /// its slots already laid out (<see cref="SlotBytes"/> bytes each, see <see cref="ImageFormat.HashSlot"/>).
    /// </summary>
    internal sealed class Table
    {
        public Table(int columns) => Columns = columns;

        private Table(byte[] slots, int slotBytes, HashScheme hash)
        {
            Columns = 1;
            Slots = slots;
            SlotBytes = slotBytes;
            Hash = hash;
        }

        public static Table OfSlots(byte[] slots, int slotBytes, HashScheme hash) => new Table(slots, slotBytes, hash);

        /// <summary>For a hash table, how its keys were hashed.</summary>
        public HashScheme Hash { get; }

        public int Columns { get; }
        public List<long> Cells { get; } = new List<long>();
        public int Rows => Slots is not null ? Slots.Length / SlotBytes : Columns == 0 ? 0 : Cells.Count / Columns;

        public byte[]? Slots { get; }
        public int SlotBytes { get; }

        public void Add(params long[] row)
        {
            CheckColumns(row.Length);
            Cells.AddRange(row);
        }

        // The common widths without a params array: the postings and positions add millions of rows.
        public void Add(long a)
        {
            CheckColumns(1);
            Cells.Add(a);
        }

        public void Add(long a, long b)
        {
            CheckColumns(2);
            Cells.Add(a);
            Cells.Add(b);
        }

        public void Add(long a, long b, long c)
        {
            CheckColumns(3);
            Cells.Add(a);
            Cells.Add(b);
            Cells.Add(c);
        }

        public void Add(long a, long b, long c, long d)
        {
            CheckColumns(4);
            Cells.Add(a);
            Cells.Add(b);
            Cells.Add(c);
            Cells.Add(d);
        }

        private void CheckColumns(int count)
        {
            if (count != Columns) throw new ArgumentException($"A row of {count} cells in a table of {Columns} columns.");
        }
    }

    /// <summary>The text chunks: strings packed into blobs of at most <see cref="MaxChunkBytes"/>, and the table that finds them.</summary>
    internal sealed class TextChunks
    {
        private readonly List<List<string>> _chunks = new List<List<string>>();
        private readonly List<int> _sizes = new List<int>();

        public Table Strings { get; } = new Table((int)StringColumn.Count);

        public int Add(string text)
        {
            int bytes = Encoding.UTF8.GetByteCount(text);
            int last = _chunks.Count - 1;
            if (last < 0 || (_sizes[last] > 0 && _sizes[last] + bytes > MaxChunkBytes))
            {
                _chunks.Add(new List<string>());
                _sizes.Add(0);
                last++;
            }
            int id = Strings.Rows;
            Strings.Add(last, _sizes[last], bytes);
            _chunks[last].Add(text);
            _sizes[last] += bytes;
            return id;
        }

        public IEnumerable<Blob> Blobs() => _chunks.Select((texts, i) => Blob.FromTexts(texts, _sizes[i]));
    }

    /// <summary>
    /// Lays a corpus out as an image (see <see cref="ImageFormat"/>): builds every table and
    /// text chunk the runtime reads. Pure computation over the model; the emitter writes the result.
    /// The related-article tables read the model only, so they are computed on the thread pool while
    /// this thread builds the rest; the result does not depend on which finishes first.
    /// </summary>
    internal static class ImageWriter
    {
        public static List<Blob> Write(CorpusSpec corpus, CancellationToken cancellationToken = default)
        {
            CorpusWords words = CorpusWords.Number(corpus, cancellationToken);
            Task<RelatedArticlesWriter.Tables> relatedTables = Task.Run(() => RelatedArticlesWriter.Write(corpus, words, cancellationToken), cancellationToken);
            var text = new TextChunks();
            var articles = new Table((int)ArticleColumn.Count);
            var paragraphs = new Table((int)ParagraphColumn.Count);
            var boilerplate = new Table((int)BoilerplateColumn.Count);
            var sentences = new Table((int)SentenceColumn.Count);
            var tokens = new Table((int)TokenColumn.Count);
            var tokenCheckpoints = new Table(1);
            var textPieces = new Table((int)TextPieceColumn.Count);
            var metadata = new Table((int)MetadataColumn.ColumnCount);
            var idStrings = new List<int>(corpus.Articles.Count);

            for (int index = 0; index < corpus.Articles.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArticleSpec article = corpus.Articles[index];
                DocumentSpec document = article.Document;
                var row = new long[(int)ArticleColumn.Count];
                row[(int)ArticleColumn.Id] = text.Add(article.Id);
                idStrings.Add((int)row[(int)ArticleColumn.Id]);
                row[(int)ArticleColumn.FileName] = text.Add(document.FileName);
                row[(int)ArticleColumn.TitlePlusOne] = document.Title is null ? 0 : text.Add(document.Title) + 1;
                row[(int)ArticleColumn.RawText] = text.Add(document.RawText);
                row[(int)ArticleColumn.FirstTextPiece] = textPieces.Rows;
                row[(int)ArticleColumn.TextPieceCount] = AddTextPieces(document, text, textPieces);
                row[(int)ArticleColumn.TextLength] = document.Text.Length;
                row[(int)ArticleColumn.DatePlusOne] = document.DayNumber is int day ? day + 1L : 0;
                row[(int)ArticleColumn.FirstParagraph] = paragraphs.Rows;
                row[(int)ArticleColumn.ParagraphCount] = document.Paragraphs.Count;
                row[(int)ArticleColumn.FirstBoilerplate] = boilerplate.Rows;
                row[(int)ArticleColumn.BoilerplateCount] = document.Boilerplate.Count;
                row[(int)ArticleColumn.FirstSentence] = sentences.Rows;
                row[(int)ArticleColumn.SentenceCount] = document.Sentences.Count;
                row[(int)ArticleColumn.FirstToken] = tokens.Rows;
                row[(int)ArticleColumn.TokenCount] = document.Tokens.Count;
                row[(int)ArticleColumn.MetadataLength] = document.MetadataLength;
                row[(int)ArticleColumn.TitleRawStart] = document.TitleRawStart;
                row[(int)ArticleColumn.TitleRawLength] = document.TitleRawLength;
                articles.Add(row);
                foreach (ParagraphSpec p in document.Paragraphs) paragraphs.Add(p.Start, p.Length, p.Kind, p.RawStart, p.RawLength, index);
                foreach (BoilerplateSpec b in document.Boilerplate) boilerplate.Add(b.Kind, b.RawStart, b.RawLength);
                foreach (SentenceSpec x in document.Sentences) sentences.Add(index, x.Paragraph, x.Start, x.Length);
                int wordEnd = 0;
                foreach (TokenSpec t in document.Tokens)
                {
                    if (t.Start < wordEnd) throw new InvalidOperationException($"The words of {document.FileName} overlap at {t.Start}.");
                    if ((tokens.Rows & ((1 << ImageFormat.TokenCheckpointBits) - 1)) == 0) tokenCheckpoints.Add(t.Start);
                    tokens.Add(t.Start - wordEnd, t.Length);
                    wordEnd = t.Start + t.Length;
                }
                foreach (MetadataField field in corpus.Metadata)
                {
                    MetadataEntry? entry = document.Metadata.FirstOrDefault(e => e.Key == field.Key);
                    if (entry is null)
                    {
                        metadata.Add(0, 0);
                        continue;
                    }
                    // A key typed string because its types conflict keeps the text as written.
                    IEnumerable<string> values = field.Kind == MetadataKind.String ? new[] { entry.Written }
                        : field.Kind == MetadataKind.Double && entry.Kind == MetadataKind.Int64 ? entry.Values
                        : field.Kind == MetadataKind.DateTimeOffset && entry.Kind == MetadataKind.Date ? entry.Values.Select(v => v + "T00:00:00.0000000+00:00")
                        : entry.Values;
                    int first = 0, count = 0;
                    foreach (string value in values)
                    {
                        int id = text.Add(value);
                        if (count == 0) first = id;
                        count++;
                    }
                    metadata.Add(first, count + 1);
                }
            }

            Table idHash = HashTable(corpus.Articles.Select(a => a.Id).ToList(), idStrings);

            var dateOrder = new Table(1);
            foreach (int index in Enumerable.Range(0, corpus.Articles.Count)
                         .Where(i => corpus.Articles[i].Document.DayNumber.HasValue)
                         .OrderBy(i => corpus.Articles[i].Document.DayNumber!.Value)
                         .ThenBy(i => i))
            {
                dateOrder.Add(index);
            }

            // Header order must match ImageFormat.Table.
            SearchIndexWriter.Index search = SearchIndexWriter.Write(corpus, words, text, cancellationToken);
            RelatedArticlesWriter.Tables related = relatedTables.GetAwaiter().GetResult();
            EntityTablesWriter.Tables entities = EntityTablesWriter.Write(corpus, text);
            Table[] tables = { text.Strings, articles, paragraphs, idHash, dateOrder, boilerplate, sentences, tokens, metadata,
                search.Terms, search.TermHash, search.Postings, search.Positions, search.Stats,
                related.SimilarIndex, related.Similar, related.NearDuplicates, related.RepeatedSentences, search.FieldLengths,
                entities.Entities, entities.Aliases, entities.Mentions, entities.EntityMentions, entities.EntityArticles,
                entities.Annotations, entities.ArticleEntities, entities.Quotes, entities.Quantities, entities.DateMentions,
                entities.Unlinked, entities.EntityHash, textPieces, search.PositionCheckpoints, tokenCheckpoints };
            var blobs = new List<Blob> { Blob.FromDigits(Array.Empty<byte>()) };
            var header = new List<long> { ImageFormat.Version, corpus.Articles.Count, tables.Length };
            foreach (Table table in tables)
            {
                int[] widths = Widths(table);
                int rowWidth = Math.Max(1, widths.Sum());
                int log2 = 0;
                while (log2 < 30 && ((long)rowWidth << (log2 + 1)) <= MaxChunkBytes) log2++;
                header.Add(table.Rows);
                header.Add(blobs.Count);
                header.Add(log2);
                header.Add(table.Columns);
                foreach (int width in widths) header.Add(width);
                blobs.AddRange(Encode(table, widths, 1 << log2));
            }
            header.Add(blobs.Count); // first text blob
            blobs.AddRange(text.Blobs());
            header.Add(blobs.Count);
            foreach (Table hashTable in new[] { idHash, search.TermHash, entities.EntityHash })
            {
                header.Add((long)hashTable.Hash.Kind);
                header.Add(hashTable.Hash.WindowOffset);
            }

            var headerBytes = new byte[header.Count * HeaderDigits];
            for (int i = 0; i < header.Count; i++) PackedDigits.Write(headerBytes, i * HeaderDigits, HeaderDigits, header[i]);
            blobs[0] = Blob.FromDigits(headerBytes);
            return blobs;
        }

        /// <summary>
        /// Writes the pieces of the document's Text (see <see cref="TextPieceColumn"/>): each
        /// paragraph as a stretch of the raw text where it stands there word for word, else as a
        /// string; each separator as raw text where the raw text has it right after the paragraph
        /// before. Stretches that follow each other in the raw text become one. Returns the count.
        /// </summary>
        private static int AddTextPieces(DocumentSpec document, TextChunks text, Table pieces)
        {
            // (source, start in RawText or the string itself, length), strings added to the image at the end.
            var list = new List<(TextPieceSource Source, int Start, string? Words, int Length)>();
            string raw = document.RawText, clean = document.Text, separator = CorpusGen.Analysis.DocumentAnalysis.ParagraphSeparator;
            void Add(TextPieceSource source, int start, string? words, int length)
            {
                if (length == 0) return;
                int last = list.Count - 1;
                if (source == TextPieceSource.RawText && last >= 0 && list[last].Source == TextPieceSource.RawText && list[last].Start + list[last].Length == start)
                {
                    list[last] = (source, list[last].Start, null, list[last].Length + length);
                }
                else
                {
                    list.Add((source, start, words, length));
                }
            }

            for (int p = 0; p < document.Paragraphs.Count; p++)
            {
                ParagraphSpec paragraph = document.Paragraphs[p];
                if (p > 0)
                {
                    int rawEnd = list.Count > 0 && list[list.Count - 1].Source == TextPieceSource.RawText ? list[list.Count - 1].Start + list[list.Count - 1].Length : -1;
                    if (rawEnd >= 0 && string.CompareOrdinal(raw, rawEnd, separator, 0, separator.Length) == 0) Add(TextPieceSource.RawText, rawEnd, null, separator.Length);
                    else Add(TextPieceSource.ParagraphSeparator, 0, null, separator.Length);
                }
                string words = clean.Substring(paragraph.Start, paragraph.Length);
                int found = paragraph.RawLength >= words.Length ? raw.IndexOf(words, paragraph.RawStart, paragraph.RawLength, StringComparison.Ordinal) : -1;
                if (found >= 0) Add(TextPieceSource.RawText, found, null, words.Length);
                else Add(TextPieceSource.String, 0, words, words.Length);
            }

            // The pieces must give the text back exactly; should they not (paragraphs that do not
            // add up to the text), the text is kept whole instead.
            var composed = new StringBuilder(clean.Length);
            foreach (var piece in list)
            {
                composed.Append(piece.Source switch
                {
                    TextPieceSource.RawText => raw.Substring(piece.Start, piece.Length),
                    TextPieceSource.String => piece.Words,
                    _ => separator,
                });
            }
            if (!string.Equals(composed.ToString(), clean, StringComparison.Ordinal))
            {
                list.Clear();
                list.Add((TextPieceSource.String, 0, clean, clean.Length));
            }
            foreach (var piece in list)
            {
                long start = piece.Source == TextPieceSource.String ? text.Add(piece.Words!) : piece.Start;
                pieces.Add((long)piece.Source, start, piece.Length);
            }
            return list.Count;
        }

        /// <summary>
        /// An open-addressing hash table over <paramref name="keys"/>, whose strings are
        /// <paramref name="stringIds"/>: fixed-width slots (see <see cref="HashSlot"/>), a key
        /// standing in its slot when it is printable ASCII and fits.
        /// </summary>
        internal static Table HashTable(IReadOnlyList<string> keys, IReadOnlyList<int> stringIds)
        {
            int size = IdHashSize(keys.Count);
            HashScheme scheme = HashSchemeFor(keys);
            var hashes = new uint[keys.Count];
            for (int i = 0; i < keys.Count; i++) hashes[i] = scheme.Hash(keys[i]);
            int slotBytes = HashSlot.BytesFor(InlineKeyWidth(keys));
            int capacity = HashSlot.KeyCapacity(slotBytes);
            var slots = new byte[size * slotBytes];
            slots.AsSpan().Fill(PackedDigits.Zero);
            var used = new bool[size];
            for (int i = 0; i < keys.Count; i++)
            {
                string key = keys[i];
                uint hash = hashes[i];
                int slot = (int)(hash & (uint)(size - 1));
                while (used[slot]) slot = (slot + 1) & (size - 1);
                used[slot] = true;
                int at = slot * slotBytes;
                bool inSlot = CanStandInSlot(key, capacity);
                HashSlot.Head(slots, at, i, Fingerprint(hash), inSlot ? key.Length : -1);
                if (inSlot)
                {
                    for (int k = 0; k < key.Length; k++) slots[at + HashSlot.HeadBytes + k] = (byte)key[k];
                }
                else
                {
                    PackedDigits.Write(slots, at + HashSlot.HeadBytes, HashSlot.StringIdDigits, stringIds[i]);
                }
            }
            return Table.OfSlots(slots, slotBytes, scheme);
        }

        /// <summary>The farthest from a key's start or end a hash window is looked for.</summary>
        internal const int MaxWindowOffset = 16;

        /// <summary>
        /// The cheapest hash that tells <paramref name="keys"/> apart about as well as a random
        /// hash would: the first window of 8 chars, from offset 0 to <see cref="MaxWindowOffset"/>,
        /// from the start then from the end, that leaves at most one key in a thousand (and two)
        /// sharing a hash with another; else the first and last 8 chars; else, for keys that differ
        /// only in the middle (which would pile up in one probe run), every char.
        /// </summary>
        internal static HashScheme HashSchemeFor(IReadOnlyList<string> keys)
        {
            int allowed = keys.Count / 1000 + 2;
            var seen = new HashSet<uint>();
            bool FewShared(HashScheme scheme)
            {
                seen.Clear();
                int shared = 0;
                foreach (string key in keys)
                {
                    // A window that fails usually fails early: the keys that share it come in runs.
                    if (!seen.Add(scheme.Hash(key)) && ++shared > allowed) return false;
                }
                return true;
            }

            // Keys shorter than 8 chars are read whole by every scheme; a window is worth looking for
            // past the start only if some key is long enough for the offset to move it.
            int longest = keys.Count == 0 ? 0 : keys.Max(k => k.Length);
            for (int offset = 0; offset <= Math.Min(MaxWindowOffset, Math.Max(0, longest - 8)); offset++)
            {
                var fromStart = new HashScheme(offset == 0 ? HashKind.FirstChars : HashKind.FromStart, offset);
                if (FewShared(fromStart)) return fromStart;
                var fromEnd = new HashScheme(offset == 0 ? HashKind.LastChars : HashKind.FromEnd, offset);
                if (FewShared(fromEnd)) return fromEnd;
            }
            var firstAndLast = new HashScheme(HashKind.FirstAndLastChars, 0);
            return FewShared(firstAndLast) ? firstAndLast : new HashScheme(HashKind.EveryChar, 0);
        }

        /// <summary>
        /// How many bytes a slot should keep for its key: enough for 95 % of the keys that can stand
        /// in a slot, at most <see cref="MaxInlineKeyBytes"/>, so that the few long keys go by their
        /// text instead of widening every slot.
        /// </summary>
        private static int InlineKeyWidth(IReadOnlyList<string> keys)
        {
            List<int> lengths = keys.Where(k => CanStandInSlot(k, MaxInlineKeyBytes)).Select(k => k.Length).OrderBy(n => n).ToList();
            return lengths.Count == 0 ? 0 : lengths[(int)Math.Ceiling(lengths.Count * 0.95) - 1];
        }

        /// <summary>Whether a key can stand in its slot: printable ASCII (one byte a char), at most <paramref name="width"/> bytes.</summary>
        private static bool CanStandInSlot(string key, int width) =>
            key.Length <= width && key.All(c => c >= 0x20 && c <= 0x7E);

        /// <summary>Each column's width in digits; for a hash table, the slot's width in bytes.</summary>
        private static int[] Widths(Table table)
        {
            if (table.Slots is not null) return new[] { table.SlotBytes };
            var widths = new int[table.Columns];
            for (int c = 0; c < table.Columns; c++) widths[c] = 1;
            for (int i = 0; i < table.Cells.Count; i++)
            {
                int c = i % table.Columns;
                widths[c] = Math.Max(widths[c], PackedDigits.DigitsFor(table.Cells[i]));
            }
            return widths;
        }

        private static IEnumerable<Blob> Encode(Table table, int[] widths, int rowsPerBlob)
        {
            int rowWidth = widths.Sum();
            if (table.Slots is not null)
            {
                for (int first = 0; first < table.Rows; first += rowsPerBlob)
                {
                    int count = Math.Min(rowsPerBlob, table.Rows - first) * table.SlotBytes;
                    var bytes = new byte[count];
                    Array.Copy(table.Slots, first * table.SlotBytes, bytes, 0, count);
                    yield return Blob.FromDigits(bytes);
                }
                yield break;
            }
            for (int first = 0; first < table.Rows; first += rowsPerBlob)
            {
                int rows = Math.Min(rowsPerBlob, table.Rows - first);
                var bytes = new byte[rows * rowWidth];
                int offset = 0;
                for (int r = first; r < first + rows; r++)
                {
                    for (int c = 0; c < table.Columns; c++)
                    {
                        PackedDigits.Write(bytes, offset, widths[c], table.Cells[r * table.Columns + c]);
                        offset += widths[c];
                    }
                }
                yield return Blob.FromDigits(bytes);
            }
        }
    }
}

// Shared by the generator (which writes corpus images) and the runtime (which reads them).
// Compiled into both assemblies; see CorpusGen.Generator.csproj.

namespace CorpusGen.Storage.Format
{
    /// <summary>
    /// The layout of a corpus image: the static data a generated corpus class carries in the
    /// assembly. An image is a list of blobs, each a UTF-8 literal (<c>"…"u8</c>) of at most
    /// <see cref="MaxChunkBytes"/> bytes, so that the compiler keeps them as static data in the
    /// image (no string heap, no static constructor) and its memory stays bounded.
    /// </summary>
    /// <remarks>
    /// Blob 0 is the header. It holds <see cref="Version"/>, the article count and, for every
    /// table in <see cref="Table"/> order, its row count, first blob, rows per blob (log 2) and
    /// column widths; then the first text blob, the number of blobs and, for each hash table, its
    /// <see cref="HashScheme"/> (kind and window offset). Tables follow, each split
    /// over one or more blobs; text chunks come last.
    /// Every number in the header and in tables is written in base-64 digits
    /// (<see cref="PackedDigits"/>), fixed-width per column, so a cell is read at a computed offset
    /// with no parsing or scanning. The hash tables are digits too, but laid out so that a probe
    /// reads a slot's first 8 bytes as one word (<see cref="HashSlot"/>); their one header
    /// "column" is the slot's width in bytes.
    /// </remarks>
    internal static class ImageFormat
    {
        /// <summary>Bumped whenever the layout changes; the runtime refuses other versions.</summary>
        public const int Version = 21;

        /// <summary>
        /// The largest blob the generator writes (a single text larger than this gets a blob of its
        /// own). Each blob is a property of its own in the generated source; the compiler's peak
        /// memory falls as blobs get smaller, measured down to about this size (benchmarks/README.md).
        /// </summary>
        public const int MaxChunkBytes = 1 << 16;

        /// <summary>Width in digits of every number in the header blob.</summary>
        public const int HeaderDigits = 6;

        /// <summary>The tables of an image, in header order.</summary>
        public enum Table
        {
            /// <summary>Every text of the image: [<see cref="StringColumn"/>].</summary>
            Strings = 0,
            /// <summary>One row an article, in <c>FileName</c> order: [<see cref="ArticleColumn"/>].</summary>
            Articles = 1,
            /// <summary>One row a paragraph, grouped by article: [<see cref="ParagraphColumn"/>].</summary>
            Paragraphs = 2,
            /// <summary>Open-addressing hash table of article ids: fixed-width slots, see <see cref="HashSlot"/>.</summary>
            IdHash = 3,
            /// <summary>The dated articles ordered by (date, article): one column, the article index.</summary>
            DateOrder = 4,
            /// <summary>One row a boilerplate item, grouped by article: [<see cref="BoilerplateColumn"/>].</summary>
            Boilerplate = 5,
            /// <summary>One row a sentence, grouped by article: [<see cref="SentenceColumn"/>].</summary>
            Sentences = 6,
            /// <summary>One row a word, grouped by article: [<see cref="TokenColumn"/>].</summary>
            Tokens = 7,
            /// <summary>Front matter values: one row per article and field (row = article × fields + field): [<see cref="MetadataColumn"/>].</summary>
            Metadata = 8,
            /// <summary>The search index's terms, sorted ordinally by their UTF-16 text: [<see cref="TermColumn"/>].</summary>
            Terms = 9,
            /// <summary>Open-addressing hash table of terms: fixed-width slots, see <see cref="HashSlot"/>.</summary>
            TermHash = 10,
            /// <summary>One row per (term, article, field), grouped by term, then by article and field: [<see cref="PostingColumn"/>].</summary>
            Postings = 11,
            /// <summary>Token positions of the postings, grouped by posting in posting order: one column, the position in the field.</summary>
            Positions = 12,
            /// <summary>One row of corpus statistics: [<see cref="StatsColumn"/>].</summary>
            Stats = 13,
            /// <summary>Per article: where its similar articles start in <see cref="Similar"/> and how many: [first, count].</summary>
            SimilarIndex = 14,
            /// <summary>Each article's most similar articles, best first: [<see cref="ScoredColumn"/>].</summary>
            Similar = 15,
            /// <summary>Pairs of near-duplicate articles (first &lt; second), by first then second: [first, second, Jaccard × 10⁶].</summary>
            NearDuplicates = 16,
            /// <summary>Sentences that stand in two or more articles, grouped: [group, article, sentence index in the article].</summary>
            RepeatedSentences = 17,
            /// <summary>Per article, the number of indexed terms in its title and body (BM25's field lengths): [title, body].</summary>
            FieldLengths = 18,
            /// <summary>The gazetteer's entities, in its order: [<see cref="EntityColumn"/>].</summary>
            Entities = 19,
            /// <summary>Aliases of the entities, grouped by entity: [string].</summary>
            Aliases = 20,
            /// <summary>Every linked mention, by article then position: [<see cref="MentionColumn"/>].</summary>
            Mentions = 21,
            /// <summary>Rows of <see cref="Mentions"/> grouped by entity, each group in article order: [mention row].</summary>
            EntityMentions = 22,
            /// <summary>The articles that mention each entity, grouped by entity: [article].</summary>
            EntityArticles = 23,
            /// <summary>Per article, where its rows start in the entity tables: [<see cref="AnnotationColumn"/>].</summary>
            Annotations = 24,
            /// <summary>The entities of each article, grouped by article, in order of first mention: [entity].</summary>
            ArticleEntities = 25,
            /// <summary>Quotes, by article then position: [<see cref="QuoteColumn"/>].</summary>
            Quotes = 26,
            /// <summary>Quantities, by article then position: [<see cref="QuantityColumn"/>].</summary>
            Quantities = 27,
            /// <summary>Date mentions, by article then position: [<see cref="DateMentionColumn"/>].</summary>
            DateMentions = 28,
            /// <summary>Names not in the gazetteer, by article then position: [<see cref="UnlinkedColumn"/>].</summary>
            Unlinked = 29,
            /// <summary>Open-addressing hash table of entity names: fixed-width slots, see <see cref="HashSlot"/>.</summary>
            EntityHash = 30,
            /// <summary>The pieces each article's <c>Text</c> is made of, grouped by article: [<see cref="TextPieceColumn"/>].</summary>
            TextPieces = 31,
            /// <summary>
            /// Where the positions of every 2^<see cref="PositionCheckpointBits"/>-th posting start in
            /// <see cref="Positions"/>: one column. A posting's positions start at its checkpoint plus
            /// the frequencies of the postings between the two, so no posting stores where its own start.
            /// </summary>
            PositionCheckpoints = 32,
            /// <summary>
            /// The start, in its article's <c>Text</c>, of the word at every
            /// 2^<see cref="TokenCheckpointBits"/>-th row of <see cref="Tokens"/>: one column. A word's
            /// start is found from the checkpoint before it (or its article's first word, if that is
            /// nearer) by adding the lengths and gaps in between.
            /// </summary>
            TokenCheckpoints = 33,
        }

        public const int TableCount = 34;

        /// <summary>Rows of <see cref="Table.Tokens"/> per row of <see cref="Table.TokenCheckpoints"/>, as a power of two.</summary>
        public const int TokenCheckpointBits = 4;

        /// <summary>Postings per row of <see cref="Table.PositionCheckpoints"/>, as a power of two: at most 7 frequencies read to find a posting's positions.</summary>
        public const int PositionCheckpointBits = 3;

        /// <summary>
        /// A piece of an article's <c>Text</c>. Most of a cleaned text stands word for word in the
        /// raw text (a paragraph on one line, with the blank line after it), so it is stored once,
        /// as a stretch of <c>RawText</c>; the rest (paragraphs whose lines were joined, separators
        /// that are not in the raw text) as strings of their own.
        /// </summary>
        public enum TextPieceColumn { Source = 0, Start = 1, Length = 2, Count = 3 }

        /// <summary>Where a <see cref="TextPieceColumn"/> piece comes from.</summary>
        public enum TextPieceSource
        {
            /// <summary>UTF-16 code units of RawText: Start and Length.</summary>
            RawText = 0,
            /// <summary>A string of the image: Start is its id, Length its UTF-16 length.</summary>
            String = 1,
            /// <summary>The paragraph separator (a blank line); Start is 0.</summary>
            ParagraphSeparator = 2,
        }

        public enum EntityColumn { Name = 0, Kind = 1, FirstAlias = 2, AliasCount = 3, FirstMention = 4, MentionCount = 5, FirstArticle = 6, ArticleCount = 7, Count = 8 }

        /// <summary>Start and length are in the article's <c>Text</c>; How is a <c>MentionMatch</c>; EditDistance is 0 unless How is NearMiss.</summary>
        public enum MentionColumn { Article = 0, Entity = 1, SentencePlusOne = 2, Start = 3, Length = 4, How = 5, EditDistance = 6, Count = 7 }

        public enum AnnotationColumn
        {
            FirstMention = 0, MentionCount = 1, FirstEntity = 2, EntityCount = 3, FirstQuote = 4, QuoteCount = 5,
            FirstQuantity = 6, QuantityCount = 7, FirstDate = 8, DateCount = 9, FirstUnlinked = 10, UnlinkedCount = 11, Count = 12,
        }

        /// <summary>The quoted words (without quote marks); the speaker's entity + 1 (0: none linked) and the speaker phrase (length 0: none).</summary>
        public enum QuoteColumn { Start = 0, Length = 1, SentencePlusOne = 2, SpeakerPlusOne = 3, SpeakerStart = 4, SpeakerLength = 5, Count = 6 }

        /// <summary>The value as an invariant decimal string and the unit text, both string ids.</summary>
        public enum QuantityColumn { Start = 0, Length = 1, Value = 2, Unit = 3, Count = 4 }

        /// <summary>The resolved day (DateOnly.DayNumber + 1; 0: unresolved), the precision (0 day, 1 month, 2 year) and 1 when relative.</summary>
        public enum DateMentionColumn { Start = 0, Length = 1, ResolvedDayPlusOne = 2, Precision = 3, Relative = 4, Count = 5 }

        public enum UnlinkedColumn { Start = 0, Length = 1, SentencePlusOne = 2, Count = 3 }

        /// <summary>Scores in <see cref="Table.Similar"/> and <see cref="Table.NearDuplicates"/> are stored as whole millionths.</summary>
        public const int ScoreScale = 1_000_000;

        /// <summary>An article and a score in millionths.</summary>
        public enum ScoredColumn { Article = 0, Score = 1, Count = 2 }

        /// <summary>
        /// A slot of an open-addressing hash table (power-of-two slots, linear probing, at most half
        /// full): <see cref="BytesFor"/> bytes, the same for every slot of a table, all printable
        /// ASCII like the rest of the image, so that a probe reads the slot's first 8 bytes as one
        /// little-endian word, compares four of them and decodes the row with a few shifts.
        /// <list type="bullet">
        /// <item>Bytes 0–7, the head (all '0' in an empty slot): bytes 0 and 1 are the key hash's
        /// <see cref="Fingerprint"/> as two base-64 digits (<see cref="PackedDigits"/>); byte 2 the
        /// key's length + 1 as a digit when the key stands in the slot, else '0'; byte 3 '0'; bytes
        /// 4–7 the key's row + 1 in four digits, least significant first. A probe compares bytes 0–3
        /// with what they would be for the key it looks for (<see cref="HeadLow"/>).</item>
        /// <item>Then, when the key stands in the slot (printable ASCII, at most
        /// <see cref="KeyCapacity"/> bytes), its bytes, padded with '0'. Otherwise the key's string
        /// id (<see cref="Table.Strings"/>) in <see cref="StringIdDigits"/> digits.</item>
        /// </list>
        /// </summary>
        public static class HashSlot
        {
            public const int HeadBytes = 8;

            /// <summary>The digits of the key's string id in a slot whose key is stored elsewhere.</summary>
            public const int StringIdDigits = 8;

            /// <summary>The most keys a table holds: rows + 1 fit four digits.</summary>
            public const int MaxRows = (1 << 24) - 1;

            /// <summary>Bytes in a slot whose key room must hold <paramref name="keyBytes"/> bytes: the head and at least a string id, in whole words.</summary>
            public static int BytesFor(int keyBytes) => HeadBytes + 8 * System.Math.Max(1, (keyBytes + 7) / 8);

            /// <summary>The longest key that stands in a slot of <paramref name="bytes"/> bytes.</summary>
            public static int KeyCapacity(int bytes) => bytes - HeadBytes;

            /// <summary>Writes the head; <paramref name="inSlotLength"/> is the key's length when it stands in the slot, else -1.</summary>
            public static void Head(byte[] target, int offset, int row, int fingerprint, int inSlotLength)
            {
                if ((uint)row >= MaxRows) throw new System.ArgumentOutOfRangeException(nameof(row), $"A hash table holds at most {MaxRows:N0} keys.");
                uint low = HeadLow(fingerprint, inSlotLength);
                for (int k = 0; k < 4; k++) target[offset + k] = (byte)(low >> (8 * k));
                for (int k = 0, rest = row + 1; k < 4; k++, rest >>= PackedDigits.BitsPerDigit) target[offset + 4 + k] = (byte)(PackedDigits.Zero + (rest & 63));
            }

            /// <summary>Bytes 0–3 of the head as the low half of a little-endian word.</summary>
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            public static uint HeadLow(int fingerprint, int inSlotLength) =>
                ((uint)fingerprint + 0x30003030u) | (uint)(PackedDigits.Zero + 1 + inSlotLength) << 16;

            /// <summary>The head of an empty slot, as a little-endian word: eight '0' digits.</summary>
            public const ulong EmptyHead = 0x3030303030303030UL;

            /// <summary>The row a used slot's head (a little-endian word) names.</summary>
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            public static int Row(ulong head)
            {
                uint d = (uint)(head >> 32) - 0x30303030u;
                // Digit pairs into 12-bit numbers in each 16-bit half, then the halves together.
                uint pairs = (d & 0x003F003Fu) | ((d >> 2) & 0x0FC00FC0u);
                return (int)((pairs & 0xFFFu) | ((pairs >> 4) & 0xFFF000u)) - 1;
            }
        }

        /// <summary>
        /// The bits of a hash kept in a slot's head, as two 6-bit digits in the low bytes of a
        /// 16-bit number: hash bits 20–25 and 28–31, which the slot index does not use below 2^20
        /// slots; never 0, so that a used slot's head never reads like an empty one's.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int Fingerprint(uint hash)
        {
            int fingerprint = (int)((hash >> 20) & 0x3F3F);
            return fingerprint == 0 ? 1 : fingerprint;
        }

        public const int MaxInlineKeyBytes = 24;

        public enum StringColumn { Blob = 0, Offset = 1, ByteLength = 2, Count = 3 }

        public enum ArticleColumn
        {
            Id = 0,
            FileName = 1,
            /// <summary>String id + 1; 0 when the article has no title.</summary>
            TitlePlusOne = 2,
            RawText = 3,
            /// <summary>The first row of the article's pieces in <see cref="Table.TextPieces"/>.</summary>
            FirstTextPiece = 4,
            /// <summary><see cref="System.DateTime"/> day number + 1; 0 when the article has no date.</summary>
            DatePlusOne = 5,
            FirstParagraph = 6,
            ParagraphCount = 7,
            FirstBoilerplate = 8,
            BoilerplateCount = 9,
            FirstSentence = 10,
            SentenceCount = 11,
            FirstToken = 12,
            TokenCount = 13,
            /// <summary>How much of RawText, from its start, the metadata prefix covers.</summary>
            MetadataLength = 14,
            TitleRawStart = 15,
            TitleRawLength = 16,
            TextPieceCount = 17,
            /// <summary>The length of Text in UTF-16 code units.</summary>
            TextLength = 18,
            Count = 19,
        }

        /// <summary>Start and length are in UTF-16 code units of the article's <c>Text</c>.</summary>
        public enum ParagraphColumn { Start = 0, Length = 1, Kind = 2, RawStart = 3, RawLength = 4, Article = 5, Count = 6 }

        /// <summary>Raw start and length are in UTF-16 code units of the article's <c>RawText</c>.</summary>
        public enum BoilerplateColumn { Kind = 0, RawStart = 1, RawLength = 2, Count = 3 }

        /// <summary>Paragraph is the index within the article; start and length are in the article's <c>Text</c>.</summary>
        public enum SentenceColumn { Article = 0, Paragraph = 1, Start = 2, Length = 3, Count = 4 }

        /// <summary>
        /// A front matter value: its first string and the number of strings + 1 (0 when the article
        /// lacks the key; 2 for a scalar; items + 1 for a list, whose items are consecutive strings).
        /// </summary>
        public enum MetadataColumn { FirstString = 0, CountPlusOne = 1, ColumnCount = 2 }

        /// <summary>A term: its string, document frequency per field, its postings and its frequency in the corpus.</summary>
        public enum TermColumn { String = 0, TitleDocumentFrequency = 1, BodyDocumentFrequency = 2, FirstPosting = 3, PostingCount = 4, CorpusFrequency = 5, Count = 6 }

        /// <summary>Fields of the search index.</summary>
        public enum Field { Title = 0, Body = 1 }

        /// <summary>A posting: the article, and the term frequency there and the field in one number (frequency × 2 + field).</summary>
        public enum PostingColumn { Article = 0, FrequencyAndField = 1, Count = 2 }

        /// <summary>Totals the BM25 averages are computed from.</summary>
        public enum StatsColumn { TitleTokens = 0, BodyTokens = 1, StopWords = 2, Stemming = 3, Count = 4 }

        /// <summary>
        /// A word of an article's <c>Text</c>: its length, and the gap, the characters between the
        /// end of the word before it and its start (for an article's first word, its start). Gaps are
        /// small where starts are not, so a word takes about half the digits (see <see cref="Table.TokenCheckpoints"/>).
        /// </summary>
        public enum TokenColumn { Gap = 0, Length = 1, Count = 2 }

        /// <summary>
        /// The hash of a key (an article id, a term) used by the hash tables. It reads at most 16
        /// UTF-16 code units whatever the key's length — the first 8 and the last 8, as four blocks
        /// of 4 (overlapping for shorter keys) — with the length, so that a lookup costs the same for
        /// long ids; keys that agree on all of these only share a probe run (the lookup compares
        /// the whole key). The blocks are multiplied independently (no chain of multiplies to wait
        /// on), then mixed so that the low bits, which pick the slot, and the high bits, which make
        /// the fingerprint, depend on all of them. Ordinal and culture-free; pure arithmetic on
        /// chars, so compile time and run time agree on any machine.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint HashId(string id) => id.Length < 8 ? HashShort(id) : HashFirstAndLast(id);

        /// <summary><see cref="HashId"/> of a key of 8 chars or more: blocks at 0, 4, n - 8 and n - 4.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint HashFirstAndLast(string id)
        {
            unchecked
            {
                int n = id.Length;
                ulong c = Block(id, n - 8), d = Block(id, n - 4);
                ulong hash = ((ulong)n * 0x9E3779B97F4A7C15UL) ^ (Block(id, 0) * 0xC2B2AE3D27D4EB4FUL) ^ (Block(id, 4) * 0x165667B19E3779F9UL)
                    ^ ((c ^ (c >> 29)) * 0xFF51AFD7ED558CCDUL) ^ ((d ^ (d >> 31)) * 0xC4CEB9FE1A85EC53UL);
                return Finish(hash);
            }
        }

        /// <summary>The hash of a key shorter than 8 chars, which every <see cref="HashKind"/> reads whole: its length and its chars.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint HashShort(string key)
        {
            unchecked
            {
                int n = key.Length;
                ulong hash = (ulong)n * 0x9E3779B97F4A7C15UL;
                // The blocks a shorter key does not have count as 0 and add nothing.
                if (n >= 4)
                {
                    hash ^= (Block(key, 0) * 0xC2B2AE3D27D4EB4FUL) ^ (Block(key, n - 4) * 0x165667B19E3779F9UL);
                }
                else if (n > 0)
                {
                    ulong a = key[0] | (n > 1 ? (ulong)key[1] << 16 : 0) | (n > 2 ? (ulong)key[2] << 32 : 0);
                    hash ^= a * 0xC2B2AE3D27D4EB4FUL;
                }
                return Finish(hash);
            }
        }

        /// <summary>
        /// How a hash table hashes its keys, chosen by the generator for each table (see
        /// <see cref="HashScheme"/>) and written in the header.
        /// </summary>
        public enum HashKind
        {
            /// <summary><see cref="HashId"/>: the first and last 8 chars (every char of a key up to 16).</summary>
            FirstAndLastChars = 0,
            /// <summary><see cref="HashEveryChar"/> for keys longer than 16: for ids such as "reuters-000123-story-text-0001", which differ only in the middle of a long key.</summary>
            EveryChar = 1,
            /// <summary><see cref="HashWindow"/> of the first 8 chars: the most common, and the cheapest (the window's place needs no arithmetic).</summary>
            FirstChars = 2,
            /// <summary><see cref="HashWindow"/> of the last 8 chars.</summary>
            LastChars = 3,
            /// <summary><see cref="HashWindow"/>: 8 chars from a fixed offset (1 or more) from the key's start.</summary>
            FromStart = 4,
            /// <summary><see cref="HashWindow"/>: 8 chars ending a fixed offset (1 or more) before the key's end.</summary>
            FromEnd = 5,
        }

        /// <summary>
        /// A table's hash: its <see cref="HashKind"/> and, for a window, the window's offset. Like
        /// <c>FrozenDictionary</c> for string keys, the generator looks for the fewest chars that
        /// tell a table's keys apart, since a lookup's cost is mostly the hash: most tables (words,
        /// numbered or hashed ids) need one window of 8 chars, and the chars around it are never
        /// read. The length is always mixed in, and keys shorter than 8 are read whole.
        /// </summary>
        public readonly struct HashScheme : System.IEquatable<HashScheme>
        {
            public HashScheme(HashKind kind, int windowOffset)
            {
                Kind = kind;
                WindowOffset = kind is HashKind.FromStart or HashKind.FromEnd ? windowOffset : 0;
            }

            public HashKind Kind { get; }

            /// <summary>For <see cref="HashKind.FromStart"/> and <see cref="HashKind.FromEnd"/>, how far the window stands from the key's start or end (clamped so that it stays inside the key); else 0.</summary>
            public int WindowOffset { get; }

            /// <summary>
            /// The hash of <paramref name="key"/> under this scheme. Where a lookup inlines it, a window
            /// at the start or the end costs a predicted branch and no arithmetic before the key's
            /// chars are read (a window's place computed from the offset put a load and a clamp on
            /// that path: about 1.5 ns a lookup); the other kinds are a call.
            /// </summary>
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            public uint Hash(string key)
            {
                int n = key.Length;
                if (n < 8) return HashShort(key);
                HashKind kind = Kind;
                if (kind == HashKind.FirstChars) return HashWindow(key, 0);
                if (kind == HashKind.LastChars) return HashWindow(key, n - 8);
                return HashElsewhere(key, kind, WindowOffset);
            }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            private static uint HashElsewhere(string key, HashKind kind, int offset)
            {
                int last = key.Length - 8;
                return kind switch
                {
                    HashKind.FromStart => HashWindow(key, System.Math.Min(offset, last)),
                    HashKind.FromEnd => HashWindow(key, System.Math.Max(last - offset, 0)),
                    HashKind.EveryChar when key.Length > 16 => HashEveryChar(key),
                    _ => HashFirstAndLast(key),
                };
            }

            public bool Equals(HashScheme other) => Kind == other.Kind && WindowOffset == other.WindowOffset;
            public override bool Equals(object? obj) => obj is HashScheme other && Equals(other);
            public override int GetHashCode() => ((int)Kind << 16) ^ WindowOffset;
            public override string ToString() => Kind is HashKind.FromStart or HashKind.FromEnd ? $"{Kind} {WindowOffset}" : Kind.ToString();
        }

        /// <summary>
        /// The hash of a key of at least 8 chars from the 8 at <paramref name="start"/> (two
        /// blocks of 4) and its length, mixed as <see cref="HashId"/> is.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint HashWindow(string key, int start)
        {
            unchecked
            {
                ulong hash = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
                hash ^= (Block(key, start) * 0xC2B2AE3D27D4EB4FUL) ^ (Block(key, start + 4) * 0x165667B19E3779F9UL);
                return Finish(hash);
            }
        }

        /// <summary>
        /// A hash that reads every char of a key longer than 16 (shorter keys: <see cref="HashId"/>,
        /// which reads all of theirs): each block of 4, the last overlapping the one before it,
        /// folded in by a multiply and a rotation, then mixed as <see cref="HashId"/> is.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public static uint HashEveryChar(string key)
        {
            unchecked
            {
                int n = key.Length;
                ulong hash = (ulong)n * 0x9E3779B97F4A7C15UL;
                for (int at = 0; ; at += 4)
                {
                    int start = System.Math.Min(at, n - 4);
                    hash = (hash ^ Block(key, start)) * 0xC2B2AE3D27D4EB4FUL;
                    hash = (hash << 31) | (hash >> 33);
                    if (start == n - 4) break;
                }
                return Finish(hash);
            }
        }

        /// <summary>The last mix of both hashes: the high half into the low (which picks the slot) and back.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint Finish(ulong hash)
        {
            unchecked
            {
                hash ^= hash >> 32;
                hash *= 0xD6E8FEB86659FD93UL;
                hash ^= hash >> 32;
                return (uint)hash;
            }
        }

        /// <summary>Four UTF-16 code units from <paramref name="start"/> as one 64-bit block, the first in the low bits.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static ulong Block(string s, int start)
        {
#if NET
            // The same value as below, read in one load where the machine is little-endian. Callers
            // pass 0 <= start <= length - 4, so the read stays inside the string: no check of its own.
            // (GetPinnableReference rather than AsSpan, which is in System.Memory: see Utf8Text.)
            if (System.BitConverter.IsLittleEndian)
            {
                ref char first = ref System.Runtime.CompilerServices.Unsafe.Add(
                    ref System.Runtime.CompilerServices.Unsafe.AsRef(in s.GetPinnableReference()), start);
                return System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(
                    ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref first));
            }
#endif
            return s[start] | ((ulong)s[start + 1] << 16) | ((ulong)s[start + 2] << 32) | ((ulong)s[start + 3] << 48);
        }

        public static int IdHashSize(int count)
        {
            int size = 1;
            while (size < count * 2) size <<= 1;
            return size;
        }
    }
}

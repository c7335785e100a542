using System;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using CorpusGen.Storage.Format;

namespace CorpusGen.Storage
{
    /// <summary>
    /// The static data of one generated corpus, as the generator laid it out (see
    /// <see cref="ImageFormat"/>). A generated corpus class derives a private class from this one
    /// that returns its <c>"…"u8</c> blobs, or, with <c>Storage="Resource"</c>, creates a
    /// <see cref="ResourceCorpusImage"/>; this class reads cells and texts out of the blobs. Nothing
    /// is parsed or copied up front: the constructor reads the small header blob only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class CorpusImage
    {
        private readonly TableLayout[] _tables;
        private readonly int _firstTextBlob;

        // Where each blob stands, filled on its first use. A "…"u8 literal is static data in the
        // loaded assembly (an RVA field), which the runtime neither moves nor frees while the
        // assembly is loaded, so its address can be kept: a read then costs one array load
        // instead of a virtual call and a switch over every blob of the image.
        private readonly BlobAddress[] _blobs;

        // The hash tables, their layout held in place (no table array, layout object or column
        // array to go through on a lookup).
        private readonly HashView _idHash, _termHash, _entityHash;

        // The blobs of an image read from a manifest resource (ResourceCorpusImage); null for one whose
        // generated class returns "…"u8 literals.
        private readonly ImageResource? _resource;

        protected CorpusImage()
            : this(null)
        {
        }

        private protected CorpusImage(ImageResource? resource)
        {
            _resource = resource;
            ReadOnlySpan<byte> header = GetBlob(0);
            int position = 0;
            int Next(ReadOnlySpan<byte> h)
            {
                int value = PackedDigits.Read(h, position, ImageFormat.HeaderDigits);
                position += ImageFormat.HeaderDigits;
                return value;
            }

            int version = Next(header);
            if (version != ImageFormat.Version) throw OtherVersion(version);
            ArticleCount = Next(header);
            int tableCount = Next(header);
            _tables = new TableLayout[tableCount];
            for (int t = 0; t < tableCount; t++)
            {
                int rows = Next(header), firstBlob = Next(header), log2 = Next(header), columns = Next(header);
                var widths = new int[columns];
                for (int c = 0; c < columns; c++) widths[c] = Next(header);
                _tables[t] = new TableLayout(rows, firstBlob, log2, widths);
            }
            _firstTextBlob = Next(header);
            int blobCount = Next(header);
            _blobs = new BlobAddress[blobCount];
            _idHash = new HashView(_tables[(int)ImageFormat.Table.IdHash], new ImageFormat.HashScheme((ImageFormat.HashKind)Next(header), Next(header)), blobCount);
            _termHash = new HashView(_tables[(int)ImageFormat.Table.TermHash], new ImageFormat.HashScheme((ImageFormat.HashKind)Next(header), Next(header)), blobCount);
            _entityHash = new HashView(_tables[(int)ImageFormat.Table.EntityHash], new ImageFormat.HashScheme((ImageFormat.HashKind)Next(header), Next(header)), blobCount);
        }

        /// <summary>The article count.</summary>
        public int ArticleCount { get; }

        /// <summary>
        /// Returns blob <paramref name="id"/> of the image: static data in the assembly, never a copy. A
        /// generated class with <c>"…"u8</c> blobs overrides it; an image from a manifest resource reads it there.
        /// </summary>
        protected virtual ReadOnlySpan<byte> GetBlob(int id) =>
            _resource is not null ? _resource.Blob(id) : throw new NotSupportedException("This corpus image has no blobs: its class must override GetBlob.");

        internal int RowCount(ImageFormat.Table table) => _tables[(int)table].Rows;

        /// <summary>Blob <paramref name="id"/>, from its kept address after the first call.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private unsafe ReadOnlySpan<byte> Blob(int id)
        {
            ref BlobAddress blob = ref _blobs[id];
            nint address = Volatile.Read(ref blob.Address);
            return address != 0 ? new ReadOnlySpan<byte>((void*)address, blob.Length) : FirstBlob(id);
        }

        /// <summary>Where blob <paramref name="id"/> starts, for reads the image's layout keeps inside it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private unsafe ref byte BlobStart(int id)
        {
            nint address = Volatile.Read(ref _blobs[id].Address);
            return ref address != 0 ? ref Unsafe.AsRef<byte>((void*)address) : ref MemoryMarshal.GetReference(FirstBlob(id));
        }

        // Messages built out of line, as in ImageResource: a method that formats one loads the types
        // of string interpolation when first called, even if it never throws.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException OtherVersion(int version) =>
            new($"This corpus was generated for image format {version}, but this CorpusGen runtime reads format {ImageFormat.Version}. Use the same CorpusGen package version for the generator and the runtime.");

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException NotStaticData(int id) =>
            new($"Blob {id} of this corpus is not static data: each read returns a new array.");

        private unsafe ReadOnlySpan<byte> FirstBlob(int id)
        {
            ReadOnlySpan<byte> blob = GetBlob(id);
            if (!blob.IsEmpty)
            {
                // The address may be kept only if the blob is static data, which every C# compiler
                // that reads "…"u8 makes of a UTF-8 literal. An image whose GetBlob returns a new
                // array on each call would not be: refuse rather than keep an address the GC may move.
                if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(blob), ref MemoryMarshal.GetReference(GetBlob(id))))
                {
                    throw NotStaticData(id);
                }
                _blobs[id].Length = blob.Length;
                // Not a pin: the literal's bytes are not on the GC heap. The length is written first,
                // so a thread that sees the address sees the length too.
                fixed (byte* bytes = blob) Volatile.Write(ref _blobs[id].Address, (nint)bytes);
            }
            return blob;
        }

        private struct BlobAddress
        {
            public nint Address;
            public int Length;
        }

        internal int Read(ImageFormat.Table table, int row, int column)
        {
            TableLayout layout = _tables[(int)table];
            if ((uint)row >= (uint)layout.Rows) throw new ArgumentOutOfRangeException(nameof(row));
            return Cell(RowOf(layout, row), layout.ColumnOffsets, column);
        }

        /// <summary>Row <paramref name="row"/> of a table: the one bounds check its cells need.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ReadOnlySpan<byte> RowOf(TableLayout layout, int row) =>
            RowOf(layout.FirstBlob, layout.RowsPerBlobLog2, layout.RowMask, layout.RowWidth, row);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ReadOnlySpan<byte> RowOf(int firstBlob, int rowsPerBlobLog2, int rowMask, int rowWidth, int row) =>
            Blob(firstBlob + (row >> rowsPerBlobLog2)).Slice((row & rowMask) * rowWidth, rowWidth);

        /// <summary>
        /// A cell of a row from <see cref="RowOf(TableLayout, int)"/>. The column offsets add up to the row's width
        /// (see <see cref="TableLayout"/>), so the digits lie inside the row and need no check of
        /// their own; see <see cref="PackedDigits"/> for the encoding.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Cell(ReadOnlySpan<byte> row, int[] columnOffsets, int column) =>
            (int)Digits(row, columnOffsets[column], columnOffsets[column + 1]);

        /// <summary>The number in digits <paramref name="start"/> to <paramref name="end"/> of a row, which lie inside it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static long Digits(ReadOnlySpan<byte> row, int start, int end)
        {
            ref byte digit = ref MemoryMarshal.GetReference(row);
            long value = 0;
            for (int i = start; i < end; i++) value = (value << PackedDigits.BitsPerDigit) | (uint)(Unsafe.Add(ref digit, i) - PackedDigits.Zero);
            return value;
        }

        /// <summary>The UTF-8 bytes of string <paramref name="stringId"/>, in place. Reads the string's row once.</summary>
        internal ReadOnlySpan<byte> Utf8(int stringId)
        {
            TableLayout layout = _tables[(int)ImageFormat.Table.Strings];
            if ((uint)stringId >= (uint)layout.Rows) throw new ArgumentOutOfRangeException(nameof(stringId));
            ReadOnlySpan<byte> row = RowOf(layout, stringId);
            int[] at = layout.ColumnOffsets;
            return Text(Cell(row, at, (int)ImageFormat.StringColumn.Blob), Cell(row, at, (int)ImageFormat.StringColumn.Offset),
                Cell(row, at, (int)ImageFormat.StringColumn.ByteLength));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ReadOnlySpan<byte> Text(int chunk, int offset, int length) => Blob(_firstTextBlob + chunk).Slice(offset, length);

        /// <summary>
        /// Looks <paramref name="key"/> up in an open-addressing hash table (see
        /// <see cref="ImageFormat.HashSlot"/>). Returns the key's row, or -1. A probe reads a slot's
        /// head as one word and compares its first four bytes with what they would be for this key;
        /// the key itself is compared only when they match, in the slot when it stands there, else
        /// where its text is.
        /// </summary>
        /// <remarks>
        /// The first <see cref="PlainLookups"/> lookups of an image take <see cref="FindKeyAnyway"/>,
        /// whose key compare is a plain loop, and never enter <see cref="FindKey(in HashView, string)"/>,
        /// whose compare widens bytes with <c>Vector128&lt;T&gt;</c>: on a method's first call the
        /// runtime loads the generic vector types it uses (their layout is checked against the
        /// precompiled code), and that took about 1.5 ms of a fresh process's first <c>ById</c>, which
        /// is otherwise about 1 ms (benchmarks/README.md). A warm process pays it once, later.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int FindKey(ImageFormat.Table hashTable, string key)
        {
            ref readonly HashView table = ref View(hashTable);
            if (_plainLookupsLeft > 0) return FindKeyPlain(in table, key);
            return FindKey(in table, key);
        }

        /// <summary>How the id table hashes its keys (for benchmarks that time the hash on its own).</summary>
        internal ImageFormat.HashScheme IdHashScheme => _idHash.Hash;

        /// <summary>How many lookups of an image take the plain compare before the block compare takes over.</summary>
        internal const int PlainLookups = 64;

        // Counts down the plain lookups. Threads racing on it can only make it reach 0 a little
        // later or sooner (each writes what it read, less one, after reading more than 0).
        private int _plainLookupsLeft = PlainLookups;

        /// <summary>How many plain lookups are left (tests set it, to run every key through each compare).</summary>
        internal int PlainLookupsLeft
        {
            get => _plainLookupsLeft;
            set => _plainLookupsLeft = value;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int FindKeyPlain(in HashView table, string key)
        {
            _plainLookupsLeft--;
            return FindKeyAnyway(in table, key, table.Hash.Hash(key));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ref readonly HashView View(ImageFormat.Table hashTable)
        {
            switch (hashTable)
            {
                case ImageFormat.Table.IdHash: return ref _idHash;
                case ImageFormat.Table.TermHash: return ref _termHash;
                case ImageFormat.Table.EntityHash: return ref _entityHash;
                default: throw new ArgumentOutOfRangeException(nameof(hashTable));
            }
        }

        // Not inlined into its callers: compiled on its own, the hash, the compare and the row's
        // decode are all inlined into it; inlined into a caller that has its own work (the article
        // cache, the generated class's getter) it ran out of the JIT's inlining budget, and the
        // row's decode became a call (see benchmarks/README.md).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private unsafe int FindKey(in HashView table, string key)
        {
            // The common case in a loop with no call in it, so that what the loop carries stays in
            // registers: a key that stands in its slot and is compared as two widened blocks, in
            // blobs already read once. Anything else (a key too short, too long or stored
            // elsewhere, a blob not yet read) goes to the general loop.
            int n = key.Length;
            uint hash = table.Hash.Hash(key);
            if (n < Utf8Text.ShortestBlockCompare || n > Utf8Text.LongestBlockCompare || n > table.KeyCapacity) return FindKeyAnyway(in table, key, hash);
            int slot = (int)(hash & (uint)table.Mask), fingerprint = ImageFormat.Fingerprint(hash);
            uint inSlot = ImageFormat.HashSlot.HeadLow(fingerprint, n), elsewhere = ImageFormat.HashSlot.HeadLow(fingerprint, -1);
            while (true)
            {
                nint address = Volatile.Read(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blobs), table.FirstBlob + (slot >> table.RowsPerBlobLog2)).Address);
                if (address == 0) return FindKeyAnyway(in table, key, hash);
                ref byte start = ref Unsafe.Add(ref Unsafe.AsRef<byte>((void*)address), (slot & table.RowMask) * table.RowWidth);
                ulong head = Unsafe.ReadUnaligned<ulong>(ref start);
                if (!BitConverter.IsLittleEndian) head = BinaryPrimitives.ReverseEndianness(head);
                uint low = (uint)head;
                if (low == inSlot && Utf8Text.EqualsAsciiInBlocks(ref Unsafe.Add(ref start, ImageFormat.HashSlot.HeadBytes), key)) return ImageFormat.HashSlot.Row(head);
                if (low == elsewhere) return FindKeyAnyway(in table, key, hash);
                if (head == ImageFormat.HashSlot.EmptyHead) return -1;
                slot = (slot + 1) & table.Mask;
            }
        }

        /// <summary>The lookup for any key, given its <paramref name="hash"/>: <see cref="FindKey(in HashView, string)"/> when its fast loop cannot answer.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private int FindKeyAnyway(in HashView table, string key, uint hash)
        {
            int slot = (int)(hash & (uint)table.Mask), fingerprint = ImageFormat.Fingerprint(hash);
            // The head's first four bytes when the key stands in the slot (never, for a key too long
            // to), and when it is stored elsewhere.
            uint inSlot = key.Length <= table.KeyCapacity ? ImageFormat.HashSlot.HeadLow(fingerprint, key.Length) : uint.MaxValue;
            uint elsewhere = ImageFormat.HashSlot.HeadLow(fingerprint, -1);
            while (true)
            {
                // The slot lies inside its blob (the writer made every blob a whole number of slots):
                // no check of its own.
                ref byte start = ref Unsafe.Add(ref BlobStart(table.FirstBlob + (slot >> table.RowsPerBlobLog2)), (slot & table.RowMask) * table.RowWidth);
                ulong head = Unsafe.ReadUnaligned<ulong>(ref start);
                if (!BitConverter.IsLittleEndian) head = BinaryPrimitives.ReverseEndianness(head);
                uint low = (uint)head;
                // The head said the key is as long as this one and stands here: its bytes follow the head.
                if (low == inSlot && Utf8Text.EqualsAsciiPlain(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref start, ImageFormat.HashSlot.HeadBytes), key.Length), key))
                {
                    return ImageFormat.HashSlot.Row(head);
                }
                if (low == elsewhere && KeyElsewhereEquals(ref start, key)) return ImageFormat.HashSlot.Row(head);
                if (head == ImageFormat.HashSlot.EmptyHead) return -1;
                slot = (slot + 1) & table.Mask;
            }
        }

        /// <summary>Whether the key of a slot whose key is stored elsewhere (its string id follows the head) is <paramref name="key"/>. Rare: out of line.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool KeyElsewhereEquals(ref byte slot, string key)
        {
            ReadOnlySpan<byte> stringId = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref slot, ImageFormat.HashSlot.HeadBytes), ImageFormat.HashSlot.StringIdDigits);
            return Utf8Text.Equals(Utf8(PackedDigits.Read(stringId, 0, ImageFormat.HashSlot.StringIdDigits)), key);
        }

        /// <summary>A hash table's layout as plain numbers (see <see cref="ImageFormat.HashSlot"/>).</summary>
        private readonly struct HashView
        {
            public HashView(TableLayout layout, ImageFormat.HashScheme hash, int blobCount)
            {
                // The writer gives every hash table at least one slot, so a probe always has a slot to
                // read; and its blobs are in the image, so a probe reads the blob table unchecked.
                if (layout.Rows == 0 || (layout.Rows & (layout.Rows - 1)) != 0 || layout.RowWidth < ImageFormat.HashSlot.BytesFor(0) || layout.RowWidth % 8 != 0
                    || layout.FirstBlob < 0 || layout.FirstBlob + ((layout.Rows - 1) >> layout.RowsPerBlobLog2) >= blobCount
                    || (uint)hash.Kind > (uint)ImageFormat.HashKind.FromEnd || hash.WindowOffset < 0)
                {
                    throw new InvalidOperationException("This corpus image has a malformed hash table.");
                }
                Mask = layout.Rows - 1;
                FirstBlob = layout.FirstBlob;
                RowsPerBlobLog2 = layout.RowsPerBlobLog2;
                RowMask = layout.RowMask;
                RowWidth = layout.RowWidth;
                KeyCapacity = ImageFormat.HashSlot.KeyCapacity(layout.RowWidth);
                Hash = hash;
            }

            // A field, not a property: a lookup hashes through it in place, with no copy of the struct.
            public readonly ImageFormat.HashScheme Hash;

            public int Mask { get; }
            public int FirstBlob { get; }
            public int RowsPerBlobLog2 { get; }
            public int RowMask { get; }
            public int RowWidth { get; }
            public int KeyCapacity { get; }
        }

        /// <summary>Decodes string <paramref name="stringId"/> (a new string each call: callers cache).</summary>
        internal string String(int stringId) => Utf8Text.Decode(Utf8(stringId));

        private sealed class TableLayout
        {
            public TableLayout(int rows, int firstBlob, int rowsPerBlobLog2, int[] widths)
            {
                Rows = rows;
                FirstBlob = firstBlob;
                RowsPerBlobLog2 = rowsPerBlobLog2;
                RowMask = (1 << rowsPerBlobLog2) - 1;
                ColumnOffsets = new int[widths.Length + 1];
                for (int c = 0; c < widths.Length; c++) ColumnOffsets[c + 1] = ColumnOffsets[c] + widths[c];
                RowWidth = ColumnOffsets[widths.Length];
            }

            public int Rows { get; }
            public int FirstBlob { get; }
            public int RowsPerBlobLog2 { get; }
            public int RowMask { get; }
            public int RowWidth { get; }
            public int[] ColumnOffsets { get; }
        }
    }
}

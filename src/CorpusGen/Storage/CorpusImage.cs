using System;
using System.ComponentModel;
using System.Text;
using CorpusGen.Storage.Format;

namespace CorpusGen.Storage
{
    /// <summary>
    /// The static data of one generated corpus, as the generator laid it out (see
    /// <see cref="ImageFormat"/>). A generated corpus class derives a private class from this one
    /// that returns its <c>"…"u8</c> blobs; this class reads cells and texts out of them. Nothing
    /// is parsed or copied up front: the constructor reads the small header blob only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class CorpusImage
    {
        private readonly TableLayout[] _tables;
        private readonly int _firstTextBlob;

        protected CorpusImage()
        {
            ReadOnlySpan<byte> header = GetBlob(0);
            int position = 0;
            int Next(ReadOnlySpan<byte> h)
            {
                int value = PackedDigits.Read(h, position, ImageFormat.HeaderDigits);
                position += ImageFormat.HeaderDigits;
                return value;
            }

            int version = Next(header);
            if (version != ImageFormat.Version)
            {
                throw new InvalidOperationException(
                    $"This corpus was generated for image format {version}, but this CorpusGen runtime reads format {ImageFormat.Version}. Use the same CorpusGen package version for the generator and the runtime.");
            }
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
        }

        /// <summary>The article count.</summary>
        public int ArticleCount { get; }

        /// <summary>Returns blob <paramref name="id"/> of the image: static data in the assembly, never a copy.</summary>
        protected abstract ReadOnlySpan<byte> GetBlob(int id);

        internal int RowCount(ImageFormat.Table table) => _tables[(int)table].Rows;

        /// <summary>Reads one cell: a fixed-width number at a computed offset.</summary>
        internal int Read(ImageFormat.Table table, int row, int column)
        {
            TableLayout layout = _tables[(int)table];
            if ((uint)row >= (uint)layout.Rows) throw new ArgumentOutOfRangeException(nameof(row));
            ReadOnlySpan<byte> blob = GetBlob(layout.FirstBlob + (row >> layout.RowsPerBlobLog2));
            int offset = (row & layout.RowMask) * layout.RowWidth + layout.ColumnOffsets[column];
            return PackedDigits.Read(blob, offset, layout.ColumnOffsets[column + 1] - layout.ColumnOffsets[column]);
        }

        /// <summary>The UTF-8 bytes of string <paramref name="stringId"/>, in place. Reads the string's row once.</summary>
        internal ReadOnlySpan<byte> Utf8(int stringId)
        {
            TableLayout layout = _tables[(int)ImageFormat.Table.Strings];
            if ((uint)stringId >= (uint)layout.Rows) throw new ArgumentOutOfRangeException(nameof(stringId));
            ReadOnlySpan<byte> row = GetBlob(layout.FirstBlob + (stringId >> layout.RowsPerBlobLog2))
                .Slice((stringId & layout.RowMask) * layout.RowWidth, layout.RowWidth);
            int[] at = layout.ColumnOffsets;
            int blob = PackedDigits.Read(row, at[(int)ImageFormat.StringColumn.Blob], at[1] - at[0]);
            int offset = PackedDigits.Read(row, at[(int)ImageFormat.StringColumn.Offset], at[2] - at[1]);
            int length = PackedDigits.Read(row, at[(int)ImageFormat.StringColumn.ByteLength], at[3] - at[2]);
            return GetBlob(_firstTextBlob + blob).Slice(offset, length);
        }

        /// <summary>
        /// Looks <paramref name="key"/> up in an open-addressing hash table (see
        /// <see cref="ImageFormat.HashColumn"/>). Returns the key's row, or -1. A probe decodes one
        /// slot row; strings are compared only where the slot's hash bits match, and the slot
        /// names the key's string directly.
        /// </summary>
        internal int FindKey(ImageFormat.Table hashTable, string key)
        {
            TableLayout layout = _tables[(int)hashTable];
            if (layout.Rows == 0) return -1;
            uint hash = ImageFormat.HashId(key);
            int mask = layout.Rows - 1, slot = (int)(hash & (uint)mask), fingerprint = ImageFormat.Fingerprint(hash);
            int[] at = layout.ColumnOffsets;
            while (true)
            {
                ReadOnlySpan<byte> row = GetBlob(layout.FirstBlob + (slot >> layout.RowsPerBlobLog2))
                    .Slice((slot & layout.RowMask) * layout.RowWidth, layout.RowWidth);
                int rowPlusOne = PackedDigits.Read(row, at[(int)ImageFormat.HashColumn.RowPlusOne], at[1] - at[0]);
                if (rowPlusOne == 0) return -1;
                if (PackedDigits.Read(row, at[(int)ImageFormat.HashColumn.Fingerprint], at[2] - at[1]) == fingerprint &&
                    Utf8Text.Equals(Utf8(PackedDigits.Read(row, at[(int)ImageFormat.HashColumn.String], at[3] - at[2])), key))
                {
                    return rowPlusOne - 1;
                }
                slot = (slot + 1) & mask;
            }
        }

        /// <summary>Decodes string <paramref name="stringId"/> (a new string each call: callers cache).</summary>
        internal string String(int stringId) => Encoding.UTF8.GetString(Utf8(stringId));

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

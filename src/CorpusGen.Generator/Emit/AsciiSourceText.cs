using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// A generated source held as ASCII bytes, one byte a character, in chunks. Every generated
    /// source is ASCII (<see cref="SourceWriter"/> escapes everything else), so this holds it in half
    /// the memory of a string, and it is written straight into its chunks: no StringBuilder and no
    /// copy of the whole text. At 10,000 documents a corpus's source is over 100 million characters,
    /// which the compiler keeps for the whole build.
    /// </summary>
    internal sealed class AsciiSourceText : SourceText
    {
        internal const int ChunkBits = 20, ChunkSize = 1 << ChunkBits;
        private readonly byte[][] _chunks;

        internal AsciiSourceText(byte[][] chunks, int length)
            : base(checksumAlgorithm: SourceHashAlgorithm.Sha256)
        {
            _chunks = chunks;
            Length = length;
        }

        /// <summary>UTF-8, of which ASCII is a part: what the compiler writes and embeds the text as.</summary>
        public override Encoding Encoding => Utf8;

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public override int Length { get; }

        public override char this[int position]
        {
            get
            {
                if ((uint)position >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(position));
                return (char)_chunks[position >> ChunkBits][position & (ChunkSize - 1)];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination is null) throw new ArgumentNullException(nameof(destination));
            if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count) throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            if (destinationIndex < 0 || destinationIndex > destination.Length - count) throw new ArgumentOutOfRangeException(nameof(destinationIndex));
            while (count > 0)
            {
                byte[] chunk = _chunks[sourceIndex >> ChunkBits];
                int offset = sourceIndex & (ChunkSize - 1);
                int n = Math.Min(count, ChunkSize - offset);
                for (int i = 0; i < n; i++) destination[destinationIndex + i] = (char)chunk[offset + i];
                sourceIndex += n;
                destinationIndex += n;
                count -= n;
            }
        }
    }
}

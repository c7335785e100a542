using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CorpusGen.Generator.Model;
using CorpusGen.Storage.Format;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// Writes a corpus image as one file, for a corpus with <c>Storage="Resource"</c> (layout:
    /// <see cref="ImageResourceFormat"/>): the blobs <see cref="ImageWriter"/> made, byte for byte
    /// what their <c>"…"u8</c> literals would hold. The build step (src/CorpusGen.ImageTool) embeds
    /// the file as a manifest resource; the generated class reads it with CorpusGen.Storage.ImageResource.
    /// </summary>
    internal static class ImageResourceWriter
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false, false); // an unpaired surrogate as U+FFFD, as in a literal

        public static void Write(Stream output, IReadOnlyList<Blob> blobs, ulong fingerprint)
        {
            var header = new byte[ImageResourceFormat.HeaderBytes + 8 * (blobs.Count + 1)];
            Encoding.ASCII.GetBytes(ImageResourceFormat.Magic, 0, 8, header, 0);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), ImageFormat.Version);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), blobs.Count);
            BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), fingerprint);
            long offset = header.Length;
            for (int b = 0; b < blobs.Count; b++)
            {
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(ImageResourceFormat.HeaderBytes + 8 * b), offset);
                offset += blobs[b].ByteCount;
            }
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(ImageResourceFormat.HeaderBytes + 8 * blobs.Count), offset);
            output.Write(header, 0, header.Length);

            foreach (Blob blob in blobs)
            {
                if (blob.Digits is not null)
                {
                    output.Write(blob.Digits, 0, blob.Digits.Length);
                    continue;
                }
                int written = 0;
                foreach (string text in blob.Texts!)
                {
                    byte[] bytes = Utf8.GetBytes(text);
                    output.Write(bytes, 0, bytes.Length);
                    written += bytes.Length;
                }
                if (written != blob.ByteCount) throw new InvalidOperationException($"A text blob holds {written} bytes, not the {blob.ByteCount} the image's tables expect.");
            }
        }

        /// <summary>
        /// A number the generated class and its image resource both carry, so that the runtime refuses
        /// an image written from other documents: FNV-1a over the class, then each article's id and raw text.
        /// </summary>
        public static ulong Fingerprint(CorpusSpec corpus)
        {
            ulong hash = 14695981039346656037UL;
            void Add(string text)
            {
                foreach (char c in text)
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }
                hash = (hash ^ 0xFFFF) * 1099511628211UL;
            }
            Add(corpus.Namespace);
            Add(corpus.ClassName);
            foreach (ArticleSpec article in corpus.Articles)
            {
                Add(article.Id);
                Add(article.Document.RawText);
            }
            return hash;
        }
    }
}

using System;
using System.Buffers.Binary;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CorpusGen.Storage.Format;

namespace CorpusGen.Storage
{
    /// <summary>
    /// The image of a corpus with <c>&lt;Corpus Storage="Resource"&gt;</c>: a manifest resource of the
    /// assembly that holds the generated corpus class (see <see cref="ImageResourceFormat"/>). The
    /// generated class creates one; this library's code reads it, so a fresh process compiles no
    /// generated method to reach the data.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ResourceCorpusImage : CorpusImage
    {
        /// <summary>Opens the image resource <paramref name="name"/> of <paramref name="assembly"/>, checking it was written for the corpus with this <paramref name="fingerprint"/>.</summary>
        public ResourceCorpusImage(Assembly assembly, string name, ulong fingerprint)
            : base(ImageResource.Open(assembly, name, fingerprint))
        {
        }
    }

    /// <summary>
    /// A manifest resource holding a corpus image, opened once. The runtime maps a loaded assembly's
    /// resources with the rest of the file, so the blobs are read where they are: nothing is copied
    /// or parsed beyond the offset table.
    /// </summary>
    internal sealed unsafe class ImageResource
    {
        private readonly byte* _start;
        private readonly int _blobCount;

        // Kept so that a copy (a host whose resources are not mapped memory) stays alive and pinned.
        private readonly byte[]? _copy;

        private ImageResource(byte* start, long length, byte[]? copy, string name, ulong fingerprint)
        {
            _start = start;
            _copy = copy;
            var bytes = new ReadOnlySpan<byte>(start, (int)Math.Min(length, int.MaxValue));
            if (bytes.Length < ImageResourceFormat.HeaderBytes || !StartsWithMagic(bytes))
            {
                throw Invalid(name, "it is not a CorpusGen image");
            }
            int version = ReadInt32(start + 8);
            if (version != ImageFormat.Version) throw OtherVersion(name, version);
            _blobCount = ReadInt32(start + 12);
            if ((ulong)ReadInt64(start + 16) != fingerprint)
            {
                throw Invalid(name, "it was written for other documents than the ones this assembly was compiled with (rebuild the project)");
            }
            long tableEnd = ImageResourceFormat.HeaderBytes + 8L * (_blobCount + 1L);
            if (_blobCount <= 0 || tableEnd > length) throw Invalid(name, "its blob table is cut short");
            long previous = tableEnd;
            for (int i = 0; i <= _blobCount; i++)
            {
                // Offsets never go back, stay inside the resource, and leave each blob under 2 GB.
                long offset = Offset(i);
                if (offset < previous || offset > length || (i > 0 && offset - previous > int.MaxValue))
                {
                    throw BlobOutside(name, i);
                }
                previous = offset;
            }
        }

        /// <summary>Opens the image resource <paramref name="name"/> of <paramref name="assembly"/>, checking it was written for the corpus with this <paramref name="fingerprint"/>.</summary>
        public static ImageResource Open(Assembly assembly, string name, ulong fingerprint)
        {
            Stream stream = assembly.GetManifestResourceStream(name) ?? throw Missing(assembly, name);
            if (stream is UnmanagedMemoryStream mapped)
            {
                // Not disposed: the pointer is into the loaded assembly, valid while it is loaded.
                return new ImageResource(mapped.PositionPointer, mapped.Length, null, name, fingerprint);
            }
            using (stream)
            {
                byte[] copy = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
                stream.ReadExactly(copy);
                return new ImageResource((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copy.Length, copy, name, fingerprint);
            }
        }

        /// <summary>Blob <paramref name="id"/>: a span over the resource, the same address on every call.</summary>
        public ReadOnlySpan<byte> Blob(int id)
        {
            if ((uint)id >= (uint)_blobCount) throw new ArgumentOutOfRangeException(nameof(id));
            long start = Offset(id);
            return new ReadOnlySpan<byte>(_start + start, (int)(Offset(id + 1) - start));
        }

        // A plain loop: Encoding.ASCII's first use costs a fresh process about 3 ms (measured).
        private static bool StartsWithMagic(ReadOnlySpan<byte> bytes)
        {
            for (int i = 0; i < ImageResourceFormat.Magic.Length; i++)
            {
                if (bytes[i] != ImageResourceFormat.Magic[i]) return false;
            }
            return true;
        }

        private long Offset(int i) => ReadInt64(_start + ImageResourceFormat.HeaderBytes + 8L * i);

        // The format is little-endian. Read here rather than with BinaryPrimitives, whose reference
        // assembly (System.Memory) a fresh process would load for these few reads alone.
        private static int ReadInt32(byte* at)
        {
            int value = Unsafe.ReadUnaligned<int>(at);
            return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
        }

        private static long ReadInt64(byte* at)
        {
            long value = Unsafe.ReadUnaligned<long>(at);
            return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
        }

        // The messages are built out of line: a method that formats one loads the types of string
        // interpolation when it is first called, even if it never throws.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException Missing(Assembly assembly, string name) =>
            new($"The assembly '{assembly.GetName().Name}' has no resource '{name}'. A corpus with Storage=\"Resource\" gets its image from the CorpusGen build step (the CorpusGenWriteImages target of the CorpusGen package), which this build did not run.");

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException OtherVersion(string name, int version) =>
            new($"The corpus image resource '{name}' was written for image format {version}, but this CorpusGen runtime reads format {ImageFormat.Version}. Use the same CorpusGen package version for the build step and the runtime.");

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException BlobOutside(string name, int blob) => Invalid(name, $"blob {blob} lies outside it");

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidOperationException Invalid(string name, string why) =>
            new($"The corpus image resource '{name}' cannot be read: {why}.");
    }
}

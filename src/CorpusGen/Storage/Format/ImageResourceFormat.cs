// Shared by the generator (which writes corpus images) and the runtime (which reads them).
// Compiled into both assemblies; see CorpusGen.Generator.csproj.

namespace CorpusGen.Storage.Format
{
    /// <summary>
    /// A corpus image stored as a manifest resource (<c>&lt;Corpus Storage="Resource"&gt;</c>) instead of
    /// as <c>"…"u8</c> literals: the same blobs (<see cref="ImageFormat"/>), back to back, behind a
    /// table of where each starts. The build step (src/CorpusGen.ImageTool) writes it; the runtime
    /// reads it in place, where the loaded assembly holds it.
    /// </summary>
    /// <remarks>
    /// Layout, little-endian: <see cref="Magic"/> (8 ASCII bytes), <see cref="ImageFormat.Version"/>
    /// (int32), the blob count n (int32), the corpus's fingerprint (uint64: the generated class
    /// carries the same number, so an image from other documents is refused), then n + 1 offsets
    /// (int64, from the start of the resource; the last one is where the last blob ends), then the blobs.
    /// </remarks>
    internal static class ImageResourceFormat
    {
        /// <summary>The first 8 bytes of every image resource.</summary>
        public const string Magic = "CGIMAGE1";

        /// <summary>Bytes before the offset table: magic, version, blob count, fingerprint.</summary>
        public const int HeaderBytes = 24;

        /// <summary>The manifest resource name of a corpus's image: <c>CorpusGen.{Namespace}.{ClassName}.image</c>.</summary>
        public static string ResourceName(string @namespace, string className) =>
            "CorpusGen." + (@namespace.Length == 0 ? "" : @namespace + ".") + className + ".image";
    }
}

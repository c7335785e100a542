namespace CorpusGen.Generator.Parsing
{
    /// <summary>
    /// Tells a binary file swept in by a glob (an image, an archive) from text with a few bad
    /// bytes. Only asked about files that are not valid UTF-8: known file signatures, or a NUL
    /// byte among the first 8,000 bytes (the test git uses), mean binary.
    /// </summary>
    internal static class BinarySniffer
    {
        private static readonly (string Name, byte[] Signature)[] Signatures =
        {
            ("PNG image", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            ("JPEG image", new byte[] { 0xFF, 0xD8, 0xFF }),
            ("GIF image", new byte[] { 0x47, 0x49, 0x46, 0x38 }),
            ("PDF document", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }),
            ("ZIP archive", new byte[] { 0x50, 0x4B, 0x03, 0x04 }),
            ("gzip archive", new byte[] { 0x1F, 0x8B }),
        };

        /// <summary>What the binary file looks like, or null when it looks like damaged text.</summary>
        public static string? Describe(byte[] bytes)
        {
            foreach (var (name, signature) in Signatures)
            {
                if (StartsWith(bytes, signature)) return name;
            }
            int limit = bytes.Length < 8000 ? bytes.Length : 8000;
            for (int i = 0; i < limit; i++)
            {
                if (bytes[i] == 0) return "invalid UTF-8 with NUL bytes";
            }
            return null;
        }

        private static bool StartsWith(byte[] bytes, byte[] prefix)
        {
            if (bytes.Length < prefix.Length) return false;
            for (int i = 0; i < prefix.Length; i++)
            {
                if (bytes[i] != prefix[i]) return false;
            }
            return true;
        }
    }
}

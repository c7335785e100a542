using System.Text;

namespace CorpusGen.Generator.Parsing
{
    /// <summary>Finds invalid UTF-8 in bytes the compiler decoded with a fallback code page.</summary>
    internal static class Utf8Check
    {
        /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or -1; and how many invalid sequences there are.</summary>
        public static int FirstInvalid(byte[] bytes, out int invalidCount)
        {
            int first = -1;
            invalidCount = 0;
            int i = 0;
            while (i < bytes.Length)
            {
                int length = SequenceLength(bytes, i);
                if (length == 0)
                {
                    if (first < 0) first = i;
                    invalidCount++;
                    i++;
                }
                else
                {
                    i += length;
                }
            }
            return first;
        }

        /// <summary>The length of the valid UTF-8 sequence at <paramref name="i"/>, or 0 when it is not valid (RFC 3629).</summary>
        private static int SequenceLength(byte[] b, int i)
        {
            byte lead = b[i];
            if (lead < 0x80) return 1;
            int length; int min; int cp;
            if (lead >= 0xC2 && lead <= 0xDF) { length = 2; min = 0x80; cp = lead & 0x1F; }
            else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; min = 0x800; cp = lead & 0x0F; }
            else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; min = 0x10000; cp = lead & 0x07; }
            else return 0;
            if (i + length > b.Length) return 0;
            for (int k = 1; k < length; k++)
            {
                byte c = b[i + k];
                if ((c & 0xC0) != 0x80) return 0;
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
            return length;
        }

        /// <summary>True when the compiler decoded the file as UTF-8 or UTF-16/32 (from a byte-order mark).</summary>
        public static bool IsUnicode(Encoding? encoding) =>
            encoding is null || encoding.CodePage == 65001 || encoding.CodePage == 1200 || encoding.CodePage == 1201 ||
            encoding.CodePage == 12000 || encoding.CodePage == 12001;
    }
}

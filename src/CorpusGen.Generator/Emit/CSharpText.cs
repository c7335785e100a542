using System.Globalization;
using System.Text;

namespace CorpusGen.Generator.Emit
{
    /// <summary>
    /// Escaping of document text for generated source. Everything a document supplies is written
    /// in printable ASCII: other characters become escapes, so no document can end a literal or a
    /// comment, add a line, a directive or a bidirectional control (CVE-2021-42574) to the source.
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>Appends <paramref name="text"/> as the inside of a regular C# string literal, ASCII only.</summary>
        public static void AppendLiteralContent(SourceWriter writer, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 0x20 && c < 0x7F)
                {
                    if (c == '"' || c == '\\') writer.Put((byte)'\\');
                    writer.Put((byte)c);
                }
                else
                {
                    i = AppendUnicodeEscape(writer, text, i);
                }
            }
        }

        /// <summary>
        /// Writes <c>text[i]</c> (with <c>text[i + 1]</c> when the two are a surrogate pair) as the
        /// Unicode escape C# reads as that character, in a string literal and in an identifier
        /// alike; returns the index of the last char written. An unpaired surrogate, which cannot
        /// be encoded as UTF-8, becomes U+FFFD (the parser already replaced it: a safety net).
        /// </summary>
        public static int AppendUnicodeEscape(SourceWriter writer, string text, int i)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                writer.Append("\\U" + char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                return i + 1;
            }
            char safe = char.IsSurrogate(c) ? '\uFFFD' : c;
            writer.Append("\\u" + ((int)safe).ToString("X4", CultureInfo.InvariantCulture));
            return i;
        }

        /// <summary>
        /// Text for an XML doc comment line: XML-escaped, line breaks folded to spaces, anything
        /// outside printable ASCII written as a character reference (control and format characters
        /// dropped), cut to <paramref name="maxLength"/> characters.
        /// </summary>
        public static string DocComment(string text, int maxLength = 200)
        {
            var builder = new StringBuilder();
            int taken = 0;
            bool lastWasSpace = false;
            int i = 0;
            for (; i < text.Length && taken < maxLength; i++)
            {
                char c = text[i];
                int codePoint = c;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, text[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    continue;
                }

                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (char.IsWhiteSpace(c) || category == UnicodeCategory.Control || category == UnicodeCategory.Format ||
                    category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator)
                {
                    if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                    lastWasSpace = true;
                    taken++;
                    continue;
                }
                lastWasSpace = false;
                taken++;
                switch (codePoint)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (codePoint < 0x7F) builder.Append((char)codePoint);
                        else builder.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        break;
                }
            }
            string result = builder.ToString().TrimEnd();
            return i < text.Length ? result + " &#x2026;" : result;
        }
    }
}

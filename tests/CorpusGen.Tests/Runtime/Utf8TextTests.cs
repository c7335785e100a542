using System.Text;
using CorpusGen.Storage;

namespace CorpusGen.Tests.Runtime;

/// <summary>Stored UTF-8 compared with query strings: the comparison every key lookup ends with.</summary>
public class Utf8TextTests
{
    [Theory]
    [InlineData("003_586e28ac2cfd1d33", "003_586e28ac2cfd1d33", true)]
    [InlineData("003_586e28ac2cfd1d33", "003_586e28ac2cfd1d34", false)]
    [InlineData("orbán", "orbán", true)]
    [InlineData("", "", true)]
    [InlineData("a", "", false)]
    // "é" is two UTF-8 bytes C3 A9; the two chars U+00C3 U+00A9 ("Ã©") have the same values: not equal.
    [InlineData("é", "\u00C3\u00A9", false)]
    [InlineData("日本", "日本", true)]
    [InlineData("😀", "😀", true)]
    public void Equals_compares_texts_not_code_unit_values(string stored, string query, bool expected) =>
        Assert.Equal(expected, Utf8Text.Equals(Encoding.UTF8.GetBytes(stored), query));

    /// <summary>
    /// The compare used for keys standing in a hash slot: every length from 0 to 32 (the loop, and
    /// the two overlapping blocks of 4, 8 and 16), every position changed, and chars that equal an
    /// ASCII byte only in their low byte. The bytes are taken from a longer buffer, as in a slot.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EqualsAscii_finds_any_one_char_changed_at_any_length(bool blocks)
    {
        // The block compare (lookups in a warm image) and the plain one (an image's first lookups).
        Func<ReadOnlySpan<byte>, string, bool> equals = blocks ? Utf8Text.EqualsAscii : Utf8Text.EqualsAsciiPlain;
        const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789-_.ABCDEF";
        for (int n = 0; n <= 32; n++)
        {
            string key = Letters.Substring(0, n);
            byte[] room = new byte[40];
            Encoding.ASCII.GetBytes(key, 0, n, room, 3);
            ReadOnlySpan<byte> stored = room.AsSpan(3, n);

            Assert.True(equals(stored, key), $"length {n}");
            Assert.False(equals(stored, key + "x"), $"length {n} + 1");
            for (int i = 0; i < n; i++)
            {
                foreach (char other in new[] { 'Z', (char)(key[i] | 0x100), (char)(key[i] | 0x8000) })
                {
                    string changed = key.Substring(0, i) + other + key.Substring(i + 1);
                    Assert.False(equals(stored, changed), $"length {n}, char {i} changed to U+{(int)other:X4}");
                }
            }
        }
    }

    /// <summary>
    /// Stored strings are decoded without <c>Encoding.UTF8</c> when short: the result must be exactly
    /// what <c>Encoding.UTF8.GetString</c> gives, for valid text and for any bytes at all.
    /// </summary>
    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })]                     // overlong NUL
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]               // overlong, 3 bytes
    [InlineData(new byte[] { 0xF0, 0x80, 0x80, 0x80 })]         // overlong, 4 bytes
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]               // a high surrogate encoded
    [InlineData(new byte[] { 0xED, 0xB0, 0x80 })]               // a low surrogate encoded
    [InlineData(new byte[] { 0xED, 0x9F, 0xBF })]               // U+D7FF, just below them
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]         // above U+10FFFF
    [InlineData(new byte[] { 0x41, 0xE2, 0x82 })]               // truncated at the end
    [InlineData(new byte[] { 0x80, 0x41 })]                     // a lone continuation byte
    [InlineData(new byte[] { 0xE2, 0x41, 0x82, 0xAC })]         // a lead byte without its continuation
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]         // not a lead byte
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9 })] // "€😀é"
    public void Decode_matches_Encoding_UTF8_on_edge_cases(byte[] bytes) =>
        Assert.Equal(Encoding.UTF8.GetString(bytes), Utf8Text.Decode(bytes));

    [Fact]
    public void Decode_round_trips_any_text_and_matches_Encoding_UTF8_on_any_bytes()
    {
        var random = new Random(20261124);
        // Chars from every UTF-8 length class, and lone surrogates (which UTF-8 stores as U+FFFD).
        char[] alphabet = ['a', 'Z', '7', ' ', '\0', '\u007F', '\u0080', '\u00E9', '\u07FF', '\u0800', '\u20AC', '\uD7FF', '\uE000', '\uFFFD', '\uFFFF', '\uD83D', '\uDE00'];
        for (int round = 0; round < 5000; round++)
        {
            int length = random.Next(0, round % 10 == 0 ? 300 : 40);
            var text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                if (random.Next(8) == 0) text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                else text.Append(alphabet[random.Next(alphabet.Length)]);
            }
            byte[] utf8 = Encoding.UTF8.GetBytes(text.ToString());
            Assert.Equal(Encoding.UTF8.GetString(utf8), Utf8Text.Decode(utf8));

            // Any bytes: leads, continuations and ASCII mixed at random, so most sequences are broken somewhere.
            byte[] bytes = new byte[random.Next(0, 270)];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(4) switch
                {
                    0 => (byte)random.Next(0x00, 0x80),
                    1 => (byte)random.Next(0x80, 0xC0),
                    2 => (byte)random.Next(0xC0, 0xF8),
                    _ => (byte)random.Next(0xF8, 0x100),
                };
            }
            Assert.Equal(Encoding.UTF8.GetString(bytes), Utf8Text.Decode(bytes));

            // Valid text with one byte changed: broken in one place only.
            if (utf8.Length > 0)
            {
                utf8[random.Next(utf8.Length)] = (byte)random.Next(0x100);
                Assert.Equal(Encoding.UTF8.GetString(utf8), Utf8Text.Decode(utf8));
            }
        }
    }
}

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
    [Fact]
    public void EqualsAscii_finds_any_one_char_changed_at_any_length()
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789-_.ABCDEF";
        for (int n = 0; n <= 32; n++)
        {
            string key = Letters.Substring(0, n);
            byte[] room = new byte[40];
            Encoding.ASCII.GetBytes(key, 0, n, room, 3);
            ReadOnlySpan<byte> stored = room.AsSpan(3, n);

            Assert.True(Utf8Text.EqualsAscii(stored, key), $"length {n}");
            Assert.False(Utf8Text.EqualsAscii(stored, key + "x"), $"length {n} + 1");
            for (int i = 0; i < n; i++)
            {
                foreach (char other in new[] { 'Z', (char)(key[i] | 0x100), (char)(key[i] | 0x8000) })
                {
                    string changed = key.Substring(0, i) + other + key.Substring(i + 1);
                    Assert.False(Utf8Text.EqualsAscii(stored, changed), $"length {n}, char {i} changed to U+{(int)other:X4}");
                }
            }
        }
    }
}

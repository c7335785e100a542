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
}

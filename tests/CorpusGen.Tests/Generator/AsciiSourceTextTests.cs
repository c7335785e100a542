extern alias generator;

using System.Text;
using generator::CorpusGen.Generator.Emit;

namespace CorpusGen.Tests.Generator;

/// <summary>The generated source's text, held as ASCII bytes in chunks, reads as the string it stands for.</summary>
public class AsciiSourceTextTests
{
    [Fact]
    public void Text_written_across_chunks_reads_back_as_the_same_characters()
    {
        var writer = new SourceWriter();
        var expected = new StringBuilder();
        writer.Open();
        expected.Append("{\n");
        // More than two chunks of lines of varying length, so that lines and copies straddle chunk ends.
        for (int i = 0; expected.Length < 2 * AsciiSourceText.ChunkSize + 12_345; i++)
        {
            string line = "int x" + i + " = " + new string((char)('a' + i % 26), i % 97) + ";";
            writer.Line(line);
            expected.Append("    ").Append(line).Append('\n');
        }
        writer.Indent();
        writer.Append("\"");
        writer.AppendLiteralContent("Caf\u00e9 \"q\" \\ \U0001F600\n");
        writer.AppendAsciiLiteralContent("0\\\"z"u8.ToArray());
        writer.Append("\"u8;");
        writer.EndLine();
        expected.Append("    \"Caf\\u00E9 \\\"q\\\" \\\\ \\U0001F600\\u000A0\\\\\\\"z\"u8;\n");
        writer.Close();
        expected.Append("}\n");

        AsciiSourceText text = writer.ToSourceText();
        string all = expected.ToString();
        Assert.Equal(all.Length, text.Length);
        Assert.Equal(all, text.ToString());
        Assert.Equal(Encoding.UTF8.WebName, text.Encoding!.WebName);
        foreach (int at in new[] { 0, AsciiSourceText.ChunkSize - 1, AsciiSourceText.ChunkSize, 2 * AsciiSourceText.ChunkSize + 7, all.Length - 1 })
        {
            Assert.Equal(all[at], text[at]);
            int count = Math.Min(50, all.Length - at);
            var copy = new char[count + 3];
            text.CopyTo(at, copy, 3, count);
            Assert.Equal(all.Substring(at, count), new string(copy, 3, count));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => text[all.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(all.Length - 2, new char[10], 0, 3));
    }

    [Fact]
    public void An_identifier_outside_ascii_is_written_as_the_escape_csharp_reads_as_it()
    {
        var writer = new SourceWriter();
        writer.Line("public static int \u00c4rger\U0001D49C => 1;");
        Assert.Equal("public static int \\u00C4rger\\U0001D49C => 1;\n", writer.ToSourceText().ToString());
    }
}

extern alias generator;

using System.Globalization;
using CorpusGen.Storage.Format;
using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;
using ImageWriter = generator::CorpusGen.Generator.Emit.ImageWriter;

namespace CorpusGen.Tests.Runtime;

/// <summary>
/// The compile-time hash tables (ids, terms, entity names): a table's hash reads only the chars the
/// generator found to tell its keys apart (often a window of 8), so a few keys that differ
/// elsewhere share a hash; lookups must be exact either way, and a key that is not there must miss.
/// </summary>
public class HashLookupTests
{
    private static CorpusData Build(IEnumerable<(string Id, string Text)> documents, string assemblyName)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(documents.Select(d => TestDocument.FromString(d.Id + ".txt", d.Text)));
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(assemblyName: assemblyName), out Compilation output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return GeneratorHarness.LoadData(output);
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(63, 0x3F3F, 24)]
    [InlineData(64, 0x0100, -1)]
    [InlineData(4095, 0x2A15, 7)]
    [InlineData(262_143, 0x0001, -1)]
    [InlineData(ImageFormat.HashSlot.MaxRows - 1, 0x3F00, 3)]
    public void A_slot_head_is_printable_digits_and_gives_back_its_row(int row, int fingerprint, int inSlotLength)
    {
        var bytes = new byte[ImageFormat.HashSlot.HeadBytes];
        ImageFormat.HashSlot.Head(bytes, 0, row, fingerprint, inSlotLength);

        Assert.All(bytes, b => Assert.InRange(b, (byte)'0', (byte)'o'));
        ulong head = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.NotEqual(ImageFormat.HashSlot.EmptyHead, head);
        Assert.Equal(ImageFormat.HashSlot.HeadLow(fingerprint, inSlotLength), (uint)head);
        Assert.Equal(row, ImageFormat.HashSlot.Row(head));
    }

    [Fact]
    public void A_hash_table_with_more_keys_than_a_head_can_number_is_refused()
    {
        var bytes = new byte[ImageFormat.HashSlot.HeadBytes];
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageFormat.HashSlot.Head(bytes, 0, ImageFormat.HashSlot.MaxRows, 1, -1));
    }

    [Fact]
    public void Keys_that_differ_only_outside_the_hash_window_share_a_hash_and_are_still_found_exactly()
    {
        // 300 ids told apart by their first 8 chars, and two more that differ from two of them only
        // at char 8: few enough to share a hash (one in a thousand, and two, may) for the window to be chosen.
        List<string> ids = Enumerable.Range(0, 300).Select(i => "k" + i.ToString("D4", CultureInfo.InvariantCulture) + "-tail").ToList();
        ids.AddRange(["k0001-taIl", "k0002-taIl"]);
        var scheme = ImageWriter.HashSchemeFor(ids);
        Assert.Equal("FirstChars", scheme.ToString());
        Assert.Equal(scheme.Hash("k0001-tail"), scheme.Hash("k0001-taIl"));

        CorpusData data = Build(ids.Select(id => (id, $"Story {id} of the archive.\n\nIt has a body.\n")), "WindowKeys");

        foreach (string id in ids) Assert.Equal(id, data.ById(id)!.Id);
        Assert.Null(data.ById("k0001-taiL"));
        Assert.Null(data.ById("k0003-taIl"));
        Assert.Null(data.ById("k0300-tail"));
    }

    [Fact]
    public void Keys_that_differ_only_in_the_middle_of_long_ids_are_hashed_whole_and_found_exactly()
    {
        string Id(int i) => "newsroom-archive-desk-" + i.ToString("D3", CultureInfo.InvariantCulture) + "-story-text-and-pictures";
        Assert.Equal(ImageFormat.HashId(Id(0)), ImageFormat.HashId(Id(199)));
        Assert.Equal("EveryChar", ImageWriter.HashSchemeFor(Enumerable.Range(0, 200).Select(Id).ToList()).ToString());

        CorpusData data = Build(Enumerable.Range(0, 200).Select(i => (Id(i), $"Story {i} of the archive.\n\nIt has a body.\n")), "MiddleKeys");

        for (int i = 0; i < 200; i++) Assert.Equal(i, data.ById(Id(i))!.Index);
        Assert.Null(data.ById(Id(200)));
        Assert.Null(data.ById(Id(0).ToUpperInvariant()));
        Assert.Null(data.ById(Id(0).Remove(24, 1)));
    }

    [Theory]
    [InlineData("abcdefgh", 0)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 0)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 5)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 18)]
    public void A_window_hash_reads_its_8_chars_and_the_length_and_nothing_else(string key, int start)
    {
        uint hash = ImageFormat.HashWindow(key, start);
        for (int i = 0; i < key.Length; i++)
        {
            string changed = key.Substring(0, i) + (char)(key[i] + 1) + key.Substring(i + 1);
            if (i >= start && i < start + 8) Assert.NotEqual(hash, ImageFormat.HashWindow(changed, start));
            else Assert.Equal(hash, ImageFormat.HashWindow(changed, start));
        }
        Assert.NotEqual(hash, ImageFormat.HashWindow(key + "a", start));
    }

    [Theory]
    [InlineData("FromStart", 3, "0123456789", 2)]
    [InlineData("FromStart", 3, "0123456789abcdef", 3)]
    [InlineData("FromEnd", 3, "0123456789", 0)]
    [InlineData("FromEnd", 3, "0123456789abcdef", 5)]
    [InlineData("LastChars", 0, "0123456789abcdef", 8)]
    [InlineData("FirstChars", 0, "0123456789abcdef", 0)]
    [InlineData("LastChars", 0, "01234567", 0)]
    public void A_window_is_clamped_into_the_key(string kind, int offset, string key, int start)
    {
        Assert.Equal(ImageFormat.HashWindow(key, start), new ImageFormat.HashScheme(Enum.Parse<ImageFormat.HashKind>(kind), offset).Hash(key));
    }

    [Theory]
    [InlineData("FirstChars")]
    [InlineData("LastChars")]
    [InlineData("FromStart")]
    [InlineData("FromEnd")]
    public void A_window_scheme_reads_keys_shorter_than_8_whole(string kind)
    {
        foreach (string key in new[] { "", "a", "abc", "abcd", "abcdefg" })
        {
            Assert.Equal(ImageFormat.HashId(key), new ImageFormat.HashScheme(Enum.Parse<ImageFormat.HashKind>(kind), 4).Hash(key));
        }
    }

    [Fact]
    public void Keys_in_the_slot_and_keys_too_long_for_it_are_both_found()
    {
        // A printable ASCII key that fits the table's key room (here 24 bytes, the most) stands in its
        // slot as its own bytes (quotes escaped in the literal); a longer key, or one with other
        // chars, is named by its string id and compared where its text is.
        string[] ids = ["quote\"mark", "brace{and}'apos'", "exactly-24-chars-long-id", "twenty-five-chars-long-id", new string('x', 40), "tab\tinside"];
        CorpusData data = Build(ids.Select(id => (id, $"Text of {id.Length} chars.\n\nMore words here.\n")), "InlineKeys");

        Assert.Equal(ids.Order(StringComparer.Ordinal), data.Articles.Select(a => a.Id));
        foreach (string id in ids) Assert.Equal(id, data.ById(id)?.Id);
        Assert.Null(data.ById("quote\"marK"));
        Assert.Null(data.ById("twenty-five-chars-long-iD"));
        Assert.Null(data.ById(new string('x', 39) + "y"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("abc")]
    [InlineData("abcd")]
    [InlineData("abcdefg")]
    [InlineData("abcdefgh")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("abcdefghijklmnopq")]
    public void The_hash_reads_every_char_of_keys_up_to_16_chars(string key)
    {
        for (int i = 0; i < key.Length; i++)
        {
            string changed = key.Substring(0, i) + (char)(key[i] + 1) + key.Substring(i + 1);
            if (key.Length <= 16) Assert.NotEqual(ImageFormat.HashId(key), ImageFormat.HashId(changed));
        }
        Assert.NotEqual(ImageFormat.HashId(key), ImageFormat.HashId(key + "a"));
    }

    [Fact]
    public void Non_ascii_and_same_length_keys_compare_by_their_utf8_bytes()
    {
        CorpusData data = Build(
        [
            ("caf\u00E9-1", "Un caf\u00E9 cr\u00E8me.\n\nThe na\u00EFve r\u00E9sum\u00E9 and the caf\u00E9.\n"),
            ("cafe-12", "A plain cafe.\n\nNothing else here.\n"),
        ], "NonAscii");

        Assert.Equal("cafe-12", data.ById("cafe-12")!.Id);
        Assert.Equal("caf\u00E9-1", data.ById("caf\u00E9-1")!.Id);
        // Same UTF-16 length as "café-1", same code-unit values as its UTF-8 bytes would be if read as Latin-1: no match.
        Assert.Null(data.ById("caf\u00C3\u00A9-1"));
        Assert.Equal(1, data.DocumentFrequency("na\u00EFve"));
        Assert.Equal(1, data.DocumentFrequency("r\u00E9sum\u00E9"));
        Assert.Equal(0, data.DocumentFrequency("r\u00E9sum"));
    }

    [Fact]
    public void Keys_of_every_length_are_found_and_one_changed_char_misses()
    {
        // Lengths 1 to 30: in the slot up to the table's key room, and beyond it by their text.
        string Id(int n) => string.Concat(Enumerable.Range(0, n).Select(i => (char)('a' + (i * 7 + n) % 26)));
        CorpusData data = Build(Enumerable.Range(1, 30).Select(n => (Id(n), $"Story {n}.\n\nIt has a body.\n")), "EveryLength");
        int lookups = 0;
        void Check()
        {
            for (int n = 1; n <= 30; n++)
            {
                string id = Id(n);
                Assert.Equal(id, data.ById(id)?.Id);
                lookups++;
                foreach (int i in new[] { 0, n / 2, n - 1 })
                {
                    string changed = id.Substring(0, i) + (char)(id[i] == 'z' ? 'a' : id[i] + 1) + id.Substring(i + 1);
                    if (changed != Id(n)) Assert.Null(data.ById(changed));
                    lookups++;
                }
                Assert.Null(data.ById(id.Substring(0, n - 1) + (char)(id[n - 1] | 0x100)));
                lookups++;
            }
        }

        // A fresh image's first lookups take the plain compare, then the block compare takes over;
        // each checks every key here (the count set so that one does all of them).
        Assert.Equal(CorpusGen.Storage.CorpusImage.PlainLookups, data.Image.PlainLookupsLeft);
        data.Image.PlainLookupsLeft = int.MaxValue;
        Check();
        Assert.Equal(int.MaxValue - lookups, data.Image.PlainLookupsLeft);
        data.Image.PlainLookupsLeft = 0;
        Check();
        Assert.Equal(0, data.Image.PlainLookupsLeft);
    }

    [Fact]
    public void An_image_takes_the_plain_compare_for_its_first_lookups_only()
    {
        CorpusData data = Build([("first-article", "A story.\n\nA body.\n"), ("second-article", "Another.\n\nIts body.\n")], "PlainFirst");
        for (int i = 0; i < CorpusGen.Storage.CorpusImage.PlainLookups; i++)
        {
            Assert.Equal(CorpusGen.Storage.CorpusImage.PlainLookups - i, data.Image.PlainLookupsLeft);
            Assert.Equal(i % 2, data.ById(i % 2 == 0 ? "first-article" : "second-article")!.Index);
        }
        Assert.Equal(0, data.Image.PlainLookupsLeft);
        Assert.Equal(1, data.ById("second-article")!.Index);
        Assert.Null(data.ById("third-article"));
        Assert.Equal(0, data.Image.PlainLookupsLeft);
    }

    private delegate ReadOnlySpan<byte> BlobGetter(int id);

    /// <summary>An image whose blobs are new arrays on every call (a hand-written image could be): not static data.</summary>
    private sealed class CopyingImage(BlobGetter inner) : CorpusGen.Storage.CorpusImage
    {
        protected override ReadOnlySpan<byte> GetBlob(int id) => inner(id).ToArray();
    }

    [Fact]
    public void An_image_whose_blobs_are_not_static_data_is_refused_not_misread()
    {
        CorpusData data = Build([("one", "A story.\n\nA body.\n")], "Copying");
        CorpusGen.Storage.CorpusImage image = data.Image;
        var getBlob = image.GetType().GetMethod("GetBlob", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        var copying = new CopyingImage(getBlob.CreateDelegate<BlobGetter>(image));

        var error = Assert.Throws<InvalidOperationException>(() => copying.FindKey(ImageFormat.Table.IdHash, "one"));
        Assert.Contains("not static data", error.Message);
        Assert.Equal(0, data.Image.FindKey(ImageFormat.Table.IdHash, "one"));
    }

    /// <summary>An image whose header gives a hash table more blobs than the image has.</summary>
    private sealed class ShortHeaderImage(BlobGetter inner, byte[] header) : CorpusGen.Storage.CorpusImage
    {
        protected override ReadOnlySpan<byte> GetBlob(int id) => id == 0 ? header : inner(id);
    }

    [Theory]
    // A probe reads the blob table without a bounds check, because opening the image checked that
    // every hash table's blobs are in it: an image that says it has one blob is refused.
    [InlineData("blob count", 1)]
    // A hash kind this runtime does not know would hash keys as no writer did.
    [InlineData("id hash kind", 63)]
    [InlineData("entity hash kind", 6)]
    public void An_image_whose_hash_tables_are_malformed_is_refused_when_opened(string field, int value)
    {
        CorpusData data = Build([("one", "A story.\n\nA body.\n")], "ShortHeader");
        CorpusGen.Storage.CorpusImage image = data.Image;
        var getBlob = image.GetType().GetMethod("GetBlob", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        BlobGetter inner = getBlob.CreateDelegate<BlobGetter>(image);
        byte[] header = inner(0).ToArray();

        // Walk the header as CorpusImage does: version, articles, tables (rows, first blob, rows per
        // blob, columns, widths), the first text blob, the blob count, then each hash table's kind
        // and window offset (ids, terms, entity names).
        int position = 0;
        var at = new Dictionary<string, int>();
        int Next(string? name = null)
        {
            if (name is not null) at[name] = position;
            int read = PackedDigits.Read(header, position, ImageFormat.HeaderDigits);
            position += ImageFormat.HeaderDigits;
            return read;
        }
        Next();
        Next();
        int tables = Next();
        for (int t = 0; t < tables; t++)
        {
            Next();
            Next();
            Next();
            int columns = Next();
            for (int c = 0; c < columns; c++) Next();
        }
        Next();
        Assert.True(Next("blob count") > 1);
        foreach (string table in new[] { "id", "term", "entity" })
        {
            Assert.InRange(Next(table + " hash kind"), 0, (int)ImageFormat.HashKind.FromEnd);
            Next();
        }
        // The rest is padding (the header blob is a whole number of rows): zero digits.
        Assert.All(header.AsSpan(position).ToArray(), b => Assert.Equal(PackedDigits.Zero, b));
        new ShortHeaderImage(inner, header).FindKey(ImageFormat.Table.IdHash, "one"); // the header as written opens

        PackedDigits.Write(header, at[field], ImageFormat.HeaderDigits, value);

        var error = Assert.Throws<InvalidOperationException>(() => new ShortHeaderImage(inner, header));
        Assert.Contains("malformed hash table", error.Message);
    }
}

using CorpusGen.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Generator;

/// <summary>The gazetteer of a corpus: what a broken one reports, and where; identifiers; near-miss and unlinked-name diagnostics in the documents.</summary>
public class GazetteerTests
{
    private static (IReadOnlyList<Diagnostic> Diagnostics, string Source, CorpusData Data) Run(string json, params (string Name, string Text)[] documents)
    {
        var files = documents.Select(d => TestDocument.FromString(d.Name, d.Text)).Append(TestDocument.Gazetteer(json)).ToList();
        var (result, output, _) = GeneratorHarness.Run(files);
        Assert.Equal("", GeneratorHarness.Errors(output));
        var data = GeneratorHarness.LoadData(output);
        return (result.Diagnostics, result.GeneratedTrees.Single().ToString(), data);
    }

    private static readonly (string, string)[] OneArticle = [("a.txt", "Mark Rutte met Geert Wilders in The Hague. Rutte said no.")];

    [Fact]
    public void Bad_json_is_an_error_at_its_position_and_no_entity_is_linked()
    {
        var (diagnostics, _, data) = Run("[\n  { \"name\": \"Mark Rutte\" },\n  { \"name\": \"Geert Wilders\" \n]", OneArticle);
        Diagnostic d = Assert.Single(diagnostics, x => x.Id == "CG0015");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("/corpus/entities.json", d.Location.GetLineSpan().Path);
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(data.Entities);
        Assert.Empty(data.Articles[0].EntityMentions);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\" }", 0, "it is not a JSON array of entities")]
    [InlineData("[ 42, { \"name\": \"Mark Rutte\" } ]", 0, "an entry is not an object")]
    [InlineData("[\n { \"kind\": \"Person\" },\n { \"name\": \"Mark Rutte\" } ]", 1, "an entry has no \"name\"")]
    [InlineData("[\n { \"name\": \"Mark Rutte\", \"aliases\": \"Rutte\" } ]", 1, "\"aliases\" must be an array of text")]
    [InlineData("[\n { \"name\": \"\" },\n { \"name\": \"Mark Rutte\" } ]", 1, "\"name\" must be non-empty text")]
    public void Each_broken_entry_is_reported_where_it_is_and_left_out(string json, int line, string message)
    {
        var (diagnostics, _, data) = Run(json, OneArticle);
        Diagnostic d = Assert.Single(diagnostics, x => x.Id == "CG0015");
        Assert.Contains(message, d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.True(data.Entities.Count <= 1);
    }

    [Fact]
    public void A_name_given_twice_keeps_the_first_entry()
    {
        var (diagnostics, _, data) = Run("[\n{ \"name\": \"Mark Rutte\", \"kind\": \"Person\" },\n{ \"name\": \"Mark Rutte\", \"kind\": \"Party\" }\n]", OneArticle);
        Diagnostic d = Assert.Single(diagnostics, x => x.Id == "CG0016");
        Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Person", Assert.Single(data.Entities).Kind);
    }

    [Fact]
    public void An_alias_claimed_by_two_entities_stays_with_the_first()
    {
        var (diagnostics, _, data) = Run("[\n{ \"name\": \"Mark Rutte\", \"aliases\": [\"MR\"] },\n{ \"name\": \"Mark Rutter\", \"aliases\": [\"MR\", \"Rutter\"] },\n{ \"name\": \"MR\" }\n]", OneArticle);
        Diagnostic[] claimed = diagnostics.Where(x => x.Id == "CG0017").ToArray();
        Assert.Equal(2, claimed.Length);
        Assert.Equal([2, 3], claimed.Select(c => c.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(["Rutter"], data.EntityByName("Mark Rutter")!.Aliases);
        Assert.Empty(data.EntityByName("Mark Rutte")!.Aliases); // a name is never dropped, so the earlier alias is
    }

    [Fact]
    public void Near_misses_warn_at_the_spelling_and_unlinked_names_are_suggested_once()
    {
        var (diagnostics, _, data) = Run(
            "[ { \"name\": \"ChristenUnie\", \"kind\": \"Party\" }, { \"name\": \"Mark Rutte\", \"kind\": \"Person\" } ]",
            ("a.txt", "The talks failed.\n\nBut the Christen Unie said no to\nMark Rutte, and so did Caroline van der Plas."),
            ("b.txt", "Caroline van der Plas agreed with Mark Rutte."));
        Diagnostic near = Assert.Single(diagnostics, x => x.Id == "CG0018");
        Assert.Equal(DiagnosticSeverity.Warning, near.Severity);
        Assert.Equal("/corpus/a.txt", near.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(2, 8), near.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(new LinePosition(2, 21), near.Location.GetLineSpan().EndLinePosition);
        Assert.Contains("'Christen Unie' is linked to entity 'ChristenUnie'", near.GetMessage(), StringComparison.Ordinal);

        Diagnostic unlinked = Assert.Single(diagnostics, x => x.Id == "CG0019");
        Assert.Equal(DiagnosticSeverity.Info, unlinked.Severity);
        Assert.Contains("'Caroline van der Plas' is not in the gazetteer of corpus 'News' (2 mention(s))", unlinked.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new LinePosition(3, 23), unlinked.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(["Caroline van der Plas"], data.Articles[1].UnlinkedMentions.Select(u => u.Text));
    }

    [Fact]
    public void Entity_properties_get_valid_unique_identifiers()
    {
        var (_, source, data) = Run(
            "[ {\"name\": \"People's Party\"}, {\"name\": \"People’s Party\"}, {\"name\": \"66\"}, {\"name\": \"All\"}, {\"name\": \"Entities\"}, {\"name\": \"Orbán\"}, {\"name\": \"*/ #error\"} ]",
            OneArticle);
        foreach (string property in new[] { "PeoplesParty =>", "PeoplesParty_2 =>", "_66 =>", "All_2 =>", "Entities_2 =>", "Orb\\u00E1n =>", "Error =>" })
        {
            Assert.Contains("public static global::CorpusGen.Entity " + property, source, StringComparison.Ordinal);
        }
        Assert.Equal(7, data.Entities.Count);
    }
}

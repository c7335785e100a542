using CorpusGen.Analysis;
using CorpusGen.Tests.Support;
using static CorpusGen.Analysis.MentionMatch;

namespace CorpusGen.Tests.Analysis.Entities;

/// <summary>The matcher on the five seed articles, with a gazetteer of what they name.</summary>
public class SeedEntityTests
{
    public static readonly GazetteerEntry[] Gazetteer =
    [
        new("Mark Rutte", "Person", ["Teflon Mark"]),          // 0
        new("Geert Wilders", "Person", []),                     // 1
        new("Marjolein Faber", "Person", []),                   // 2
        new("Sigrid Kaag", "Person", []),                       // 3
        new("Viktor Orbán", "Person", []),                      // 4
        new("ChristenUnie", "Party", ["Christian Union"]),      // 5
        new("VVD", "Party", ["People's Party for Freedom and Democracy"]), // 6
        new("D66", "Party", ["Democrats 66"]),                  // 7
        new("CDA", "Party", ["Christian Democratic Appeal"]),   // 8
        new("PVV", "Party", ["Party for Freedom"]),             // 9
        new("NOS", "Outlet", []),                               // 10
        new("Reuters", "Outlet", []),                           // 11
        new("RTL", "Outlet", []),                               // 12
        new("AFP", "Outlet", []),                               // 13
        new("Sky News", "Outlet", []),                          // 14
        new("News.Az", "Outlet", []),                           // 15
        new("IND", "Agency", ["Immigration and Naturalisation Service"]), // 16
        new("EU", "Organisation", ["European Union"]),          // 17
        new("European Commission", "Organisation", ["EU Commission"]), // 18
        new("The Hague", "Place", []),                          // 19
        new("Netherlands", "Place", []),                        // 20
        new("Europe", "Place", []),                             // 21
        new("Hungary", "Place", []),                            // 22
        new("Poland", "Place", []),                             // 23
        new("Africa", "Place", []),                             // 24
        new("Middle East", "Place", []),                        // 25
        new("Mediterranean", "Place", []),                      // 26
    ];

    public static readonly EntityMatcher Matcher = new(Gazetteer);

    private static DocumentAnalysis Seed(string prefix)
    {
        string file = Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single();
        return DocumentAnalyzer.Analyze(File.ReadAllText(file));
    }

    private static (DocumentAnalysis, EntityMatches) Matched(string prefix)
    {
        DocumentAnalysis analysis = Seed(prefix);
        return (analysis, Matcher.Match(analysis.Text, analysis.Sentences));
    }

    /// <summary>Every mention: entity, the text as written, how, edit distance, title, sentence.</summary>
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Mentions_per_seed(string prefix)
    {
        (DocumentAnalysis analysis, EntityMatches matches) = Matched(prefix);
        (int, string, MentionMatch, int, string?, int)[] expected = prefix switch
        {
            "000" => Mentions000,
            "001" => Mentions001,
            "002" => Mentions002,
            "003" => Mentions003,
            _ => Mentions004,
        };
        Assert.Equal(expected, matches.Mentions.Select(m => (m.Entity, analysis.Text.Substring(m.Start, m.Length), m.How, m.EditDistance, m.Title, m.Sentence)));
        Assert.All(matches.Mentions, m => Assert.InRange(m.Start, analysis.Sentences[m.Sentence].Start, analysis.Sentences[m.Sentence].Start + analysis.Sentences[m.Sentence].Length - m.Length));
    }

    /// <summary>Every capitalised name or acronym that matched no entry: text and sentence.</summary>
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Unlinked_names_per_seed(string prefix)
    {
        (DocumentAnalysis analysis, EntityMatches matches) = Matched(prefix);
        (string, int)[] expected = prefix switch
        {
            "000" => Unlinked000,
            "001" => Unlinked001,
            "002" => Unlinked002,
            "003" => Unlinked003,
            _ => Unlinked004,
        };
        Assert.Equal(expected, matches.Unlinked.Select(u => (u.Text, u.Sentence)));
        Assert.All(matches.Unlinked, u => Assert.Equal(u.Text, analysis.Text.Substring(u.Start, u.Length)));
    }

    [Fact]
    public void The_near_misses_of_the_seeds()
    {
        var nearMisses = new[] { "000", "001", "002", "003", "004" }
            .SelectMany(prefix => { (DocumentAnalysis a, EntityMatches m) = Matched(prefix); return m.Mentions.Where(x => x.How == NearMiss).Select(x => (prefix, a.Text.Substring(x.Start, x.Length), Gazetteer[x.Entity].Name, x.EditDistance)); });
        Assert.Equal([("000", "Christen Unie", "ChristenUnie", 1), ("001", "Christen Unie", "ChristenUnie", 1), ("002", "ChritenUnie", "ChristenUnie", 1),
                      ("003", "Christian Democrat Appeal", "CDA", 2)], nearMisses);
    }

    [Fact]
    public void A_surname_before_the_full_name_is_neither_linked_nor_reported()
    {
        // 001 opens with "Rutte, or \"Teflon Mark\" ..." : the surname comes before any full mention.
        (DocumentAnalysis analysis, EntityMatches matches) = Matched("001");
        Assert.StartsWith("Rutte, or", analysis.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(matches.Mentions, m => m.Start == 0);
        Assert.DoesNotContain(matches.Unlinked, u => u.Start == 0);
    }

    private static readonly (int, string, MentionMatch, int, string?, int)[] Mentions000 =
    [
        (20, "Netherlands", Name, 0, null, 0),
        (0, "Mark Rutte", Name, 0, "Prime Minister", 1),
        (20, "Netherlands", Name, 0, null, 1),
        (10, "NOS", Acronym, 0, null, 1),
        (12, "RTL", Acronym, 0, null, 1),
        (0, "Rutte", Surname, 0, "Prime Minister", 2),
        (11, "Reuters", Name, 0, null, 3),
        (19, "The Hague", Name, 0, null, 3),
        (20, "Netherlands", Name, 0, null, 4),
        (0, "Rutte", Surname, 0, null, 4),
        (6, "VVD", Acronym, 0, null, 4),
        (20, "Netherlands", Name, 0, null, 5),
        (5, "Christen Unie", NearMiss, 1, null, 6),
        (20, "Netherlands", Name, 0, null, 6),
        (0, "Mark Rutte", Name, 0, null, 9),
        (0, "Teflon Mark", Alias, 0, null, 9),
        (20, "Netherlands", Name, 0, null, 10),
        (1, "Geert Wilders", Name, 0, null, 10),
        (0, "Rutte", Surname, 0, null, 10),
        (4, "Viktor Orban", Name, 0, "Hungarian Prime Minister", 11),
        (21, "Europe", Name, 0, null, 11),
        (0, "Rutte", Surname, 0, null, 13),
        (20, "Netherlands", Name, 0, null, 15),
        (20, "Netherlands", Name, 0, null, 16),
        (20, "Netherlands", Name, 0, null, 18),
        (16, "Immigration and Naturalisation Service", Alias, 0, null, 20),
        (16, "IND", Acronym, 0, null, 20),
        (20, "Netherlands", Name, 0, null, 21),
        (20, "Netherlands", Name, 0, null, 23),
    ];

    private static readonly (string, int)[] Unlinked000 = [("ANP", 1), ("Christian Democratic", 6), ("Bible Belt", 6)];

    private static readonly (int, string, MentionMatch, int, string?, int)[] Mentions001 =
    [
        (0, "Teflon Mark", Alias, 0, null, 0),
        (6, "VVD", Acronym, 0, null, 0),
        (0, "Mark Rutte", Name, 0, "Dutch Prime Minister", 1),
        (20, "Netherlands", Name, 0, null, 1),
        (0, "Rutte", Surname, 0, null, 2),
        (10, "NOS", Acronym, 0, null, 3),
        (6, "VVD", Acronym, 0, null, 5),
        (0, "Rutte", Surname, 0, null, 5),
        (10, "NOS", Acronym, 0, null, 5),
        (0, "Rutte", Surname, 0, null, 7),
        (5, "Christen Unie", NearMiss, 1, null, 8),
        (7, "D66", Acronym, 0, null, 8),
        (3, "Sigrid Kaag", Name, 0, "Finance Minister", 8),
        (17, "EU", Acronym, 0, null, 10),
        (23, "Poland", Name, 0, null, 10),
        (22, "Hungary", Name, 0, null, 10),
        (17, "EU", Acronym, 0, null, 10),
        (17, "EU", Acronym, 0, null, 11),
        (17, "EU", Acronym, 0, null, 13),
        (0, "Rutte", Surname, 0, null, 14),
    ];

    private static readonly (string, int)[] Unlinked001 = [("Christian Democratic", 8)];

    private static readonly (int, string, MentionMatch, int, string?, int)[] Mentions002 =
    [
        (0, "Mark Rutte", Name, 0, "Dutch Prime Minister", 0),
        (13, "AFP", Acronym, 0, null, 0),
        (19, "The Hague", Name, 0, null, 2),
        (10, "NOS", Acronym, 0, null, 2),
        (0, "Rutte", Surname, 0, null, 3),
        (0, "Rutte", Surname, 0, null, 4),
        (6, "VVD", Acronym, 0, null, 5),
        (0, "Mark Rutte", Name, 0, "Prime Minister", 7),
        (8, "CDA", Acronym, 0, null, 8),
        (7, "D66", Acronym, 0, null, 8),
        (5, "ChritenUnie", NearMiss, 1, null, 8),
        (20, "Netherlands", Name, 0, null, 8),
        (20, "Netherlands", Name, 0, null, 9),
        (0, "Rutte", Surname, 0, null, 10),
        (6, "VVD", Acronym, 0, null, 10),
        (5, "ChristenUnie", Name, 0, null, 12),
        (7, "D66", Acronym, 0, null, 12),
        (5, "ChristenUnie", Name, 0, null, 13),
        (7, "D66", Acronym, 0, null, 13),
        (0, "Rutte", Surname, 0, null, 13),
        (10, "NOS", Acronym, 0, null, 13),
    ];

    private static readonly (string, int)[] Unlinked002 = [("Teflon", 4), ("Christian Democrats", 8), ("NRC", 10)];

    private static readonly (int, string, MentionMatch, int, string?, int)[] Mentions003 =
    [
        (0, "Mark Rutte", Name, 0, "Dutch Prime Minister", 0),
        (15, "News.Az", Name, 0, null, 1),
        (14, "Sky News", Name, 0, null, 1),
        (0, "Rutte", Surname, 0, "Mr.", 2),
        (19, "The Hague", Name, 0, null, 3),
        (0, "Rutte", Surname, 0, "Mr.", 6),
        (6, "People's Party for Freedom and Democracy", Alias, 0, null, 7),
        (6, "VVD", Acronym, 0, null, 7),
        (0, "Rutte", Surname, 0, "Mr", 7),
        (0, "Rutte", Surname, 0, "Mr.", 10),
        (6, "VVD", Acronym, 0, null, 10),
        (8, "Christian Democrat Appeal", NearMiss, 2, null, 10),
        (8, "CDA", Acronym, 0, null, 10),
        (7, "Democrats 66", Alias, 0, null, 10),
        (7, "D66", Acronym, 0, null, 10),
        (5, "Christian Union", Alias, 0, null, 10),
        (5, "ChristenUnie", Name, 0, null, 10),
        (20, "Netherlands", Name, 0, null, 11),
        (0, "Rutte", Surname, 0, "Mr.", 12),
        (0, "Rutte", Surname, 0, "Mr.", 12),
    ];

    private static readonly (string, int)[] Unlinked003 = [];

    private static readonly (int, string, MentionMatch, int, string?, int)[] Mentions004 =
    [
        (20, "Netherlands", Name, 0, null, 0),
        (1, "Geert Wilders", Name, 0, null, 0),
        (9, "PVV", Acronym, 0, null, 0),
        (9, "PVV", Acronym, 0, null, 1),
        (17, "EU", Acronym, 0, null, 2),
        (1, "Wilders", Surname, 0, null, 3),
        (1, "Wilders", Surname, 0, null, 4),
        (22, "Hungary", Name, 0, null, 4),
        (2, "Marjolein Faber", Name, 0, null, 5),
        (9, "PVV", Acronym, 0, null, 5),
        (18, "EU Commission", Alias, 0, null, 5),
        (20, "Netherlands", Name, 0, null, 5),
        (21, "Europe", Name, 0, null, 5),
        (2, "Faber", Surname, 0, null, 6),
        (20, "Netherlands", Name, 0, null, 7),
        (2, "Faber", Surname, 0, null, 8),
        (20, "Netherlands", Name, 0, null, 8),
        (18, "European Commission", Name, 0, null, 9),
        (2, "Faber", Surname, 0, null, 9),
        (17, "EU", Acronym, 0, null, 10),
        (1, "Wilders", Surname, 0, null, 11),
        (20, "Netherlands", Name, 0, null, 11),
        (24, "Africa", Name, 0, null, 11),
        (25, "Middle East", Name, 0, null, 11),
    ];

    private static readonly (string, int)[] Unlinked004 = [("Treaty", 7)];
}

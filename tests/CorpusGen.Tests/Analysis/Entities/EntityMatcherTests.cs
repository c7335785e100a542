using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis.Entities;

public class EntityMatcherTests
{
    private static readonly EntityMatcher Dutch = new(
    [
        new("Mark Rutte", "Person", ["Teflon Mark"]),     // 0
        new("Geert Wilders", "Person", []),                // 1
        new("Marjolein Faber", "Person", []),              // 2
        new("ChristenUnie", "Party", ["Christian Union"]), // 3
        new("VVD", "Party", ["People's Party for Freedom and Democracy"]), // 4
        new("D66", "Party", []),                           // 5
        new("CDA", "Party", []),                           // 6
        new("The Hague", "Place", []),                     // 7
        new("Viktor Orbán", "Person", []),                 // 8
        new("Conan O’Brien", "Person", []),                // 9
        new("Caroline van der Plas", "Person", []),        // 10
    ]);

    private static DocumentAnalysis Analyze(string text) => DocumentAnalyzer.Analyze(text);

    /// <summary>The mentions as (entity, text as written, how).</summary>
    private static (int, string, MentionMatch)[] Mentions(EntityMatcher matcher, string text)
    {
        DocumentAnalysis analysis = Analyze(text);
        EntityMatches matches = matcher.Match(analysis.Text, analysis.Sentences);
        return matches.Mentions.Select(m => (m.Entity, analysis.Text.Substring(m.Start, m.Length), m.How)).ToArray();
    }

    private static string[] Unlinked(EntityMatcher matcher, string text)
    {
        DocumentAnalysis analysis = Analyze(text);
        return matcher.Match(analysis.Text, analysis.Sentences).Unlinked.Select(u => u.Text).ToArray();
    }

    // ---- names and aliases ----

    [Fact]
    public void Name_and_alias_on_word_boundaries()
    {
        Assert.Equal([(0, "Mark Rutte", MentionMatch.Name), (0, "Teflon Mark", MentionMatch.Alias), (3, "Christian Union", MentionMatch.Alias)],
            Mentions(Dutch, "Mark Rutte, or Teflon Mark, met the Christian Union."));
        // Not on word boundaries: no exact match; the long name still near-matches.
        Assert.Equal([(0, "Mark Ruttes", MentionMatch.NearMiss), (0, "MarkRutte", MentionMatch.NearMiss)],
            Mentions(Dutch, "Mark Ruttes and MarkRutte and Teflon Markets are not him."));
        Assert.Empty(Mentions(Dutch, "The VVDs, D666, xD66 and CDAx are not parties."));
    }

    [Fact]
    public void Case_sensitive_but_apostrophes_and_diacritics_fold()
    {
        Assert.Empty(Mentions(Dutch, "The mark rutte of the christian union."));
        Assert.Equal([(8, "Viktor Orban", MentionMatch.Name), (9, "Conan O'Brien", MentionMatch.Name)],
            Mentions(Dutch, "Viktor Orban met Conan O'Brien."));
        Assert.Equal([(8, "Viktor Orbán", MentionMatch.Name)], Mentions(Dutch, "Viktor Orbán spoke."));
    }

    [Fact]
    public void A_multi_word_name_does_not_cross_punctuation_or_sentences()
    {
        Assert.Empty(Mentions(Dutch, "He said Mark. Rutte said nothing, and Christian, Union members left."));
    }

    [Fact]
    public void Longest_match_wins()
    {
        var matcher = new EntityMatcher([new("Mark Rutte", "Person", []), new("Rutte", "Company", []), new("Mark", "Brand", [])]);
        Assert.Equal([(0, "Mark Rutte", MentionMatch.Name)], Mentions(matcher, "Prime Minister Mark Rutte spoke."));
        Assert.Equal([(1, "Rutte", MentionMatch.Name), (2, "Mark", MentionMatch.Name)], Mentions(matcher, "Rutte sells Mark."));
    }

    [Fact]
    public void A_name_beats_an_alias_of_the_same_length_and_an_earlier_entry_wins_a_tie()
    {
        var matcher = new EntityMatcher([new("Alpha", "Org", ["Beta"]), new("Beta", "Org", []), new("Gamma", "Org", []), new("Gamma", "Org", [])]);
        Assert.Equal([(1, "Beta", MentionMatch.Name), (2, "Gamma", MentionMatch.Name)], Mentions(matcher, "Beta and Gamma."));
    }

    // ---- possessives ----

    [Theory]
    [InlineData("Mark Rutte\u2019s party won.", 0, "Mark Rutte")]
    [InlineData("Mark Rutte's party won.", 0, "Mark Rutte")]
    [InlineData("Geert Wilders\u2019 party won.", 1, "Geert Wilders")]
    [InlineData("Geert Wilders' party won.", 1, "Geert Wilders")]
    [InlineData("The VVD\u2019s leader won.", 4, "VVD")]
    public void Possessives_link_and_the_span_stops_before_the_apostrophe(string text, int entity, string written)
    {
        DocumentAnalysis analysis = Analyze(text);
        FoundMention mention = Assert.Single(Dutch.Match(analysis.Text, analysis.Sentences).Mentions);
        Assert.Equal(entity, mention.Entity);
        Assert.Equal(written, analysis.Text.Substring(mention.Start, mention.Length));
        Assert.Equal(text.IndexOf(written[0]), mention.Start);
    }

    [Fact]
    public void A_name_with_a_possessive_needs_it()
    {
        Assert.Equal([(4, "People\u2019s Party for Freedom and Democracy", MentionMatch.Alias)],
            Mentions(Dutch, "The People\u2019s Party for Freedom and Democracy won."));
        Assert.Equal([(4, "People Party for Freedom and Democracy", MentionMatch.NearMiss)], Mentions(Dutch, "The People Party for Freedom and Democracy won."));
    }

    // ---- titles ----

    [Theory]
    [InlineData("Mr Rutte", "Mr")]
    [InlineData("Mr. Rutte", "Mr.")]
    [InlineData("Mrs Rutte", "Mrs")]
    [InlineData("Ms. Rutte", "Ms.")]
    [InlineData("Dr Rutte", "Dr")]
    [InlineData("Minister Rutte", "Minister")]
    [InlineData("President Rutte", "President")]
    [InlineData("Prime Minister Rutte", "Prime Minister")]
    [InlineData("the PM Rutte", "PM")]
    public void A_title_links_a_surname_and_is_not_part_of_the_span(string phrase, string title)
    {
        DocumentAnalysis analysis = Analyze($"Yesterday {phrase} said no.");
        FoundMention mention = Assert.Single(Dutch.Match(analysis.Text, analysis.Sentences).Mentions);
        Assert.Equal((0, "Rutte", MentionMatch.Surname, title), (mention.Entity, analysis.Text.Substring(mention.Start, mention.Length), mention.How, mention.Title));
    }

    [Fact]
    public void A_title_before_a_full_name_is_reported_with_it()
    {
        DocumentAnalysis analysis = Analyze("Dutch Prime Minister Mark Rutte and Minister Marjolein Faber met Mr. Wilders.");
        EntityMatches matches = Dutch.Match(analysis.Text, analysis.Sentences);
        Assert.Equal([("Mark Rutte", "Dutch Prime Minister"), ("Marjolein Faber", "Minister"), ("Wilders", "Mr.")],
            matches.Mentions.Select(m => (analysis.Text.Substring(m.Start, m.Length), m.Title)));
        Assert.Empty(matches.Unlinked);
    }

    [Fact]
    public void Titles_are_only_for_persons()
    {
        DocumentAnalysis analysis = Analyze("President VVD won.");
        Assert.Null(Assert.Single(Dutch.Match(analysis.Text, analysis.Sentences).Mentions).Title);
    }

    // ---- surnames ----

    [Fact]
    public void A_surname_links_only_after_the_full_name()
    {
        Assert.Equal([(0, "Mark Rutte", MentionMatch.Name), (0, "Rutte", MentionMatch.Surname)],
            Mentions(Dutch, "Rutte spoke first. Then Mark Rutte spoke. Rutte left."));
        Assert.Equal([(0, "Teflon Mark", MentionMatch.Alias), (0, "Rutte", MentionMatch.Surname)],
            Mentions(Dutch, "Teflon Mark spoke. Later Rutte left."));
        Assert.Empty(Mentions(Dutch, "Rutte spoke. Faber left."));
    }

    [Fact]
    public void The_matcher_keeps_no_state_between_texts()
    {
        Assert.Equal(2, Mentions(Dutch, "Mark Rutte spoke. Rutte left.").Length);
        Assert.Empty(Mentions(Dutch, "Rutte left."));
    }

    [Fact]
    public void A_surname_that_is_an_alias_links_anywhere()
    {
        var matcher = new EntityMatcher([new("Geert Wilders", "Person", ["Wilders"])]);
        Assert.Equal([(0, "Wilders", MentionMatch.Alias), (0, "Geert Wilders", MentionMatch.Name)],
            Mentions(matcher, "Wilders spoke. Geert Wilders left."));
    }

    [Fact]
    public void A_shared_surname_goes_to_the_person_named_last()
    {
        var matcher = new EntityMatcher([new("Anna Jansen", "Person", []), new("Piet Jansen", "Person", [])]);
        Assert.Equal([(0, "Anna Jansen", MentionMatch.Name), (1, "Piet Jansen", MentionMatch.Name), (1, "Jansen", MentionMatch.Surname),
                      (0, "Anna Jansen", MentionMatch.Name), (0, "Jansen", MentionMatch.Surname)],
            Mentions(matcher, "Anna Jansen met Piet Jansen. Jansen left. Anna Jansen stayed. Jansen smiled."));
        // With a title but nobody named, a shared surname is ambiguous.
        Assert.Empty(Mentions(matcher, "Mr Jansen left."));
    }

    [Fact]
    public void A_surname_with_particles()
    {
        Assert.Equal([(10, "Caroline van der Plas", MentionMatch.Name), (10, "van der Plas", MentionMatch.Surname), (10, "Van der Plas", MentionMatch.Surname)],
            Mentions(Dutch, "Caroline van der Plas won. Voters chose van der Plas. Van der Plas smiled."));
    }

    [Fact]
    public void Surnames_do_not_apply_to_non_persons()
    {
        var matcher = new EntityMatcher([new("Sky News", "Outlet", [])]);
        Assert.Equal([(0, "Sky News", MentionMatch.Name)], Mentions(matcher, "Sky News said it. News travels."));
    }

    // ---- acronyms ----

    [Fact]
    public void Acronyms_match_only_in_their_case()
    {
        Assert.Equal([(4, "VVD", MentionMatch.Acronym), (6, "CDA", MentionMatch.Acronym), (5, "D66", MentionMatch.Acronym)],
            Mentions(Dutch, "The VVD, the vvd, the Vvd, the Cda, the cda, the CDA and D66 and d66."));
    }

    [Fact]
    public void A_name_inside_a_hyphenated_compound_links()
    {
        Assert.Equal([(4, "VVD", MentionMatch.Acronym), (1, "Geert Wilders", MentionMatch.Name), (1, "Wilders", MentionMatch.Surname)],
            Mentions(Dutch, "A VVD-led cabinet and Geert Wilders. An anti-Wilders march."));
    }

    // ---- near misses ----

    [Theory]
    [InlineData("The ChritenUnie voted no.", "ChritenUnie", 1)]
    [InlineData("The Christen Unie voted no.", "Christen Unie", 1)]
    [InlineData("The Christenunie voted no.", "Christenunie", 1)]
    [InlineData("The ChristenUnei voted no.", "ChristenUnei", 1)]
    [InlineData("The Peoples Party for Freedom and Democrasy voted no.", "Peoples Party for Freedom and Democrasy", 2)]
    [InlineData("They met Geert Wilder.", "Geert Wilder", 1)]
    public void Near_misses_on_long_names(string text, string written, int distance)
    {
        DocumentAnalysis analysis = Analyze(text);
        FoundMention mention = Assert.Single(Dutch.Match(analysis.Text, analysis.Sentences).Mentions);
        Assert.Equal((MentionMatch.NearMiss, written, distance), (mention.How, analysis.Text.Substring(mention.Start, mention.Length), mention.EditDistance));
        Assert.Equal(written.StartsWith("Geert") ? 1 : written.StartsWith("Peoples") ? 4 : 3, mention.Entity);
    }

    [Theory]
    [InlineData("Mark Rutte left. Then Rutter spoke.")] // surnames never near-match
    [InlineData("The VVX and the VDD voted.")]          // acronyms never near-match
    [InlineData("The Hauge is a city.")]               // "The Hague": 8 letters allow 1, but "Hauge" is 2 substitutions away in OSA? no: a swap is 1
    public void Short_names_and_acronyms_do_not_near_match(string text)
    {
        var matcher = new EntityMatcher([new("Mark Rutte", "Person", []), new("VVD", "Party", []), new("Hague", "Place", [])]);
        Assert.DoesNotContain(Mentions(matcher, text), m => m.Item3 == MentionMatch.NearMiss);
    }

    [Fact]
    public void Near_misses_need_capitals_and_stay_within_the_bound()
    {
        Assert.Empty(Mentions(Dutch, "the christen unie voted no."));
        Assert.Empty(Mentions(Dutch, "The Christian Unity Party voted no.")); // 3 edits from "Christian Union" with the space
        Assert.Equal([(7, "The Hauge", MentionMatch.NearMiss)], Mentions(Dutch, "Talks in The Hauge failed."));
    }

    // ---- unlinked names ----

    [Fact]
    public void Unlinked_capitalised_runs_and_acronyms()
    {
        Assert.Equal(["Hugo de Jonge", "NOS", "ANP", "Bible Belt"],
            Unlinked(Dutch, "Yesterday Mark Rutte met Hugo de Jonge, NOS and the ANP in the \u201CBible Belt\u201D on Friday in January."));
    }

    [Fact]
    public void A_single_word_where_sentences_start_needs_evidence()
    {
        Assert.Equal(["Bolsward", "Bolsward"], Unlinked(Dutch, "Bolsward voted. Turnout in Bolsward was high. Leaders met: Turnout was low."));
        Assert.Empty(Unlinked(Dutch, "However, nothing. Leaders met. Local media said: \u201CNothing happened.\u201D Illegal moves."));
        Assert.Equal(["Hugo de Jonge", "Bible Belt"], Unlinked(Dutch, "Hugo de Jonge spoke. Bible Belt towns voted."));
        Assert.Equal(["Teflon"], Unlinked(Dutch, "He was nicknamed \u201CTeflon\u201D by all."));
        Assert.Empty(Unlinked(Dutch, "He said, \u201CTeflon is what they call me.\u201D"));
    }

    [Fact]
    public void Stop_words_titles_and_adjectives_are_not_names()
    {
        Assert.Equal(["European Commission", "Sigrid Kaag"],
            Unlinked(Dutch, "The European Commission and Finance Minister Sigrid Kaag met Dutch and Christian voters on Monday in May."));
        Assert.Empty(Unlinked(Dutch, "Marjolein Faber, VVD Asylum and Migration Minister, spoke to the PM and Mr. Smith's aide."
            .Replace("Mr. Smith's aide", "the aide")));
        Assert.Equal(["Smith"], Unlinked(Dutch, "The VVD Party met Mr. Smith and the CDA Group."));
        Assert.Equal(["Rutte"], Unlinked(new EntityMatcher([]), "The end of the Rutte IV cabinet came.")); // Roman numerals are not acronyms
        Assert.Empty(Unlinked(Dutch, "The end of Mark Rutte and Rutte IV\u2019s cabinet came."));
    }

    [Fact]
    public void A_known_surname_that_could_not_be_linked_is_not_reported()
    {
        Assert.Empty(Unlinked(Dutch, "Rutte spoke first, before Mark Rutte and his VVD."));
    }

    [Fact]
    public void Headings_report_only_words_the_text_does_not_use_in_lower_case()
    {
        Assert.Equal(["Bolsward"], Unlinked(Dutch, "Figures came out.\n\nIllegal Migration Down in Bolsward\n\nThe figures on illegal migration are down."));
    }

    [Fact]
    public void A_name_glued_to_a_caption_word()
    {
        // The document analysis drops photo credits as boilerplate; the matcher copes with them anyway.
        const string text = "Voters cheered.\n\nMark RuttePhoto: Jan Smit / Alamy\n\nThe end.";
        EntityMatches matches = Dutch.Match(text, null!);
        Assert.Equal([(0, "Mark Rutte", MentionMatch.Name)], matches.Mentions.Select(m => (m.Entity, text.Substring(m.Start, m.Length), m.How)));
        Assert.Equal(["Jan Smit", "Alamy"], matches.Unlinked.Select(u => u.Text));
        var single = new EntityMatcher([new("Christen", "Party", [])]);
        Assert.Empty(Mentions(single, "The ChristenUnie voted."));
    }

    [Fact]
    public void Positions_and_sentences_point_into_the_text()
    {
        const string text = "First sentence here. Then \u201CMark Rutte\u2019s\u201D VVD and Hugo de Jonge.\n\nNew paragraph with Rutte.";
        DocumentAnalysis analysis = Analyze(text);
        EntityMatches matches = Dutch.Match(analysis.Text, analysis.Sentences);
        Assert.Equal([(0, 1, text.IndexOf("Mark", StringComparison.Ordinal), 10), (4, 1, text.IndexOf("VVD", StringComparison.Ordinal), 3),
                      (0, 2, text.LastIndexOf("Rutte", StringComparison.Ordinal), 5)],
            matches.Mentions.Select(m => (m.Entity, m.Sentence, m.Start, m.Length)));
        UnlinkedName name = Assert.Single(matches.Unlinked);
        Assert.Equal(new UnlinkedName(text.IndexOf("Hugo", StringComparison.Ordinal), 13, 1, "Hugo de Jonge"), name);
        Assert.Equal("Hugo de Jonge", analysis.Text.Substring(name.Start, name.Length));
    }

    // ---- hostile input ----

    [Fact]
    public void Never_throws()
    {
        var matcher = new EntityMatcher([null!, new(null!, null!, null!), new("", "Person", [null!, "", " "]), new("X", "Person", ["\uD800"]), new("Mark Rutte", "Person", ["Mark Rutte", "Rutte"])]);
        Assert.Empty(matcher.Match(null!, null!).Mentions);
        Assert.Empty(matcher.Match("", []).Unlinked);
        string[] texts = ["Mark Rutte's", "\uD800\uDC00 Rutte \uDC00", "'s", "’", "-", "A-", "Mr.", "Mr", "X-Y-Z", "ÉÉ Éé Mark\u0301 Rutte", "\n\n\n", "\uD835\uDC00\uD835\uDC01 Mark Rutte", "Mark \uD840\uDC00 Rutte", new string('A', 10000)];
        foreach (string text in texts)
        {
            matcher.Match(text, null!);
            matcher.Match(text, [new AnalyzedSentence(0, -5, 3), new AnalyzedSentence(0, 2, int.MaxValue), new AnalyzedSentence(0, 1000, -1)]);
            new EntityMatcher(null!).Match(text, []);
            Dutch.Match(text, null!);
        }
        Assert.Equal([(4, "Mark Rutte", MentionMatch.Name), (4, "Rutte", MentionMatch.Alias)], Mentions(matcher, "Mark Rutte and Rutte."));
    }

    [Fact]
    public void Deterministic_and_linear_enough_for_long_texts()
    {
        string paragraph = "Prime Minister Mark Rutte met the Christen Unie, Hugo de Jonge and NOS in The Hague. Rutte\u2019s VVD left. ";
        string text = string.Concat(Enumerable.Repeat(paragraph, 2000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        EntityMatches first = Dutch.Match(text, null!);
        watch.Stop();
        EntityMatches second = Dutch.Match(text, null!);
        Assert.Equal(first.Mentions, second.Mentions);
        Assert.Equal(first.Unlinked, second.Unlinked);
        Assert.Equal(2000 * 5, first.Mentions.Count);
        Assert.Equal(2000 * 2, first.Unlinked.Count);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"{watch.ElapsedMilliseconds} ms");
    }
}

public class EntityMatcherScaleTests
{
    [Fact]
    public void A_large_gazetteer_is_indexed_once_and_matching_stays_fast()
    {
        string[] first = ["Anna", "Piet", "Jan", "Marjolein", "Sigrid", "Hugo", "Caroline", "Geert", "Frans", "Dilan", "Pieter", "Rob", "Wopke", "Kajsa", "Femke"];
        string[] last = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits"];
        var entries = new List<GazetteerEntry>();
        for (int i = 0; i < 6000; i++)
        {
            entries.Add(new GazetteerEntry($"{first[i % first.Length]} {last[i / first.Length % last.Length]}{(i >= 300 ? "-" + (i / 300) : "")} Holding{i}", "Org", [$"HG{i}"]));
        }
        entries.Add(new GazetteerEntry("ChristenUnie", "Party", []));
        var matcher = new EntityMatcher(entries);
        string article = "Prime Minister Anna Jansen met Piet Bakker Holding27 and the HG42 board in The Hague. " +
                         "The Christen Unie and Hugo de Jonge of the Dutch Bible Belt spoke with NOS and ANP reporters. ";
        string text = string.Concat(Enumerable.Repeat(article, 200));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        EntityMatches matches = matcher.Match(text, null!);
        watch.Stop();
        Assert.Equal([("Piet Bakker Holding46", MentionMatch.NearMiss, "Piet Bakker Holding27"), ("Wopke van den Berg Holding42", MentionMatch.Acronym, "HG42"),
                      ("ChristenUnie", MentionMatch.NearMiss, "Christen Unie")],
            matches.Mentions.Take(3).Select(m => (entries[m.Entity].Name, m.How, text.Substring(m.Start, m.Length))));
        Assert.Equal(600, matches.Mentions.Count);
        Assert.True(watch.ElapsedMilliseconds < 3000, $"{watch.ElapsedMilliseconds} ms");
    }
}

namespace CorpusGen.Analysis
{
    /// <summary>What a paragraph of an article's body is.</summary>
    public enum ParagraphKind
    {
        /// <summary>Running text.</summary>
        Body = 0,
        /// <summary>A short line without closing punctuation inside the body: a section heading.</summary>
        Heading = 1,
    }

    /// <summary>What a piece of page text that is not part of the article is.</summary>
    public enum BoilerplateKind
    {
        /// <summary>Text of the web page around the article: widgets, buttons ("+ ↺ − 16 px", "Advertisement").</summary>
        PageChrome = 0,
        /// <summary>A photo caption or credit ("Mark RuttePhoto: Williem Arriens / Alamy").</summary>
        PhotoCredit = 1,
        /// <summary>A link to another article ("Read more: …").</summary>
        RelatedLink = 2,
        /// <summary>The outlet's name signed at the end of the article ("News.Az").</summary>
        OutletSignature = 3,
        /// <summary>A paragraph that repeats an earlier paragraph of the same article word for word.</summary>
        DuplicateParagraph = 4,
    }
}

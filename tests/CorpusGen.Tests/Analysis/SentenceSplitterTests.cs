using CorpusGen.Analysis;

namespace CorpusGen.Tests.Analysis;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("One. Two.", new[] { "One.", "Two." })]
    [InlineData("Mr. Rutte spoke. He left.", new[] { "Mr. Rutte spoke.", "He left." })]
    [InlineData("The U.S. and the U.K. agreed. Talks ended.", new[] { "The U.S. and the U.K. agreed.", "Talks ended." })]
    [InlineData("He said \"Stop!\" Then he left.", new[] { "He said \"Stop!\"", "Then he left." })]
    [InlineData("It cost 3.5bn. Really?", new[] { "It cost 3.5bn.", "Really?" })]
    [InlineData("J. K. Rowling wrote it.", new[] { "J. K. Rowling wrote it." })]
    [InlineData("Wait... what?", new[] { "Wait... what?" })]
    [InlineData("", new string[0])]
    public void Splits_on_sentence_ends_only(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text));
    }
}

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Finds a YAML front matter block: a first line of exactly <c>---</c>, then YAML, then a line
    /// of <c>---</c> or <c>...</c>. Only its extent is found here; the generator parses the YAML.
    /// An opening line without a closing one is no front matter: the text stays text.
    /// </summary>
    public static class FrontMatter
    {
        /// <summary>Where the block is.</summary>
        /// <param name="YamlStart">Where the YAML between the fences starts.</param>
        /// <param name="YamlLength">Its length (the line break before the closing fence excluded).</param>
        /// <param name="Length">How much of the text, from its start, the block covers, closing fence and its line break included.</param>
        public readonly record struct Block(int YamlStart, int YamlLength, int Length)
        {
            public bool Found => Length > 0;
        }

        public static Block Find(string text)
        {
            int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            if (!IsFence(text, start, out int yamlStart, "---")) return default;
            int lineStart = yamlStart;
            while (lineStart <= text.Length)
            {
                int lineEnd = lineStart;
                while (lineEnd < text.Length && !TextLines.IsLineBreak(text[lineEnd])) lineEnd++;
                if (IsFenceLine(text, lineStart, lineEnd))
                {
                    int yamlEnd = lineStart;
                    if (yamlEnd > yamlStart && text[yamlEnd - 1] == '\n') yamlEnd--;
                    if (yamlEnd > yamlStart && text[yamlEnd - 1] == '\r') yamlEnd--;
                    int after = lineEnd;
                    if (after < text.Length) after += text[after] == '\r' && after + 1 < text.Length && text[after + 1] == '\n' ? 2 : 1;
                    return new Block(yamlStart, yamlEnd - yamlStart, after);
                }
                if (lineEnd >= text.Length) break;
                lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            }
            return default;
        }

        private static bool IsFence(string text, int start, out int next, string fence)
        {
            next = 0;
            if (string.CompareOrdinal(text, start, fence, 0, fence.Length) != 0) return false;
            int i = start + fence.Length;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i < text.Length && !TextLines.IsLineBreak(text[i])) return false;
            if (i < text.Length) i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            next = i;
            return true;
        }

        private static bool IsFenceLine(string text, int start, int end)
        {
            string line = text.Substring(start, end - start).TrimEnd(' ', '\t');
            return line == "---" || line == "...";
        }
    }
}

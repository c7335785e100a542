using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// Finds the structure of one news document: the metadata (YAML front matter or the date prefix), the title, the paragraphs
    /// and the page text around them. The generator runs it once per file at compile time; the
    /// runtime never re-runs it on a corpus document.
    /// </summary>
    /// <remarks>
    /// Paragraphs: when a document separates blocks with blank lines, a block is a paragraph and
    /// its lines are joined by a space (a line break inside a block is not a paragraph end); a
    /// document without blank lines has one paragraph a line. Then, in order, each candidate is
    /// page chrome, a related link, a photo credit, an outlet signature (last one only), a
    /// duplicate of an earlier paragraph, the title (the first heading-like candidate, when more
    /// follows), a heading, or body text. See <see cref="BoilerplateRules"/>.
    /// </remarks>
    public static class DocumentAnalyzer
    {
        /// <summary>A paragraph before classification: its joined text, raw extent and line count.</summary>
        private readonly record struct Candidate(string Text, int RawStart, int RawEnd, int LineCount);

        public static DocumentAnalysis Analyze(string rawText)
        {
            if (rawText is null) throw new ArgumentNullException(nameof(rawText));
            var problems = new List<AnalysisProblem>();

            FrontMatter.Block frontMatter = FrontMatter.Find(rawText);
            MetadataPrefix.Result prefix = frontMatter.Found ? default : MetadataPrefix.Read(rawText);
            if (prefix.Found && prefix.Date is null)
            {
                problems.Add(new AnalysisProblem(AnalysisProblemKind.InvalidDate, prefix.DateStart, prefix.DateLength,
                    rawText.Substring(prefix.DateStart, prefix.DateLength)));
            }
            int metadataLength = frontMatter.Found ? frontMatter.Length : prefix.Length;

            List<Candidate> candidates = FindCandidates(rawText, metadataLength);
            var paragraphs = new List<AnalyzedParagraph>();
            var boilerplate = new List<AnalyzedBoilerplate>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? title = null;
            int titleRawStart = 0, titleRawLength = 0;

            for (int i = 0; i < candidates.Count; i++)
            {
                Candidate candidate = candidates[i];
                string text = candidate.Text;
                bool isLast = i == candidates.Count - 1;
                BoilerplateKind? kind =
                    BoilerplateRules.IsPageChrome(text) ? BoilerplateKind.PageChrome :
                    BoilerplateRules.IsRelatedLink(text) ? BoilerplateKind.RelatedLink :
                    BoilerplateRules.IsPhotoCredit(text) ? BoilerplateKind.PhotoCredit :
                    paragraphs.Count > 0 && BoilerplateRules.IsOutletSignature(text, isLast) ? BoilerplateKind.OutletSignature :
                    seen.Contains(text) ? BoilerplateKind.DuplicateParagraph :
                    (BoilerplateKind?)null;
                if (kind is BoilerplateKind found)
                {
                    boilerplate.Add(new AnalyzedBoilerplate(found, text, candidate.RawStart, candidate.RawEnd - candidate.RawStart));
                    continue;
                }

                bool headingLike = candidate.LineCount == 1 && !isLast && BoilerplateRules.IsHeadingLike(text);
                if (headingLike && title is null && paragraphs.Count == 0)
                {
                    title = text;
                    titleRawStart = candidate.RawStart;
                    titleRawLength = candidate.RawEnd - candidate.RawStart;
                    continue;
                }
                seen.Add(text);
                paragraphs.Add(new AnalyzedParagraph(text, headingLike ? ParagraphKind.Heading : ParagraphKind.Body,
                    candidate.RawStart, candidate.RawEnd - candidate.RawStart));
            }

            if (paragraphs.Count == 0 && title is null)
            {
                problems.Add(new AnalysisProblem(AnalysisProblemKind.EmptyDocument, 0, 0, string.Empty));
            }
            return new DocumentAnalysis(prefix.Date, metadataLength, title, titleRawStart, titleRawLength, paragraphs, boilerplate, problems)
            {
                FrontMatterYaml = frontMatter.Found ? new TextRange(frontMatter.YamlStart, frontMatter.YamlLength) : (TextRange?)null,
            };
        }

        /// <summary>Cuts the text after the metadata prefix into candidate paragraphs.</summary>
        private static List<Candidate> FindCandidates(string raw, int contentStart)
        {
            IReadOnlyList<TextLine> lines = TextLines.Split(raw, contentStart);
            var trimmed = new List<TextLine>(lines.Count);
            foreach (TextLine line in lines) trimmed.Add(Trim(raw, line));

            bool blockMode = HasBlankLineBetweenContent(trimmed);
            var candidates = new List<Candidate>();
            var block = new List<TextLine>();
            foreach (TextLine line in trimmed)
            {
                if (line.Length == 0)
                {
                    Flush(raw, block, candidates);
                    continue;
                }
                block.Add(line);
                if (!blockMode) Flush(raw, block, candidates);
            }
            Flush(raw, block, candidates);

            // A headline directly above the first paragraph, with no blank line between them.
            if (blockMode && candidates.Count > 0 && candidates[0].LineCount > 1)
            {
                int firstLine = FirstContentLine(trimmed);
                TextLine first = trimmed[firstLine];
                TextLine second = trimmed[firstLine + 1];
                string firstText = raw.Substring(first.Start, first.Length);
                // A wrapped sentence goes on in lower case; a paragraph under a headline starts anew.
                if (BoilerplateRules.IsHeadingLike(firstText) && !char.IsLower(raw[second.Start]))
                {
                    Candidate rest = candidates[0];
                    int restStart = second.Start;
                    candidates[0] = new Candidate(firstText, first.Start, first.End, 1);
                    candidates.Insert(1, new Candidate(JoinLines(raw, restStart, rest.RawEnd), restStart, rest.RawEnd, rest.LineCount - 1));
                }
            }
            return candidates;
        }

        private static int FirstContentLine(List<TextLine> lines)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                if (lines[i].Length > 0) return i;
            }
            return -1;
        }

        private static bool HasBlankLineBetweenContent(List<TextLine> lines)
        {
            bool contentSeen = false, blankAfterContent = false;
            foreach (TextLine line in lines)
            {
                if (line.Length == 0)
                {
                    blankAfterContent |= contentSeen;
                }
                else
                {
                    if (blankAfterContent) return true;
                    contentSeen = true;
                }
            }
            return false;
        }

        private static void Flush(string raw, List<TextLine> block, List<Candidate> candidates)
        {
            if (block.Count == 0) return;
            int start = block[0].Start, end = block[block.Count - 1].End;
            candidates.Add(new Candidate(JoinLines(raw, start, end), start, end, block.Count));
            block.Clear();
        }

        /// <summary>The lines between two raw offsets, each trimmed, joined by one space.</summary>
        private static string JoinLines(string raw, int start, int end)
        {
            var text = new StringBuilder(end - start);
            foreach (TextLine line in TextLines.Split(raw.Substring(start, end - start)))
            {
                TextLine t = Trim(raw, new TextLine(start + line.Start, line.Length));
                if (t.Length == 0) continue;
                if (text.Length > 0) text.Append(' ');
                text.Append(raw, t.Start, t.Length);
            }
            return text.ToString();
        }

        private static TextLine Trim(string raw, TextLine line)
        {
            int start = line.Start, end = line.End;
            while (start < end && char.IsWhiteSpace(raw[start])) start++;
            while (end > start && char.IsWhiteSpace(raw[end - 1])) end--;
            return new TextLine(start, end - start);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Analysis;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Parsing
{
    /// <summary>
    /// The parse stage: one corpus file in, one <see cref="DocumentSpec"/> (or none) and its
    /// diagnostics out. Reads the text as the compiler decoded it, makes it safe to store
    /// (invalid UTF-8 and unpaired surrogates become U+FFFD, each with a diagnostic), then runs
    /// the shared <see cref="DocumentAnalyzer"/>. Never throws except for cancellation.
    /// </summary>
    internal static class DocumentParser
    {
        public static DocumentResult Parse(AdditionalText file, CorpusFileOptions options, Func<string, DocumentAnalysis> analyze, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return ParseCore(file, options, analyze, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                return Failed(DiagnosticInfo.AtFile(DiagnosticDescriptors.InternalError, file.Path,
                    options.RelativePath, exception.GetType().Name, exception.Message));
            }
        }

        private static DocumentResult ParseCore(AdditionalText file, CorpusFileOptions options, Func<string, DocumentAnalysis> analyze, CancellationToken cancellationToken)
        {
            SourceText? source = file.GetText(cancellationToken);
            if (source is null)
            {
                return Failed(DiagnosticInfo.AtFile(DiagnosticDescriptors.UnreadableFile, file.Path, options.RelativePath, options.ClassName));
            }
            if (source.Length > options.MaxDocumentBytes)
            {
                return TooLarge(file, options, (long)source.Length);
            }

            var diagnostics = new List<DiagnosticInfo>();
            string raw = source.ToString();
            cancellationToken.ThrowIfCancellationRequested();

            if (!Utf8Check.IsUnicode(source.Encoding))
            {
                // The compiler fell back to a legacy code page because the bytes are not valid UTF-8.
                // Recover the bytes, and decode them as UTF-8 with visible replacement characters.
                byte[] bytes = source.Encoding!.GetBytes(raw);
                int first = Utf8Check.FirstInvalid(bytes, out int count);
                if (first >= 0)
                {
                    string? binary = BinarySniffer.Describe(bytes);
                    if (binary is not null)
                    {
                        return Failed(DiagnosticInfo.AtFile(DiagnosticDescriptors.BinaryFile, file.Path, options.RelativePath, binary, options.ClassName));
                    }
                    string decoded = new UTF8Encoding(false, false).GetString(bytes);
                    int charOffset = new UTF8Encoding(false, false).GetCharCount(bytes, 0, first);
                    raw = decoded;
                    source = SourceText.From(raw);
                    string detail = string.Format(CultureInfo.InvariantCulture, " (byte 0x{0:X2}; {1} invalid sequence{2} in all)", bytes[first], count, count == 1 ? "" : "s");
                    diagnostics.Add(At(DiagnosticDescriptors.InvalidUtf8, file.Path, source, charOffset, 1, options.RelativePath, first, detail));
                }
            }
            else if (source.Encoding is { CodePage: 65001 } && raw.IndexOf('\uFFFD') is int replaced && replaced >= 0)
            {
                // Where the compiler's fallback is UTF-8 itself (as on Linux), it decodes invalid bytes as
                // U+FFFD and reports nothing. The first U+FFFD marks the first invalid sequence (or a U+FFFD
                // written in the file, which the message allows for); everything before it was valid UTF-8.
                int byteOffset = Encoding.UTF8.GetByteCount(raw.Substring(0, replaced));
                diagnostics.Add(At(DiagnosticDescriptors.InvalidUtf8, file.Path, source, replaced, 1, options.RelativePath, byteOffset,
                    " (decoded by the compiler as U+FFFD, or a U+FFFD in the file itself)"));
            }

            long byteCount = Encoding.UTF8.GetByteCount(raw);
            if (byteCount > options.MaxDocumentBytes)
            {
                return TooLarge(file, options, byteCount);
            }

            string safe = ReplaceLoneSurrogates(raw, out int firstLone, out int loneCount, out int loneValue);
            if (loneCount > 0)
            {
                diagnostics.Add(At(DiagnosticDescriptors.LoneSurrogate, file.Path, source, firstLone, 1,
                    options.RelativePath, firstLone, loneValue.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), loneCount));
                raw = safe;
            }

            cancellationToken.ThrowIfCancellationRequested();
            DocumentAnalysis analysis = analyze(raw);
            foreach (AnalysisProblem problem in analysis.Problems)
            {
                switch (problem.Kind)
                {
                    case AnalysisProblemKind.InvalidDate:
                        diagnostics.Add(At(DiagnosticDescriptors.InvalidDate, file.Path, source, problem.Start, problem.Length, problem.Detail, options.RelativePath));
                        break;
                    case AnalysisProblemKind.EmptyDocument:
                        diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.EmptyDocument, file.Path, options.RelativePath));
                        break;
                }
            }

            List<MetadataEntry> metadata = ReadFrontMatter(file, options, source, raw, analysis, diagnostics);
            string? title = analysis.Title;
            int? dayNumber = analysis.Date is DateTime date ? (int)(date.Ticks / TimeSpan.TicksPerDay) : (int?)null;
            foreach (MetadataEntry entry in metadata)
            {
                if (entry.Key == "title") title = entry.Written;
                if (entry.Key == "date")
                {
                    if (entry.Kind is MetadataKind.Date or MetadataKind.DateTimeOffset &&
                        DateTimeOffset.TryParse(entry.Values[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value))
                    {
                        dayNumber = (int)(value.Date.Ticks / TimeSpan.TicksPerDay);
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidDate, file.Path, entry.Written, options.RelativePath));
                    }
                }
            }
            metadata.RemoveAll(e => e.Key is "title" or "date");

            var paragraphs = new List<ParagraphSpec>(analysis.Paragraphs.Count);
            int start = 0;
            foreach (AnalyzedParagraph paragraph in analysis.Paragraphs)
            {
                paragraphs.Add(new ParagraphSpec(start, paragraph.Text.Length, (int)paragraph.Kind, paragraph.RawStart, paragraph.RawLength));
                start += paragraph.Text.Length + DocumentAnalysis.ParagraphSeparator.Length;
            }
            var boilerplate = new List<BoilerplateSpec>(analysis.Boilerplate.Count);
            foreach (AnalyzedBoilerplate item in analysis.Boilerplate)
            {
                boilerplate.Add(new BoilerplateSpec((int)item.Kind, item.RawStart, item.RawLength));
            }

            var document = new DocumentSpec(
                options.ClassName,
                options.Namespace,
                file.Path,
                options.RelativePath,
                raw,
                analysis.Text,
                title,
                dayNumber,
                Summarize(analysis, title),
                paragraphs.ToEquatableArray(),
                boilerplate.ToEquatableArray(),
                analysis.Sentences.Select(x => new SentenceSpec(x.Paragraph, x.Start, x.Length)).ToEquatableArray(),
                TokenSpecs(analysis),
                analysis.MetadataLength,
                analysis.TitleRawStart,
                analysis.TitleRawLength,
                metadata.ToEquatableArray(),
                options.InvalidMaxDocumentBytes,
                options.StopWords,
                options.Stemming,
                options.ArticleProperties,
                options.ResourceImage);
            return new DocumentResult(document, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// The document's words, each normalized form held once per document: the driver keeps
        /// every document's words for as long as the build runs, and a word repeats often.
        /// </summary>
        private static EquatableArray<TokenSpec> TokenSpecs(DocumentAnalysis analysis)
        {
            var forms = new Dictionary<string, string>(StringComparer.Ordinal);
            var tokens = new TokenSpec[analysis.Tokens.Count];
            for (int i = 0; i < tokens.Length; i++)
            {
                var token = analysis.Tokens[i];
                if (!forms.TryGetValue(token.Normalized, out string? normalized)) forms.Add(normalized = token.Normalized, normalized);
                tokens[i] = new TokenSpec(token.Start, token.Length, normalized);
            }
            return tokens.ToEquatableArray();
        }

        private static List<MetadataEntry> ReadFrontMatter(AdditionalText file, CorpusFileOptions options, SourceText source, string raw,
            DocumentAnalysis analysis, List<DiagnosticInfo> diagnostics)
        {
            if (analysis.FrontMatterYaml is not TextRange yaml) return new List<MetadataEntry>();
            var problems = new List<FrontMatterParser.Problem>();
            List<MetadataEntry> entries = FrontMatterParser.Parse(raw.Substring(yaml.Start, yaml.Length), problems);
            foreach (FrontMatterParser.Problem problem in problems)
            {
                diagnostics.Add(At(DiagnosticDescriptors.InvalidFrontMatter, file.Path, source, yaml.Start + problem.Offset, problem.Length,
                    options.RelativePath, problem.Message.TrimEnd('.')));
            }
            return entries;
        }

        /// <summary>The title, or else the first sentence of the first body paragraph: what the article's doc comment shows.</summary>
        private static string Summarize(DocumentAnalysis analysis, string? title)
        {
            if (title is not null) return title;
            foreach (AnalyzedParagraph paragraph in analysis.Paragraphs)
            {
                if (paragraph.Kind != ParagraphKind.Body) continue;
                IReadOnlyList<string> sentences = SentenceSplitter.Split(paragraph.Text);
                return sentences.Count > 0 ? sentences[0] : paragraph.Text;
            }
            return string.Empty;
        }

        /// <summary>Replaces every unpaired UTF-16 surrogate with U+FFFD (they cannot be stored as UTF-8).</summary>
        internal static string ReplaceLoneSurrogates(string text, out int first, out int count, out int firstValue)
        {
            first = -1;
            count = 0;
            firstValue = 0;
            char[]? chars = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!char.IsSurrogate(c)) continue;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
                if (first < 0)
                {
                    first = i;
                    firstValue = c;
                }
                count++;
            }
            return chars is null ? text : new string(chars);
        }

        private static DiagnosticInfo At(DiagnosticDescriptor descriptor, string path, SourceText source, int start, int length, params object[] args) =>
            DiagnosticInfo.InText(descriptor, path, source, start, length, args);

        private static DocumentResult TooLarge(AdditionalText file, CorpusFileOptions options, long size) =>
            Failed(DiagnosticInfo.AtFile(DiagnosticDescriptors.DocumentTooLarge, file.Path, options.RelativePath, size, options.MaxDocumentBytes, options.ClassName));

        private static DocumentResult Failed(DiagnosticInfo diagnostic) =>
            new DocumentResult(null, new[] { diagnostic }.ToEquatableArray());
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Generator;
using CorpusGen.Generator.Emit;
using CorpusGen.Generator.Model;
using CorpusGen.Storage.Format;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.ImageTool
{
    /// <summary>Runs the generator as the compiler would and writes the images it hands over.</summary>
    public static class ImageBuilder
    {
        /// <summary>
        /// Writes the image of each resource-stored corpus among <paramref name="files"/> (each with the
        /// options the compiler's .editorconfig gives it; <paramref name="global"/> the project's); returns the paths written.
        /// </summary>
        public static IReadOnlyList<string> WriteImages(IReadOnlyList<(string Path, Dictionary<string, string> Options)> files,
            Dictionary<string, string> global, string outputDirectory, CancellationToken cancellationToken)
        {
            var written = new List<string>();
            var generator = new CorpusGenerator((corpus, blobs) =>
            {
                string path = Path.Combine(outputDirectory, ImageResourceFormat.ResourceName(corpus.Namespace, corpus.ClassName));
                using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    ImageResourceWriter.Write(stream, blobs, ImageResourceWriter.Fingerprint(corpus));
                }
                lock (written) written.Add(path);
            });

            ImmutableArray<AdditionalText> texts = files.Select(f => (AdditionalText)new FileText(Path.GetFullPath(f.Path))).ToImmutableArray();
            var byPath = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (path, options) in files) byPath[Path.GetFullPath(path)] = options;

            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { generator.AsSourceGenerator() }, texts, new CSharpParseOptions(LanguageVersion.Latest), new Options(byPath, global));
            driver = driver.RunGenerators(CSharpCompilation.Create("CorpusGenImages"), cancellationToken);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null) throw result.Exception;
            return written;
        }

        /// <summary>An additional file read as the compiler reads one: UTF-8, or a code page that keeps every byte when it is not valid UTF-8.</summary>
        private sealed class FileText : AdditionalText
        {
            private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                byte[] bytes = File.ReadAllBytes(Path);
                try
                {
                    return SourceText.From(bytes, bytes.Length, StrictUtf8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);
                }
                catch (DecoderFallbackException)
                {
                    return SourceText.From(bytes, bytes.Length, Encoding.Latin1, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);
                }
            }
        }

        /// <summary>The options the compiler gives the generator: each file's metadata and the project's properties.</summary>
        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private static readonly Values None = new(new Dictionary<string, string>());
            private readonly Dictionary<string, Values> _byPath;

            public Options(Dictionary<string, Dictionary<string, string>> byPath, Dictionary<string, string> global)
            {
                _byPath = byPath.ToDictionary(pair => pair.Key, pair => new Values(pair.Value), StringComparer.Ordinal);
                GlobalOptions = new Values(global);
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _byPath.TryGetValue(textFile.Path, out Values? values) ? values : None;
        }

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Values(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}

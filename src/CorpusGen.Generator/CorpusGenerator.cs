using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CorpusGen.Analysis;
using CorpusGen.Generator.Emit;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator
{
    /// <summary>
    /// The CorpusGen source generator. Pipeline, one stage a folder:
    /// <list type="number">
    /// <item>Parsing: each AdditionalFiles item from a <c>&lt;Corpus&gt;</c> item is read and analysed on its own
    /// (<see cref="DocumentParser"/>), so editing one document re-analyses that document only.</item>
    /// <item>Entities: each document's names are linked to its corpus's gazetteer (<see cref="GazetteerParser"/>), and its
    /// quotes, quantities and dates found (<see cref="EntityLinker"/>), per document.</item>
    /// <item>Model: the documents are grouped into corpora with Ids and identifiers (<see cref="CorpusBuilder"/>).</item>
    /// <item>Emit: each corpus becomes one source file, more for a very large one (<see cref="CorpusEmitter"/>).</item>
    /// </list>
    /// Diagnostics go through their own outputs, so a diagnostic alone never re-emits source.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CorpusGenerator : IIncrementalGenerator
    {
        private readonly Func<string, DocumentAnalysis> _analyze;
        private readonly Action<CorpusSpec, List<Blob>>? _writeImage;

        public CorpusGenerator()
            : this(DocumentAnalyzer.Analyze)
        {
        }

        /// <summary>For tests: runs <paramref name="analyze"/> instead of <see cref="DocumentAnalyzer.Analyze"/> (fault injection).</summary>
        internal CorpusGenerator(Func<string, DocumentAnalysis> analyze) => _analyze = analyze;

        /// <summary>
        /// For the build step (src/CorpusGen.ImageTool): the same pipeline, and each corpus with
        /// <c>Storage="Resource"</c> has its image made and handed to <paramref name="writeImage"/>,
        /// which writes the manifest resource the generated class reads.
        /// </summary>
        internal CorpusGenerator(Action<CorpusSpec, List<Blob>> writeImage)
            : this(DocumentAnalyzer.Analyze) => _writeImage = writeImage;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<(AdditionalText File, CorpusFileOptions Options)> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => (File: pair.Left, Options: CorpusFileOptionsReader.Read(pair.Left, pair.Right)))
                .Where(pair => pair.Options is not null)
                .Select((pair, _) => (pair.File, Options: pair.Options!))
                .WithTrackingName(TrackingNames.CorpusFiles);

            IncrementalValuesProvider<DocumentResult> documents = files
                .Select((pair, cancellationToken) => DocumentParser.Parse(pair.File, pair.Options, _analyze, cancellationToken))
                .WithTrackingName(TrackingNames.Documents);

            context.RegisterSourceOutput(documents.SelectMany((d, _) => d.Diagnostics.AsImmutableArray()), Report);

            IncrementalValuesProvider<GazetteerResult> gazetteerResults = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => (File: pair.Left, Corpus: CorpusFileOptionsReader.ReadGazetteer(pair.Left, pair.Right)))
                .Where(pair => pair.Corpus is not null)
                .Select((pair, cancellationToken) => GazetteerParser.Parse(pair.File, pair.Corpus!.Value.ClassName, pair.Corpus.Value.Namespace, cancellationToken))
                .WithTrackingName(TrackingNames.Gazetteers);

            context.RegisterSourceOutput(gazetteerResults.SelectMany((g, _) => g.Diagnostics.AsImmutableArray()), Report);

            IncrementalValueProvider<ImmutableArray<GazetteerSpec>> gazetteers = gazetteerResults
                .Where(g => g.Gazetteer is not null)
                .Select((g, _) => g.Gazetteer!)
                .Collect();

            IncrementalValuesProvider<DocumentSpec> analysed = documents
                .Where(d => d.Document is not null)
                .Select((d, _) => d.Document!);

            IncrementalValuesProvider<AnnotationsResult> annotations = analysed
                .Combine(gazetteers)
                .Select((pair, cancellationToken) => EntityLinker.Annotate(pair.Left, EntityLinker.GazetteerFor(pair.Left, pair.Right), cancellationToken))
                .WithTrackingName(TrackingNames.Annotations);

            context.RegisterSourceOutput(annotations.SelectMany((a, _) => a.Diagnostics.AsImmutableArray()), Report);

            IncrementalValuesProvider<CorpusResult> corpora = analysed
                .Collect()
                .Combine(gazetteers)
                .Combine(annotations.Select((a, _) => a.Annotations).Collect())
                .SelectMany(CorpusBuilder.Build)
                .WithTrackingName(TrackingNames.Corpora);

            context.RegisterSourceOutput(corpora.SelectMany((c, _) => c.Diagnostics.AsImmutableArray()), Report);

            IncrementalValueProvider<LanguageVersion> languageVersion = context.ParseOptionsProvider
                .Select((options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest)
                .WithTrackingName(TrackingNames.LanguageVersion);

            IncrementalValueProvider<bool> anyCorpus = corpora.Collect().Select((all, _) => !all.IsEmpty);
            context.RegisterSourceOutput(languageVersion.Combine(anyCorpus), (spc, pair) =>
            {
                if (pair.Right && pair.Left < LanguageVersion.CSharp11)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None,
                        pair.Left.ToDisplayString()));
                }
            });

            context.RegisterSourceOutput(
                corpora.Where(c => c.Corpus is not null).Select((c, _) => c.Corpus!).Combine(languageVersion),
                (spc, pair) =>
                {
                    if (pair.Right < LanguageVersion.CSharp11) return;
                    spc.CancellationToken.ThrowIfCancellationRequested();
                    if (_writeImage is not null && pair.Left.ResourceImage)
                    {
                        _writeImage(pair.Left, ImageWriter.Write(pair.Left, spc.CancellationToken));
                    }
                    foreach (var (hintName, text) in CorpusEmitter.Emit(pair.Left, spc.CancellationToken))
                    {
                        spc.AddSource(hintName, text);
                    }
                });
        }

        private static void Report(SourceProductionContext context, DiagnosticInfo diagnostic) =>
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
    }
}

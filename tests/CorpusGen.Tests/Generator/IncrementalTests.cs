extern alias generator;

using System.Collections;
using System.Reflection;
using System.Text;
using CorpusGen.Tests.Support;
using generator::CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Generator;

public class IncrementalTests
{
    private static readonly string[] TrackedSteps = [TrackingNames.CorpusFiles, TrackingNames.Documents, TrackingNames.Annotations, TrackingNames.Corpora];

    /// <summary>The seeds with their gazetteer, as the test project's own &lt;Corpus Entities=…&gt; passes them.</summary>
    private static List<TestDocument> SeedsWithGazetteer() =>
        [.. GeneratorHarness.Seeds(), TestDocument.Gazetteer(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "entities.json")))];

    [Fact]
    public void Editing_one_document_relinks_that_document_only()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SeedsWithGazetteer(), out var texts);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        AdditionalText old = texts.Single(t => t.Path.EndsWith("004_4a3eff52ca9d437f.txt", StringComparison.Ordinal));
        string edited = old.GetText()!.ToString().Replace("Wilders also praised", "Geert Wilders also praised", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, SourceText.From(edited, Encoding.UTF8)));
        driver = driver.RunGenerators(compilation.Clone());

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        var reasons = run.TrackedSteps[TrackingNames.Annotations].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal([1, 4], new[] { reasons.Count(r => r == IncrementalStepRunReason.Modified), reasons.Count(r => r == IncrementalStepRunReason.Cached) });
        Assert.All(run.TrackedSteps[TrackingNames.Gazetteers].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_the_gazetteer_relinks_every_document_but_analyses_none()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SeedsWithGazetteer(), out var texts);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        AdditionalText old = texts.Single(t => t.Path.EndsWith("entities.json", StringComparison.Ordinal));
        string edited = old.GetText()!.ToString().Replace("\"Bible Belt\", \"kind\": \"Place\" }", "\"Bible Belt\", \"kind\": \"Place\" },\n  { \"name\": \"Caroline van der Plas\", \"kind\": \"Person\" }", StringComparison.Ordinal);
        Assert.NotEqual(old.GetText()!.ToString(), edited);
        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, SourceText.From(edited, Encoding.UTF8)));
        driver = driver.RunGenerators(compilation.Clone());

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        Assert.All(run.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(5, run.TrackedSteps[TrackingNames.Annotations].SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified || o.Reason == IncrementalStepRunReason.Unchanged));
        Assert.Contains("CarolineVanDerPlas", Assert.Single(run.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Second_run_without_changes_reuses_every_step()
    {
        IReadOnlyList<TestDocument> seeds = SeedsWithGazetteer();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(seeds);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        foreach (string step in TrackedSteps)
        {
            IncrementalGeneratorRunStep[] steps = run.TrackedSteps[step].ToArray();
            Assert.NotEmpty(steps);
            Assert.All(steps.SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {o.Reason}"));
    }

    [Fact]
    public void Editing_one_document_reanalyses_that_document_only()
    {
        IReadOnlyList<TestDocument> seeds = GeneratorHarness.Seeds();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(seeds, out var texts);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        AdditionalText old = texts.Single(t => t.Path.EndsWith("002_519dfaadf4622487.txt", StringComparison.Ordinal));
        string edited = old.GetText()!.ToString().Replace("stormy talks", "long talks", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, SourceText.From(edited, Encoding.UTF8)));
        driver = driver.RunGenerators(compilation.Clone());

        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
        var reasons = run.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(5, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(run.TrackedSteps[TrackingNames.Corpora].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("long talks", Assert.Single(run.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_identical_whatever_the_order_of_the_files()
    {
        IReadOnlyList<TestDocument> seeds = GeneratorHarness.Seeds();
        string forward = Assert.Single(GeneratorHarness.Run(seeds).Result.GeneratedTrees).ToString();
        string backward = Assert.Single(GeneratorHarness.Run(seeds.Reverse()).Result.GeneratedTrees).ToString();
        string shuffled = Assert.Single(GeneratorHarness.Run(seeds.OrderBy(d => d.Path.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995)).Result.GeneratedTrees).ToString();

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    [Fact]
    public void Models_hold_no_compiler_objects()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SeedsWithGazetteer());
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());
        GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);

        int visited = 0;
        foreach (string step in new[] { TrackingNames.Documents, TrackingNames.Annotations, TrackingNames.Corpora })
        {
            foreach (var output in run.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                visited += AssertNoCompilerObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
        Assert.True(visited > 100, $"walked only {visited} objects");
    }

    private static readonly Type[] Forbidden =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText), typeof(AdditionalText), typeof(Location), typeof(SemanticModel)];

    private static int AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return 1;
        Type type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !seen.Add(value)) return 0;
        int count = 1;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items) count += AssertNoCompilerObjects(item, $"{path}[{i++}]", seen);
        }
        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                count += AssertNoCompilerObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
        return count;
    }
}

using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Parsing
{
    /// <summary>
    /// Reads the metadata that build/CorpusGen.targets puts on the AdditionalFiles made from
    /// <c>&lt;Corpus&gt;</c> items. A file without <c>CorpusGenClassName</c> is not a corpus file.
    /// </summary>
    internal static class CorpusFileOptionsReader
    {
        /// <summary>16 MiB: far above any news article, far below what would strain the compiler.</summary>
        public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

        private const string Prefix = "build_metadata.AdditionalFiles.";

        public static CorpusFileOptions? Read(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        {
            AnalyzerConfigOptions options = provider.GetOptions(file);
            if (!options.TryGetValue(Prefix + "CorpusGenClassName", out string? className) || string.IsNullOrWhiteSpace(className))
            {
                return null;
            }

            string ns = Value(options, Prefix + "CorpusGenNamespace");
            if (ns.Length == 0) ns = Value(provider.GlobalOptions, "build_property.RootNamespace");

            string relative = Value(options, Prefix + "CorpusGenRelativePath");
            if (relative.Length == 0) relative = System.IO.Path.GetFileName(file.Path);
            relative = relative.Replace('\\', '/');

            long max = DefaultMaxDocumentBytes;
            string? invalidMax = null;
            string maxText = Value(options, Prefix + "CorpusGenMaxDocumentBytes").Trim();
            if (maxText.Length > 0)
            {
                if (long.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) && parsed > 0) max = parsed;
                else invalidMax = maxText;
            }
            return new CorpusFileOptions(className!.Trim(), ns.Trim(), relative, max, invalidMax,
                IsOn(Value(options, Prefix + "CorpusGenStopWords")), IsOn(Value(options, Prefix + "CorpusGenStemming")),
                ArticleProperties: !IsOff(Value(options, Prefix + "CorpusGenArticleProperties")),
                ResourceImage: Value(options, Prefix + "CorpusGenStorage").Trim().Equals("Resource", System.StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// The corpus a gazetteer file belongs to: build/CorpusGen.targets adds the <c>Entities</c> file of a
        /// &lt;Corpus&gt; item as an AdditionalFiles item with <c>CorpusGenGazetteerFor</c> (the class name).
        /// </summary>
        public static (string ClassName, string Namespace)? ReadGazetteer(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        {
            AnalyzerConfigOptions options = provider.GetOptions(file);
            if (!options.TryGetValue(Prefix + "CorpusGenGazetteerFor", out string? className) || string.IsNullOrWhiteSpace(className))
            {
                return null;
            }
            string ns = Value(options, Prefix + "CorpusGenNamespace");
            if (ns.Length == 0) ns = Value(provider.GlobalOptions, "build_property.RootNamespace");
            return (className!.Trim(), ns.Trim());
        }

        /// <summary>"true" (or "english", the one language there is) turns an analysis option on.</summary>
        private static bool IsOn(string value) =>
            value.Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase) || value.Trim().Equals("english", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>"false" turns an option that is on by default off.</summary>
        private static bool IsOff(string value) => value.Trim().Equals("false", System.StringComparison.OrdinalIgnoreCase);

        private static string Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) && value is not null ? value : string.Empty;
    }
}

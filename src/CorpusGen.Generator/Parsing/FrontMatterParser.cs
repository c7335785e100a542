using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using CorpusGen.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CorpusGen.Generator.Parsing
{
    /// <summary>
    /// Parses a YAML front matter block with YamlDotNet into typed entries: each top-level key a
    /// scalar or a list of scalars. A plain scalar's type is read off its text (bool, long,
    /// double, date, date-time, else string); a quoted scalar is always a string; null and ~ mean
    /// the key is absent. Anything else (nested mappings) is reported and left out.
    /// </summary>
    internal static class FrontMatterParser
    {
        private static readonly Regex Integer = new Regex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Real = new Regex(@"^[-+]?([0-9]*\.[0-9]+|[0-9]+\.[0-9]*)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
        private static readonly Regex Date = new Regex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);
        private static readonly Regex DateTime = new Regex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}", RegexOptions.CultureInvariant);

        /// <summary>A problem in the front matter: where (offset into the YAML) and what.</summary>
        public readonly record struct Problem(int Offset, int Length, string Message);

        public static List<MetadataEntry> Parse(string yaml, List<Problem> problems)
        {
            var entries = new List<MetadataEntry>();
            YamlMappingNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                if (stream.Documents.Count == 0) return entries;
                root = stream.Documents[0].RootNode as YamlMappingNode;
                if (root is null)
                {
                    problems.Add(new Problem(0, 0, "it is not a list of 'key: value' lines"));
                    return entries;
                }
            }
            catch (YamlException exception)
            {
                problems.Add(new Problem((int)Math.Min(exception.Start.Index, yaml.Length), 1, exception.Message));
                return entries;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> pair in root.Children)
            {
                if (pair.Key is not YamlScalarNode { Value: { Length: > 0 } key })
                {
                    problems.Add(new Problem(Offset(pair.Key, yaml), 1, "a key is not a plain name"));
                    continue;
                }
                switch (pair.Value)
                {
                    case YamlScalarNode scalar:
                        if (IsNull(scalar)) continue;
                        MetadataKind kind = KindOf(scalar);
                        entries.Add(new MetadataEntry(key, kind, new[] { Canonical(kind, scalar.Value!) }.ToEquatableArray(), scalar.Value!));
                        break;
                    case YamlSequenceNode sequence:
                        var items = new List<string>();
                        bool ok = true;
                        foreach (YamlNode item in sequence.Children)
                        {
                            if (item is YamlScalarNode itemScalar && !IsNull(itemScalar)) items.Add(itemScalar.Value!);
                            else if (item is not YamlScalarNode) ok = false;
                        }
                        if (!ok)
                        {
                            problems.Add(new Problem(Offset(pair.Value, yaml), 1, $"the value of '{key}' is a list of lists or mappings, which CorpusGen does not type; it is left out"));
                            continue;
                        }
                        entries.Add(new MetadataEntry(key, MetadataKind.StringArray, items.ToEquatableArray(), string.Join(", ", items)));
                        break;
                    default:
                        problems.Add(new Problem(Offset(pair.Value, yaml), 1, $"the value of '{key}' is a nested mapping, which CorpusGen does not type; it is left out"));
                        break;
                }
            }
            return entries;
        }

        private static int Offset(YamlNode node, string yaml) => (int)Math.Min(Math.Max(0, node.Start.Index), yaml.Length);

        private static bool IsNull(YamlScalarNode scalar) =>
            scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

        internal static MetadataKind KindOf(YamlScalarNode scalar)
        {
            string text = scalar.Value!;
            if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain) return MetadataKind.String;
            if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return MetadataKind.Boolean;
            if (Integer.IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return MetadataKind.Int64;
            if (Real.IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return MetadataKind.Double;
            if (Date.IsMatch(text) && System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return MetadataKind.Date;
            if (DateTime.IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)) return MetadataKind.DateTimeOffset;
            return MetadataKind.String;
        }

        /// <summary>The value in the invariant form the runtime parses back.</summary>
        internal static string Canonical(MetadataKind kind, string text)
        {
            switch (kind)
            {
                case MetadataKind.Boolean: return text.ToLowerInvariant();
                case MetadataKind.Int64: return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case MetadataKind.Double: return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
                case MetadataKind.Date: return text;
                case MetadataKind.DateTimeOffset:
                    return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToString("O", CultureInfo.InvariantCulture);
                default: return text;
            }
        }
    }
}

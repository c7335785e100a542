using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CorpusGen.Generator.Parsing
{
    /// <summary>
    /// Reads a gazetteer: a JSON array of entities,
    /// <c>[{ "name": "Mark Rutte", "kind": "Person", "aliases": ["Rutte", "Teflon Mark"] }, …]</c>.
    /// JSON is parsed with YamlDotNet (JSON is YAML's flow syntax), which gives every node its
    /// position, so each problem is reported at its place in the file:
    /// CG0015 (error) for what cannot be read — bad JSON, an entry that is not an object, a
    /// missing or empty name, a kind or alias that is not text — with that entry left out;
    /// CG0016 for a name given twice (the later entry is left out); CG0017 for an alias that
    /// another entity already has as name or alias (the later claim is dropped). "kind" defaults
    /// to "Other"; any word is allowed. Names compare ordinally after trimming.
    /// </summary>
    internal static class GazetteerParser
    {
        public static GazetteerResult Parse(AdditionalText file, string className, string ns, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            SourceText? source = file.GetText(cancellationToken);
            if (source is null)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidGazetteer, file.Path, Path.GetFileName(file.Path), "the file cannot be read"));
                return new GazetteerResult(null, diagnostics.ToEquatableArray());
            }
            string text = source.ToString();
            YamlSequenceNode? root = null;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlSequenceNode;
                if (root is null)
                {
                    diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, 0, 0, Path.GetFileName(file.Path), "it is not a JSON array of entities"));
                    return new GazetteerResult(null, diagnostics.ToEquatableArray());
                }
            }
            catch (YamlException exception)
            {
                int offset = (int)Math.Min(Math.Max(exception.Start.Index, 0), text.Length);
                diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, offset, 0, Path.GetFileName(file.Path), exception.Message));
                return new GazetteerResult(null, diagnostics.ToEquatableArray());
            }

            var entities = new List<EntitySpec>();
            var owners = new Dictionary<string, string>(StringComparer.Ordinal); // name or alias → owning entity's name
            foreach (YamlNode node in root.Children)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not YamlMappingNode entry)
                {
                    diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, Offset(node, text), 1, Path.GetFileName(file.Path), "an entry is not an object with a \"name\""));
                    continue;
                }
                string? name = null, kind = null;
                var aliases = new List<(string Alias, YamlNode Node)>();
                bool broken = false;
                foreach (KeyValuePair<YamlNode, YamlNode> pair in entry.Children)
                {
                    string key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
                    switch (key)
                    {
                        case "name":
                        case "kind":
                            if (pair.Value is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
                            {
                                diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, Offset(pair.Value, text), 1, Path.GetFileName(file.Path), $"\"{key}\" must be non-empty text"));
                                broken = true;
                            }
                            else if (key == "name") name = value.Trim();
                            else kind = value.Trim();
                            break;
                        case "aliases":
                            if (pair.Value is not YamlSequenceNode list)
                            {
                                diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, Offset(pair.Value, text), 1, Path.GetFileName(file.Path), "\"aliases\" must be an array of text"));
                                broken = true;
                                break;
                            }
                            foreach (YamlNode item in list.Children)
                            {
                                if (item is YamlScalarNode { Value: { } alias } && alias.Trim().Length > 0) aliases.Add((alias.Trim(), item));
                                else
                                {
                                    diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, Offset(item, text), 1, Path.GetFileName(file.Path), "an alias must be non-empty text"));
                                    broken = true;
                                }
                            }
                            break;
                        default:
                            // Unknown keys are allowed (room for "wikidata", "description", …) and ignored.
                            break;
                    }
                }
                if (broken) continue;
                if (name is null)
                {
                    diagnostics.Add(At(DiagnosticDescriptors.InvalidGazetteer, file.Path, source, Offset(entry, text), 1, Path.GetFileName(file.Path), "an entry has no \"name\""));
                    continue;
                }
                if (owners.TryGetValue(name, out string? owner))
                {
                    if (owner == name)
                    {
                        diagnostics.Add(At(DiagnosticDescriptors.DuplicateEntityName, file.Path, source, Offset(entry, text), 1, name));
                        continue;
                    }
                    // The name is an earlier entity's alias: a name is never dropped, so the alias is.
                    diagnostics.Add(At(DiagnosticDescriptors.AliasClaimedTwice, file.Path, source, Offset(entry, text), 1, name, owner));
                    int earlier = entities.FindIndex(e => e.Name == owner);
                    entities[earlier] = entities[earlier] with { Aliases = entities[earlier].Aliases.Where(a => a != name).ToEquatableArray() };
                }
                owners[name] = name;
                var kept = new List<string>();
                foreach (var (alias, aliasNode) in aliases)
                {
                    if (alias == name || kept.Contains(alias)) continue;
                    if (owners.TryGetValue(alias, out string? claimed))
                    {
                        diagnostics.Add(At(DiagnosticDescriptors.AliasClaimedTwice, file.Path, source, Offset(aliasNode, text), alias.Length, alias, claimed));
                        continue;
                    }
                    owners[alias] = name;
                    kept.Add(alias);
                }
                entities.Add(new EntitySpec(name, kind ?? "Other", kept.ToEquatableArray()));
            }
            return new GazetteerResult(new GazetteerSpec(className, ns, file.Path, entities.ToEquatableArray()), diagnostics.ToEquatableArray());
        }

        private static int Offset(YamlNode node, string text) => (int)Math.Min(Math.Max(node.Start.Index, 0), text.Length);

        private static DiagnosticInfo At(DiagnosticDescriptor descriptor, string path, SourceText source, int start, int length, params object[] args) =>
            DiagnosticInfo.InText(descriptor, path, source, start, length, args);
    }
}

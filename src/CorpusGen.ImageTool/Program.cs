using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace CorpusGen.ImageTool
{
    /// <summary>
    /// <c>CorpusGen.ImageTool @ARGS</c>: runs the generator over the corpus files listed in ARGS, one argument a
    /// line, and writes the image of each corpus with <c>Storage="Resource"</c> to
    /// <c>OUT/CorpusGen.{Namespace}.{ClassName}.image</c>:
    /// <code>
    /// -out OUT
    /// -global build_property.RootNamespace=…      (any number)
    /// -file
    /// /full/path/of/a/corpus/file.txt
    /// build_metadata.AdditionalFiles.CorpusGenClassName=…   (the file's options, as the compiler's .editorconfig has them)
    /// </code>
    /// Diagnostics are the compiler's to report (the generator runs there too); this step reports
    /// only what stops it, in MSBuild's error format, and exits with 1.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            try
            {
                return Run(ExpandResponseFiles(args));
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("CorpusGen.ImageTool : error CG0100: the corpus image could not be written: " + e.Message);
                return 1;
            }
        }

        private static int Run(IReadOnlyList<string> args)
        {
            var global = new Dictionary<string, string>(StringComparer.Ordinal);
            var files = new List<(string Path, Dictionary<string, string> Options)>();
            string? output = null;
            for (int i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "-out": output = args[++i]; break;
                    case "-global": Add(global, args[++i]); break;
                    case "-file":
                        var options = new Dictionary<string, string>(StringComparer.Ordinal);
                        files.Add((args[++i], options));
                        while (i + 1 < args.Count && !args[i + 1].StartsWith('-')) Add(options, args[++i]);
                        break;
                    default: throw new ArgumentException($"unexpected argument '{args[i]}'");
                }
            }
            if (output is null) throw new ArgumentException("no -out folder");

            Directory.CreateDirectory(output);
            foreach (string stale in Directory.GetFiles(output, "*.image")) File.Delete(stale);
            foreach (string path in ImageBuilder.WriteImages(files, global, output, CancellationToken.None))
            {
                Console.WriteLine("CorpusGen: wrote " + path);
            }
            return 0;
        }

        /// <summary>A <c>key=value</c> line; an empty value is left out, as if the item had no such metadata.</summary>
        private static void Add(Dictionary<string, string> options, string line)
        {
            int equals = line.IndexOf('=');
            if (equals <= 0) throw new ArgumentException($"'{line}' is not key=value");
            string value = line.Substring(equals + 1);
            if (value.Length > 0) options[line.Substring(0, equals)] = value;
        }

        private static List<string> ExpandResponseFiles(string[] args)
        {
            var expanded = new List<string>();
            foreach (string arg in args)
            {
                if (arg.StartsWith('@')) expanded.AddRange(File.ReadAllLines(arg.Substring(1)).Where(line => line.Length > 0));
                else expanded.Add(arg);
            }
            return expanded;
        }
    }
}

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
    /// <summary>
    /// <c>CorpusGen.ImageTool --editorconfig FILE --out DIR FILE…</c> (or <c>@RESPONSEFILE</c>, one argument a line):
    /// runs the generator over FILE… (the compiler's AdditionalFiles) with the options the compiler
    /// would read from FILE (the build's generated .editorconfig), and writes the image of each
    /// corpus with <c>Storage="Resource"</c> to <c>DIR/CorpusGen.{Namespace}.{ClassName}.image</c>.
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
            var editorConfigs = new List<string>();
            var files = new List<string>();
            string? output = null;
            for (int i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--editorconfig": editorConfigs.Add(args[++i]); break;
                    case "--out": output = args[++i]; break;
                    default: files.Add(args[i]); break;
                }
            }
            if (output is null)
            {
                Console.Error.WriteLine("usage: CorpusGen.ImageTool --editorconfig FILE --out DIR FILE...");
                return 2;
            }

            Directory.CreateDirectory(output);
            foreach (string stale in Directory.GetFiles(output, "*.image")) File.Delete(stale);
            var written = ImageBuilder.WriteImages(files, editorConfigs, output, CancellationToken.None);
            foreach (string path in written) Console.WriteLine("CorpusGen: wrote " + path);
            return 0;
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

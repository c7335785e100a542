using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CorpusGen.Synthetic
{
    /// <summary>Size of a corpus: documents, UTF-8 bytes, words (see <see cref="SyntheticCorpus.CountWords"/>) and distinct words (case-folded; −1 when not counted).</summary>
    public readonly record struct CorpusStats(int Documents, long Bytes, long Words, int DistinctWords)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"documents {Documents}, bytes {Bytes}, words {Words}, distinct words {(DistinctWords < 0 ? "-" : DistinctWords.ToString(CultureInfo.InvariantCulture))}");
    }

    /// <summary>
    /// A deterministic synthetic news corpus shaped like the seed articles. Document i depends only
    /// on (i, seed): the output is byte-identical on every run, machine and runtime (own PRNG, no
    /// System.Random, no platform math in the sampling), and a corpus of N documents is the first
    /// N documents of any larger corpus with the same seed.
    /// </summary>
    public static class SyntheticCorpus
    {
        public const ulong DefaultSeed = 42;

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The file name of document <paramref name="index"/>: <c>{index:D6}_{16 hex}.txt</c>, the hex from (seed, index).</summary>
        public static string FileName(int index, ulong seed)
        {
            if (index < 0) throw new ArgumentOutOfRangeException(nameof(index));
            return index.ToString("D6", CultureInfo.InvariantCulture) + "_" +
                SplitMix64.Derive(seed, 2, (ulong)index).ToString("x16", CultureInfo.InvariantCulture) + ".txt";
        }

        /// <summary>Document <paramref name="index"/> of the corpus for <paramref name="seed"/>: its file name and text.</summary>
        public static (string FileName, string Text) Document(int index, ulong seed)
        {
            string name = FileName(index, seed);
            return (name, new DocumentBuilder(Lexicon.Shared, seed, index).Build());
        }

        /// <summary>The UTF-8 bytes written for a text (no byte-order mark).</summary>
        public static byte[] Encode(string text) => Utf8.GetBytes(text);

        /// <summary>
        /// Writes documents 0..count−1 into <paramref name="folder"/> (created if missing; other files
        /// are left alone), in parallel, and returns their size. Distinct words are counted only when asked.
        /// </summary>
        public static CorpusStats Write(string folder, int count, ulong seed, bool countDistinctWords = false)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            Directory.CreateDirectory(folder);
            _ = Lexicon.Shared;
            var totals = new StatsAccumulator(countDistinctWords);
            Parallel.For(0, count, () => new StatsAccumulator(countDistinctWords), (i, _, local) =>
            {
                (string name, string text) = Document(i, seed);
                byte[] bytes = Encode(text);
                File.WriteAllBytes(Path.Combine(folder, name), bytes);
                local.Add(text, bytes.Length);
                return local;
            }, local => { lock (totals) totals.Merge(local); });
            return totals.ToStats();
        }

        /// <summary>The size of the texts (as UTF-8), counting distinct words too.</summary>
        public static CorpusStats Measure(IEnumerable<string> texts)
        {
            var acc = new StatsAccumulator(true);
            foreach (string text in texts) acc.Add(text, Utf8.GetByteCount(text));
            return acc.ToStats();
        }

        /// <summary>The size of the *.txt files in a folder.</summary>
        public static CorpusStats MeasureFolder(string folder)
        {
            string[] files = Directory.GetFiles(folder, "*.txt");
            var totals = new StatsAccumulator(true);
            Parallel.For(0, files.Length, () => new StatsAccumulator(true), (i, _, local) =>
            {
                byte[] bytes = File.ReadAllBytes(files[i]);
                local.Add(Utf8.GetString(bytes), bytes.Length);
                return local;
            }, local => { lock (totals) totals.Merge(local); });
            return totals.ToStats();
        }

        /// <summary>
        /// Edits document <paramref name="index"/> in place: adds a body paragraph, before the outlet
        /// signature when the document ends with one, else at the end. The paragraph is drawn from
        /// (seed, index, the file's current bytes), so an edit is deterministic and a second edit
        /// adds a different paragraph. Returns the file's path.
        /// </summary>
        public static string Edit(string folder, int index, ulong seed)
        {
            string path = Path.Combine(folder, FileName(index, seed));
            if (!File.Exists(path)) throw new FileNotFoundException($"Document {index} of the corpus for seed {seed} is not in {folder}.", path);
            byte[] bytes = File.ReadAllBytes(path);
            string text = Utf8.GetString(bytes);

            var builder = new DocumentBuilder(Lexicon.Shared, seed, index);
            builder.Reseed(SplitMix64.Derive(seed, 3, (ulong)index ^ Fnv1a(bytes)));
            string paragraph = builder.EditParagraph();

            string separator = text.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
            int contentEnd = text.Length;
            while (contentEnd > 0 && char.IsWhiteSpace(text[contentEnd - 1])) contentEnd--;
            int lastLineStart = text.LastIndexOf('\n', Math.Max(0, contentEnd - 1)) + 1;
            string lastLine = text.Substring(lastLineStart, contentEnd - lastLineStart);
            string edited = LooksLikeSignature(lastLine) && lastLineStart > 0
                ? text.Substring(0, lastLineStart) + paragraph + separator + text.Substring(lastLineStart)
                : text.Substring(0, contentEnd) + separator + paragraph + text.Substring(contentEnd);
            File.WriteAllBytes(path, Encode(edited));
            return path;
        }

        /// <summary>An outlet's sign-off: at most 40 characters and three words, no closing punctuation.</summary>
        private static bool LooksLikeSignature(string line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.Length > 40) return false;
            char last = line[^1];
            if (".!?,;:\"'\u201D\u2019)".Contains(last, StringComparison.Ordinal)) return false;
            return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;
        }

        private static ulong Fnv1a(byte[] bytes)
        {
            ulong h = 0xCBF29CE484222325UL;
            foreach (byte b in bytes)
            {
                h ^= b;
                h *= 0x100000001B3UL;
            }
            return h;
        }

        /// <summary>
        /// Words as the stats count them: runs of letters and digits, joined across one apostrophe,
        /// hyphen, period or comma that stands between two of them ("Rutte’s", "long-serving", "30,000", "2.5").
        /// </summary>
        public static int CountWords(string text)
        {
            int n = 0;
            foreach (Range _ in WordRanges(text)) n++;
            return n;
        }

        internal static IEnumerable<Range> WordRanges(string text)
        {
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) ||
                       (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]))))
                {
                    i++;
                }
                yield return new Range(start, i);
            }
        }

        private static bool IsJoiner(char c) => c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';

        private sealed class StatsAccumulator
        {
            private readonly HashSet<string>? _distinct;
            private int _documents;
            private long _bytes, _words;

            public StatsAccumulator(bool countDistinct)
            {
                _distinct = countDistinct ? new HashSet<string>(StringComparer.Ordinal) : null;
            }

            public void Add(string text, long bytes)
            {
                _documents++;
                _bytes += bytes;
                if (_distinct is null)
                {
                    _words += CountWords(text);
                    return;
                }
                HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = _distinct.GetAlternateLookup<ReadOnlySpan<char>>();
                Span<char> lower = stackalloc char[128];
                foreach (Range r in WordRanges(text))
                {
                    _words++;
                    ReadOnlySpan<char> word = text.AsSpan(r);
                    if (word.Length > lower.Length) word = word.Slice(0, lower.Length);
                    int n = word.ToLowerInvariant(lower);
                    lookup.Add(lower.Slice(0, n));
                }
            }

            public void Merge(StatsAccumulator other)
            {
                _documents += other._documents;
                _bytes += other._bytes;
                _words += other._words;
                if (_distinct is not null && other._distinct is not null) _distinct.UnionWith(other._distinct);
            }

            public CorpusStats ToStats() => new(_documents, _bytes, _words, _distinct?.Count ?? -1);
        }
    }
}

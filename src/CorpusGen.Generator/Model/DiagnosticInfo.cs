using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Model
{
    /// <summary>
    /// A diagnostic as plain data: the descriptor's id, a location in a text file and the
    /// message arguments. Models carry this instead of <see cref="Diagnostic"/> (which holds
    /// a <see cref="Location"/> object and compares by reference) so they stay equatable.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string DescriptorId,
        string? FilePath,
        TextSpan Span,
        LinePositionSpan LineSpan,
        EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string? filePath, TextSpan span, LinePositionSpan lineSpan, params object[] args) =>
            new DiagnosticInfo(descriptor.Id, filePath, span, lineSpan,
                args.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", a)).ToEquatableArray());

        /// <summary>A diagnostic at a stretch of a text file (clamped to the text), with its line and column.</summary>
        public static DiagnosticInfo InText(DiagnosticDescriptor descriptor, string path, SourceText source, int start, int length, params object[] args)
        {
            start = System.Math.Max(0, System.Math.Min(start, source.Length));
            length = System.Math.Max(0, System.Math.Min(length, source.Length - start));
            var span = new TextSpan(start, length);
            return Create(descriptor, path, span, source.Lines.GetLinePositionSpan(span), args);
        }

        public static DiagnosticInfo AtFile(DiagnosticDescriptor descriptor, string filePath, params object[] args) =>
            Create(descriptor, filePath, default, default, args);

        public static DiagnosticInfo Global(DiagnosticDescriptor descriptor, params object[] args) =>
            Create(descriptor, null, default, default, args);

        public Diagnostic ToDiagnostic()
        {
            Location location = FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan);
            return Diagnostic.Create(DiagnosticDescriptors.ById(DescriptorId), location, MessageArgs.Cast<object>().ToArray());
        }
    }
}

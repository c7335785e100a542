using System;
using System.Collections.Generic;

namespace CorpusGen.Generator.Emit
{
    /// <summary>Writes indented ASCII source text with '\n' line ends (the same on every OS) into an <see cref="AsciiSourceText"/>.</summary>
    internal sealed class SourceWriter
    {
        private readonly List<byte[]> _chunks = new List<byte[]>();
        private byte[] _chunk = new byte[AsciiSourceText.ChunkSize];
        private int _used;
        private long _length;
        private int _indent;

        /// <summary>
        /// Writes a line. Text from documents reaches here already escaped (<see cref="CSharpText"/>);
        /// what else may be outside ASCII is an identifier (an article id, a class or namespace
        /// name, a front matter key), written as the Unicode escape C# reads as the same identifier.
        /// </summary>
        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                Indent();
                AppendIdentifierSafe(text);
            }
            EndLine();
        }

        public void Open()
        {
            Line("{");
            _indent++;
        }

        public void Close(string after = "")
        {
            _indent--;
            Line("}" + after);
        }

        /// <summary>Starts a line to be written in pieces (<see cref="Append(string)"/>, <see cref="AppendLiteralContent"/>, …) and ended with <see cref="EndLine"/>.</summary>
        public void Indent()
        {
            for (int i = 0; i < _indent * 4; i++) Put((byte)' ');
        }

        /// <summary>Appends ASCII source text as it is.</summary>
        public void Append(string ascii)
        {
            foreach (char c in ascii)
            {
                if (c >= 0x80) throw new ArgumentException("Not ASCII: " + ascii, nameof(ascii));
                Put((byte)c);
            }
        }

        public void Append(char ascii, int count)
        {
            for (int i = 0; i < count; i++) Put((byte)ascii);
        }

        public void EndLine() => Put((byte)'\n');

        /// <summary>Appends <paramref name="text"/> as the inside of a regular C# string literal (see <see cref="CSharpText.AppendLiteralContent"/>).</summary>
        public void AppendLiteralContent(string text) => CSharpText.AppendLiteralContent(this, text);

        /// <summary>Appends bytes that are all printable ASCII (packed digits) as the inside of a string literal.</summary>
        public void AppendAsciiLiteralContent(byte[] bytes)
        {
            foreach (byte b in bytes)
            {
                if (b == '"' || b == '\\') Put((byte)'\\');
                Put(b);
            }
        }

        /// <summary>The text written: the writer must not be used afterwards.</summary>
        public AsciiSourceText ToSourceText()
        {
            if (_length > int.MaxValue) throw new InvalidOperationException("A generated source cannot exceed 2^31 characters.");
            _chunks.Add(_chunk);
            var text = new AsciiSourceText(_chunks.ToArray(), (int)_length);
            _chunks.Clear();
            _chunk = Array.Empty<byte>();
            return text;
        }

        private void AppendIdentifierSafe(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    Put((byte)c);
                }
                else
                {
                    i = CSharpText.AppendUnicodeEscape(this, text, i);
                }
            }
        }

        internal void Put(byte b)
        {
            if (_used == _chunk.Length)
            {
                _chunks.Add(_chunk);
                _chunk = new byte[AsciiSourceText.ChunkSize];
                _used = 0;
            }
            _chunk[_used++] = b;
            _length++;
        }
    }
}

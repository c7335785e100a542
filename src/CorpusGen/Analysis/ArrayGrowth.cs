using System;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// An array filled by appending, doubled when full and cut to its length at the end: what the
    /// tokenizer and the query parser build their results in instead of a <c>List&lt;T&gt;</c>. On a
    /// fresh process's first search a list would cost what these do not: its reference assembly
    /// (System.Collections) to load, and, for a list of a struct such as <see cref="Token"/>, generic
    /// code to JIT-compile (none of it can be precompiled). <c>new T[]</c> and <see cref="Array.Copy(Array, Array, int)"/>
    /// rather than <c>Array.Resize</c>, a generic method that would be the same.
    /// </summary>
    internal static class ArrayGrowth
    {
        /// <summary>Puts <paramref name="item"/> at <paramref name="count"/> (then one more), doubling <paramref name="items"/> first when it is full.</summary>
        public static void Append<T>(ref T[] items, ref int count, T item)
        {
            if (count == items.Length)
            {
                var more = new T[Math.Max(4, items.Length * 2)];
                Array.Copy(items, more, count);
                items = more;
            }
            items[count++] = item;
        }

        /// <summary>The first <paramref name="count"/> items: <paramref name="items"/> itself when it holds exactly that many.</summary>
        public static T[] Trim<T>(T[] items, int count)
        {
            if (count == items.Length) return items;
            var exact = new T[count];
            Array.Copy(items, exact, count);
            return exact;
        }
    }
}

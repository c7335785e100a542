using System;

namespace CorpusGen.Search
{
    /// <summary>
    /// BM25 as Lucene computes it: idf = ln(1 + (N − df + 0.5) / (df + 0.5)) and a term-frequency
    /// part tf·(k1 + 1) / (tf + k1·(1 − b + b·dl/avgdl)), with k1 = 1.2 and b = 0.75. Scores of
    /// the title field are multiplied by <see cref="TitleBoost"/>: a word in the headline says
    /// more about an article than the same word in its fifth paragraph.
    /// </summary>
    public static class Bm25
    {
        public const float K1 = 1.2f;
        public const float B = 0.75f;
        public const float TitleBoost = 2.0f;
        public const float BodyBoost = 1.0f;

        public static float Idf(int documentCount, int documentFrequency) =>
            (float)Math.Log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

        public static float TermFrequencyPart(float frequency, float fieldLength, float averageFieldLength) =>
            averageFieldLength <= 0 ? 0 : frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * fieldLength / averageFieldLength));
    }
}

using System.Runtime.CompilerServices;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// The trained model's arithmetic without ML.NET's prediction engine: the featurizer's grams
/// (<see cref="TextGrams"/>), one weight per gram and intent and a bias per intent, read once from
/// the trained model, then a softmax — what the engine computes, without its row cursor, its
/// copies of the text and its column buffers for every message. Same label and the same confidence
/// as the engine (within float rounding; a test compares them on the corpus).
/// </summary>
/// <remarks>
/// The hot methods are compiled fully optimised at once: at first they would run as quickly compiled code
/// until the runtime recompiles them in the background, which on a loaded machine takes thousands of readings.
/// </remarks>
internal sealed class IntentScorer
{
    private readonly TextGrams _grams;
    private readonly string[] _labels;
    private readonly float[] _biases;

    /// <summary>The weights by gram, then intent: a gram's weights for every intent lie together.</summary>
    private readonly float[] _weights;

    [ThreadStatic]
    private static Scratch? _scratch;

    private IntentScorer(TextGrams grams, string[] labels, float[] biases, float[] weights)
    {
        _grams = grams;
        _labels = labels;
        _biases = biases;
        _weights = weights;
    }

    /// <summary>The scorer of a trained pipeline (featurize "Features", SDCA maximum entropy on "Label"); null when its shape is not that.</summary>
    public static IntentScorer? Of(ITransformer model, DataViewSchema input)
    {
        var schema = model.GetOutputSchema(input);
        if (model is not IEnumerable<ITransformer> chain
            || chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().SingleOrDefault() is not { } trained
            || TextGrams.FromSlotNames(schema["Features"]) is not { } grams)
        {
            return null;
        }
        var labels = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Label"].GetKeyValues(ref labels);
        var byIntent = default(VBuffer<float>[]);
        trained.Model.GetWeights(ref byIntent, out var intents);
        var biases = trained.Model.GetBiases().ToArray();
        if (intents != labels.Length || biases.Length != intents || byIntent.Any(w => w.Length != grams.Count))
        {
            return null;
        }
        var weights = new float[grams.Count * intents];
        for (var intent = 0; intent < intents; intent++)
        {
            var gram = 0;
            foreach (var weight in byIntent[intent].DenseValues())
            {
                weights[gram++ * intents + intent] = weight;
            }
        }
        return new IntentScorer(grams, [.. labels.DenseValues().Select(l => l.ToString())], biases, weights);
    }

    /// <summary>The likeliest intent and its probability; null for a text only ML.NET's own normaliser reads right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (string Label, float Confidence)? Score(string text)
    {
        if (!TextGrams.Reads(text))
        {
            return null;
        }
        var scratch = _scratch is { } kept && kept.Fits(_grams.Count, _labels.Length) ? kept : _scratch = new Scratch(_grams.Count, _labels.Length);
        scratch.Clear();
        _grams.Find(text, scratch.Characters, scratch.Words);
        var scores = scratch.Scores;
        _biases.CopyTo(scores, 0);
        Add(scratch.Characters, scores);
        Add(scratch.Words, scores);
        return Softmax(scores);
    }

    /// <summary>Adds a block's grams, scaled to unit length as the featurizer scales each block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(TextGrams.Counts block, float[] scores)
    {
        var length = block.Length();
        if (length == 0)
        {
            return;
        }
        var intents = scores.Length;
        var weights = _weights.AsSpan();
        foreach (var gram in block.Seen)
        {
            var value = block[gram] / length;
            var row = weights.Slice(gram * intents, intents);
            for (var intent = 0; intent < intents; intent++)
            {
                scores[intent] += value * row[intent];
            }
        }
    }

    /// <summary>The first highest score's label and its softmax probability.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string Label, float Confidence) Softmax(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            best = scores[i] > scores[best] ? i : best;
        }
        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp(score - scores[best]);
        }
        return (_labels[best], (float)(1 / sum));
    }

    /// <summary>One thread's counts and scores, reused message after message.</summary>
    private sealed class Scratch(int grams, int intents)
    {
        public TextGrams.Counts Characters { get; } = new(grams);

        public TextGrams.Counts Words { get; } = new(grams);

        public float[] Scores { get; } = new float[intents];

        public bool Fits(int gramCount, int intentCount) => Characters.Slots == gramCount && Scores.Length == intentCount;

        public void Clear()
        {
            Characters.Clear();
            Words.Clear();
        }
    }
}

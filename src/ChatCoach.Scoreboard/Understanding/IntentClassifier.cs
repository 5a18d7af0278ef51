using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// The trained intent model (ML.NET): word uni- and bigrams and character trigrams of
/// <see cref="Features"/>, a maximum-entropy classifier (SDCA). Trained from the corpus's training
/// rows at first use — about a second — with a fixed seed, so the same corpus gives the same model.
/// The held-out rows are never seen. Thread-safe: each thread predicts with its own engine.
/// </summary>
public sealed class IntentClassifier : IDisposable
{
    /// <summary>Enough passes for the corpus to settle; more buys nothing measurable and costs start-up time.</summary>
    private const int Iterations = 100;

    private static readonly DateOnly CorpusDay = new(2026, 11, 23);
    private static readonly BuiltOnce<IntentClassifier> Trained = new(() => Train(CorpusRow.Corpus.Where(r => !r.HeldOut)));

    private readonly ITransformer _model;
    private readonly IntentScorer? _scorer;
    private readonly Speller _speller;
    private readonly ThreadLocal<LastPrediction?> _last = new();
    private int _predictions;
    private readonly MLContext _ml;
    private readonly ThreadLocal<PredictionEngine<Example, Prediction>> _engine;

    private IntentClassifier(MLContext ml, ITransformer model, IntentScorer? scorer, Speller speller, TimeSpan took)
    {
        _ml = ml;
        _speller = speller;
        _model = model;
        _scorer = scorer;
        TrainingTime = took;
        _engine = new(() => _ml.Model.CreatePredictionEngine<Example, Prediction>(_model));
    }

    /// <summary>The model trained on every training row of the corpus, built once per process.</summary>
    public static IntentClassifier Shared => Trained.Value;

    public TimeSpan TrainingTime { get; }

    public static IntentClassifier Train(IEnumerable<CorpusRow> rows)
    {
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(seed: 29);
        var examples = rows.Select(r => (Text: Features.Particulars(r.Text, CorpusDay), Label: r.Intent)).ToList();
        var speller = new Speller(examples.Select(e => e.Text), Features.IndicatorNames);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Example { Text = Features.Of(e.Text, speller), Label = e.Label }).ToList());
        // Built in this order, as one chain used to be: each part's random seed comes from the context in turn, so the
        // same corpus still gives the same model.
        var featurize = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(Example.Text)));
        var maxEnt = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Features", maximumNumberOfIterations: Iterations);
        var toLabel = ml.Transforms.Conversion.MapKeyToValue("PredictedLabel");
        var featurized = featurize.Fit(data);
        var features = featurized.Transform(data);
        var trained = maxEnt.Fit(new FeaturizedOnce(ml.Data.Cache(features), features.GetRowCount()));
        var model = featurized.Append(trained).Append(toLabel.Fit(trained.Transform(features)));
        return new IntentClassifier(ml, model, IntentScorer.Of(model, data.Schema), speller, watch.Elapsed);
    }

    /// <summary>How many times the model itself was run (a repeated message is answered from the last prediction).</summary>
    public int Predictions => _predictions;

    /// <summary>
    /// The intent label the model reads and its probability (0–1). A turn may read its message more
    /// than once (again against the workspace's own board); the model's answer does not depend on
    /// the board, so each thread's last prediction is reused for the same words on the same day.
    /// </summary>
    public (string Label, float Confidence) Predict(string message, DateOnly today)
    {
        if (_last.Value is { } last && last.Today == today && string.Equals(last.Message, message, StringComparison.Ordinal))
        {
            return last.Result;
        }
        Interlocked.Increment(ref _predictions);
        var text = Features.Of(message, today, _speller);
        var result = _scorer?.Score(text) ?? PredictWithEngine(text);
        _last.Value = new LastPrediction(message, today, result);
        return result;
    }

    /// <summary>Whether predictions are scored from the model's weights (<see cref="IntentScorer"/>) rather than by ML.NET's engine.</summary>
    internal bool ScoresItself => _scorer is not null;

    /// <summary>ML.NET's own prediction for a message, bypassing the scorer: what the scorer must agree with.</summary>
    internal (string Label, float Confidence) PredictWithEngine(string message, DateOnly today) => PredictWithEngine(Features.Of(message, today, _speller));

    /// <summary>What the scorer computes for a message, without the last-prediction memo; null for a text it leaves to the engine.</summary>
    internal (string Label, float Confidence)? ScoreItself(string message, DateOnly today) => _scorer?.Score(Features.Of(message, today, _speller));

    private (string Label, float Confidence) PredictWithEngine(string text)
    {
        var prediction = _engine.Value!.Predict(new Example { Text = text });
        return (prediction.PredictedLabel, prediction.Score.Length == 0 ? 0 : prediction.Score.Max());
    }

    public void Dispose()
    {
        _engine.Dispose();
        _last.Dispose();
    }

    /// <summary>
    /// The featurized rows, kept after the first pass, in their order. SDCA makes a hundred passes; over the featurizer's own
    /// output each pass featurized every row again — most of training, and slower still while the code is freshly compiled.
    /// Handed over as not shuffleable, as the featurizer's output is, so SDCA shuffles them exactly as it always did.
    /// </summary>
    private sealed class FeaturizedOnce(IDataView cached, long? rows) : IDataView
    {
        public bool CanShuffle => false;

        public DataViewSchema Schema => cached.Schema;

        public long? GetRowCount() => rows;

        public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => cached.GetRowCursor(columnsNeeded);

        public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [cached.GetRowCursor(columnsNeeded)];
    }

    private sealed record LastPrediction(string Message, DateOnly Today, (string Label, float Confidence) Result);

    private sealed class Example
    {
        public string Text { get; set; } = "";

        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";

        public float[] Score { get; set; } = [];
    }
}

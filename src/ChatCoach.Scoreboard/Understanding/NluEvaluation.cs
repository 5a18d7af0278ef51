using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>One utterance read in an evaluation: what it was labelled, what the pipeline made of it.</summary>
public sealed record EvaluatedRow(CorpusRow Row, string Got, Decision Decision, bool WrongWrite, TimeSpan Took = default, string Model = "", float Confidence = 0)
{
    public bool Right => Row.Intent == Got;
}

/// <summary>How well the pipeline reads a set of utterances it was not trained on.</summary>
/// <param name="CrossValidated">Every training row as read by the fold that did not train on it: what diagnosis may look at.</param>
public sealed record NluReport(IReadOnlyList<EvaluatedRow> HeldOut, IReadOnlyList<double> FoldAccuracies, TimeSpan TrainingTime, int TrainingRows,
    IReadOnlyList<EvaluatedRow>? CrossValidated = null)
{
    public double Accuracy => HeldOut.Count == 0 ? 0 : HeldOut.Count(r => r.Right) / (double)HeldOut.Count;

    public int WrongWrites => HeldOut.Count(r => r.WrongWrite);

    public double WrongWriteRate => HeldOut.Count == 0 ? 0 : WrongWrites / (double)HeldOut.Count;
}

/// <summary>
/// The honest measure of the reader (issue 29): the fixed held-out fifth of the corpus — whole
/// templates the model never saw — read through the whole pipeline; and k-fold cross-validation over
/// the training rows, folded by template too. A wrong write is a write done straight away that the
/// utterance did not ask for (another intent, or another indicator).
/// </summary>
public static class NluEvaluation
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static NluReport Run(int folds = 5)
    {
        var corpus = CorpusRow.Corpus;
        var training = corpus.Where(r => !r.HeldOut).ToList();
        var watch = Stopwatch.StartNew();
        using var classifier = IntentClassifier.Train(training);
        var took = watch.Elapsed;
        var heldOut = Evaluate(new Reader(classifier), corpus.Where(r => r.HeldOut));
        var (accuracies, crossValidated) = CrossValidate(training, folds);
        return new NluReport(heldOut, accuracies, took, training.Count, crossValidated);
    }

    public static IReadOnlyList<EvaluatedRow> Evaluate(Reader reader, IEnumerable<CorpusRow> rows) =>
        [.. rows.Select(row =>
        {
            var started = Stopwatch.GetTimestamp();
            var reading = reader.Read(row.Text, Today);
            return Judge(row, reading, Stopwatch.GetElapsedTime(started));
        })];

    private static EvaluatedRow Judge(CorpusRow row, Reading reading, TimeSpan took)
    {
        var got = IntentLabels.Of(reading.Intent);
        var wrong = reading.WritesNow && (got != row.Intent || !SameIndicator(row, reading.Intent));
        return new EvaluatedRow(row, got, reading.Decision, wrong, took, reading.ModelLabel, reading.Confidence);
    }

    private static bool SameIndicator(CorpusRow row, Intent intent)
    {
        var phrase = intent switch { RecordValue r => r.Indicator, SetOwner o => o.Indicator, SetTarget t => t.Indicator, _ => null };
        return phrase is null || !row.Slots.TryGetValue("indicator", out var key)
            || IndicatorMatcher.Match(phrase, DefaultScoreboard.Indicators).Indicator?.Key == key;
    }

    /// <summary>Pipeline accuracy on each fold of the training rows, trained on the others; folds are whole templates.</summary>
    private static (List<double> Accuracies, List<EvaluatedRow> Rows) CrossValidate(IReadOnlyList<CorpusRow> training, int folds)
    {
        var all = new List<EvaluatedRow>();
        var templates = training.Select(r => r.Template).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = templates.Select((t, i) => (t, i % folds)).ToDictionary(x => x.t, x => x.Item2, StringComparer.Ordinal);
        var accuracies = new List<double>();
        for (var fold = 0; fold < folds; fold++)
        {
            using var classifier = IntentClassifier.Train(training.Where(r => foldOf[r.Template] != fold));
            var rows = Evaluate(new Reader(classifier), training.Where(r => foldOf[r.Template] == fold));
            accuracies.Add(rows.Count(r => r.Right) / (double)Math.Max(1, rows.Count));
            all.AddRange(rows);
        }
        return (accuracies, all);
    }

    /// <summary>
    /// The training rows the cross-validation folds read wrong, with their worst confusions: the only misses
    /// a change to the corpus or the reader may be tuned on (the held-out fifth is for measuring, not looking at).
    /// </summary>
    public static string CrossValidationMisses(NluReport report)
    {
        var rows = report.CrossValidated ?? [];
        var text = new StringBuilder();
        text.AppendLine(Line($"Cross-validation: {rows.Count(r => r.Right)}/{rows.Count} training rows read right by the fold that did not train on them."));
        Table(text, "Cross-validation per intent", rows.GroupBy(r => r.Row.Intent));
        text.AppendLine("Cross-validation confusions (labelled → read):");
        foreach (var pair in rows.Where(r => !r.Right).GroupBy(r => (r.Row.Intent, r.Got)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Intent, StringComparer.Ordinal).Take(25))
        {
            text.AppendLine(Line($"  {pair.Key.Intent} → {pair.Key.Got}: {pair.Count()}  e.g. \"{pair.First().Row.Text}\""));
        }
        text.AppendLine("By the model's confidence (rows, the model's label right, the reading right):");
        foreach (var band in rows.GroupBy(r => Math.Min(9, (int)(r.Confidence * 10))).OrderBy(g => g.Key))
        {
            text.AppendLine(Line($"  {band.Key / 10.0:0.0}–{(band.Key + 1) / 10.0:0.0} {band.Count(),5} {band.Count(r => r.Model == r.Row.Intent) / (double)band.Count(),7:P0} {band.Count(r => r.Right) / (double)band.Count(),7:P0}"));
        }
        var overruled = rows.Where(r => !r.Right && r.Model == r.Row.Intent).ToList();
        text.AppendLine(Line($"Read wrong though the model was right ({overruled.Count}; a phrase or a rule of the reader won):"));
        foreach (var pair in overruled.GroupBy(r => (r.Row.Intent, r.Got)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Intent, StringComparer.Ordinal).Take(15))
        {
            text.AppendLine(Line($"  {pair.Key.Intent} → {pair.Key.Got}: {pair.Count()}  e.g. \"{pair.First().Row.Text}\" (model {pair.First().Confidence:0.00})"));
        }
        text.Append(MissLines(rows));
        return text.ToString();
    }

    /// <summary>Every held-out utterance read wrong, wrong writes first.</summary>
    public static string Misses(NluReport report) => MissLines(report.HeldOut);

    /// <summary>
    /// Phrasings written by hand ("label", "message"), read and judged as the corpus is: a way to try how people talk
    /// without looking at the held-out fifth. The misses, wrong writes first, then one line of totals.
    /// </summary>
    public static (string Text, int WrongWrites) Probe(IEnumerable<(string Label, string Message)> phrasings)
    {
        var rows = Evaluate(new Reader(IntentClassifier.Shared),
            phrasings.Select(p => new CorpusRow(p.Message, p.Label, "probe", "probe", new Dictionary<string, string>(), "probe", "probe")));
        var wrongWrites = rows.Count(r => r.WrongWrite);
        return (MissLines(rows) + Line($"Probe: {rows.Count(r => r.Right)}/{rows.Count} read right, {wrongWrites} wrong writes.") + Environment.NewLine, wrongWrites);
    }

    private static string MissLines(IEnumerable<EvaluatedRow> rows) => string.Concat(rows.Where(r => !r.Right || r.WrongWrite)
        .OrderByDescending(r => r.WrongWrite).ThenBy(r => r.Row.Intent, StringComparer.Ordinal)
        .Select(r => Line($"{(r.WrongWrite ? "WRONG WRITE " : "")}[{r.Row.Intent}/{r.Row.Mood}/{r.Row.Noise}] \"{r.Row.Text}\" → {r.Got} ({r.Decision}; model {r.Model} {r.Confidence:0.00})") + Environment.NewLine));

    public static string Render(NluReport report)
    {
        var text = new StringBuilder();
        var held = report.HeldOut;
        text.AppendLine(Line($"Held-out fifth: {held.Count} utterances from templates never trained on; trained on {report.TrainingRows} in {report.TrainingTime.TotalSeconds:0.0} s."));
        text.AppendLine(Line($"Understood: {held.Count(r => r.Right)}/{held.Count} ({report.Accuracy:P1}). Wrong writes: {report.WrongWrites} ({report.WrongWriteRate:P1})."));
        text.AppendLine(Line($"Writes asked about first: {held.Count(r => r.Decision == Decision.Confirm)}; written straight away: {held.Count(r => r.Decision == Decision.Act && IntentLabels.IsWrite(r.Got))}; suggestions instead: {held.Count(r => r.Decision == Decision.Suggest)}."));
        var times = held.Select(r => r.Took.TotalMicroseconds).Order().ToList();
        text.AppendLine(Line($"One reading (first pass, not a benchmark): median {times[times.Count / 2]:0} µs, p99 {times[(int)(times.Count * 0.99)]:0} µs."));
        text.AppendLine(Line($"{report.FoldAccuracies.Count}-fold cross-validation (by template) on the training rows: mean {report.FoldAccuracies.Average():P1} (folds {string.Join(", ", report.FoldAccuracies.Select(a => a.ToString("P0", CultureInfo.InvariantCulture)))})."));
        Table(text, "Per intent", held.GroupBy(r => r.Row.Intent));
        Table(text, "Per mood", held.GroupBy(r => r.Row.Mood));
        Table(text, "Per noise", held.GroupBy(r => r.Row.Noise));
        text.AppendLine("Worst confusions (labelled → read):");
        foreach (var pair in held.Where(r => !r.Right).GroupBy(r => (r.Row.Intent, r.Got)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Intent, StringComparer.Ordinal).Take(8))
        {
            text.AppendLine(Line($"  {pair.Key.Intent} → {pair.Key.Got}: {pair.Count()}  e.g. \"{pair.First().Row.Text}\""));
        }
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, IEnumerable<IGrouping<string, EvaluatedRow>> groups)
    {
        text.AppendLine(title + ":");
        foreach (var group in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = group.Count(r => r.Right);
            text.AppendLine(Line($"  {group.Key,-14} {right,4}/{group.Count(),-4} {right / (double)group.Count(),7:P1}"));
        }
    }

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}

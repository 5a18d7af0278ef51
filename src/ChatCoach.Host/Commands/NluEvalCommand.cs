using System.Globalization;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Host.Commands;

/// <summary>
/// `nlu-eval [--folds N]`: trains the intent classifier on the corpus's training rows, reads the
/// held-out fifth through the whole reading pipeline, runs k-fold cross-validation, and prints
/// accuracy per intent, mood and noise, the worst confusions and the wrong-write rate. Needs no
/// model, database or network. Exits 1 when anything on the held-out fifth was written wrongly.
/// </summary>
public static class NluEvalCommand
{
    private const int DefaultFolds = 5;

    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var folds = DefaultFolds;
        if (line.Option("folds") is { } given && (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out folds) || folds is < 2 or > 20))
        {
            error.WriteLine($"--folds takes a whole number from 2 to 20, not '{given}'.");
            return 2;
        }
        if (line.Option("read") is { } message)
        {
            var reading = new Reader(IntentClassifier.Shared).Read(message, NluEvaluation.Today);
            output.WriteLine($"{reading.Decision}: {reading.Intent} (model: {reading.ModelLabel} {reading.Confidence:0.00}, mood: {reading.Mood})");
            return 0;
        }
        if (line.Option("probe") is { } file)
        {
            return Probe(file, output, error);
        }
        var report = NluEvaluation.Run(folds);
        output.Write(NluEvaluation.Render(report));
        if (line.Flag("misses"))
        {
            output.Write(NluEvaluation.Misses(report));
        }
        if (line.Flag("cv-misses"))
        {
            output.Write(NluEvaluation.CrossValidationMisses(report));
        }
        return report.WrongWrites == 0 ? 0 : 1;
    }

    /// <summary>
    /// Reads phrasings written by hand, one "label&lt;TAB&gt;message" a line, and prints the ones read wrong: a way to
    /// try how people talk without looking at the held-out fifth. Exits 1 when one of them would be written wrongly.
    /// </summary>
    private static int Probe(string file, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"No such file: {file}");
            return 2;
        }
        var lines = File.ReadLines(file).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2 && !p[0].StartsWith('#'));
        var (text, wrongWrites) = NluEvaluation.Probe(lines.Select(p => (p[0].Trim(), p[1].Trim())));
        output.Write(text);
        return wrongWrites == 0 ? 0 : 1;
    }
}

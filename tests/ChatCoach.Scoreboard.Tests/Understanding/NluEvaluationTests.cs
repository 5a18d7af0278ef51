using ChatCoach.Scoreboard.Understanding;
using Xunit.Abstractions;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// The reader measured honestly: the fixed held-out fifth of the corpus (whole templates never
/// trained on) through the whole pipeline. Nothing there may be written wrongly; the accuracy floor
/// is raised as the corpus grows, never lowered to make a change pass. The report is printed.
/// </summary>
public sealed class NluEvaluationTests(ITestOutputHelper output)
{
    private const double Floor = 0.84;

    [Fact]
    public void The_held_out_fifth_is_read_above_the_floor_and_nothing_in_it_is_written_wrongly()
    {
        var report = NluEvaluation.Run(folds: 3);
        output.WriteLine(NluEvaluation.Render(report));
        output.WriteLine(NluEvaluation.Misses(report));

        Assert.Equal(0, report.WrongWrites);
        Assert.True(report.Accuracy >= Floor, $"Held-out accuracy {report.Accuracy:P1} is below the floor {Floor:P0}.");
    }

    [Fact]
    public void The_corpus_is_large_and_its_held_out_fifth_shares_no_template_with_the_training_rows()
    {
        var corpus = CorpusRow.Corpus;
        var held = corpus.Where(r => r.HeldOut).ToList();

        Assert.True(corpus.Count >= 2000, $"The corpus has {corpus.Count} utterances.");
        Assert.InRange(held.Count / (double)corpus.Count, 0.15, 0.25);
        Assert.Empty(held.Select(r => r.Template).Intersect(corpus.Where(r => !r.HeldOut).Select(r => r.Template)));
        Assert.Empty(held.Select(r => r.Text.ToLowerInvariant()).Intersect(corpus.Where(r => !r.HeldOut).Select(r => r.Text.ToLowerInvariant())));
    }

    [Theory]
    [InlineData("what if win rate were 40%")]
    [InlineData("was win rate 40% last month?")]
    [InlineData("win rate will be 40% next month")]
    [InlineData("we're hoping win rate hits 40%")]
    [InlineData("don't log 40% for win rate")]
    [InlineData("I'm not sure win rate was 40%")]
    [InlineData("would 40% win rate put us on target?")]
    [InlineData("win rate 40%?")]
    [InlineData("drop the win rate target")]
    [InlineData("bump the win rate target up to 40%")]
    public void Nothing_that_is_not_a_plain_statement_is_written_straight_away(string said)
    {
        var reading = new Reader(IntentClassifier.Shared).Read(said, NluEvaluation.Today);

        Assert.False(reading.WritesNow, $"\"{said}\" would be written: {reading.Intent}");
    }

    [Fact]
    public void A_probe_phrasing_is_judged_as_a_corpus_row_is_and_a_write_under_another_label_is_a_wrong_write()
    {
        var (text, wrongWrites) = NluEvaluation.Probe(
        [
            ("record_value", "record 31% for win rate for October 2026"),
            ("ask_value", "record 412 for cost per opp for October 2026"),
        ]);

        Assert.Equal(1, wrongWrites);
        Assert.Contains("WRONG WRITE [ask_value/probe/probe] \"record 412 for cost per opp for October 2026\"", text, StringComparison.Ordinal);
        Assert.Contains("Probe: 1/2 read right, 1 wrong writes.", text, StringComparison.Ordinal);
    }
}

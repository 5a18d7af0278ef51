using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>A turn reads its message again against the workspace's board; the model runs once for it.</summary>
public sealed class PredictOnceTests
{
    [Fact]
    public void Reading_the_same_message_again_against_another_board_runs_the_model_once()
    {
        using var classifier = IntentClassifier.Train(CorpusRow.Corpus.Where((r, i) => !r.HeldOut && i % 8 == 0));
        var reader = new Reader(classifier);
        const string said = "put down 450 for cost per opp for September";

        var first = reader.Read(said, NluEvaluation.Today);
        var again = reader.Read(said, NluEvaluation.Today, DefaultScoreboard.Indicators);

        Assert.Equal(1, classifier.Predictions);
        Assert.Equal((first.ModelLabel, first.Confidence), (again.ModelLabel, again.Confidence));

        reader.Read(said, NluEvaluation.Today.AddDays(1));
        reader.Read("who owns win rate", NluEvaluation.Today);
        Assert.Equal(3, classifier.Predictions);
    }
}

using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// The classifier scores messages from its trained weights, not with ML.NET's prediction engine: it
/// must read every message exactly as the engine does.
/// </summary>
public sealed class IntentScorerTests
{
    private static readonly DateOnly Today = NluEvaluation.Today;

    [Fact]
    public void Every_corpus_message_gets_the_engines_label_and_confidence()
    {
        var classifier = IntentClassifier.Shared;
        Assert.True(classifier.ScoresItself);

        var differing = CorpusRow.Corpus.Select(r => r.Text)
            .Select(text => (text, Own: classifier.ScoreItself(text, Today), Engine: classifier.PredictWithEngine(text, Today)))
            .Where(p => p.Own is not { } own || own.Label != p.Engine.Label || Math.Abs(own.Confidence - p.Engine.Confidence) > 1e-4)
            .Select(p => $"{p.text}: {p.Own} vs {p.Engine}")
            .ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("zzz qqq")]
    [InlineData("win rate win rate win rate 31%")]
    [InlineData("record   31% |for| win rate")]
    public void Messages_with_no_known_words_or_repeated_words_score_as_the_engine_does(string said)
    {
        var classifier = IntentClassifier.Shared;

        var own = classifier.ScoreItself(said, Today);
        var engine = classifier.PredictWithEngine(said, Today);

        Assert.NotNull(own);
        Assert.Equal(engine.Label, own.Value.Label);
        Assert.Equal(engine.Confidence, own.Value.Confidence, 1e-4);
    }

    [Fact]
    public void A_message_with_letters_the_normaliser_would_change_is_left_to_the_engine()
    {
        var classifier = IntentClassifier.Shared;
        const string said = "what's the café's win rate";

        Assert.Null(classifier.ScoreItself(said, Today));
        Assert.Equal(classifier.PredictWithEngine(said, Today), classifier.Predict(said, Today.AddDays(1)));
    }
}

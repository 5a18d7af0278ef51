using ChatCoach.Scoreboard.Understanding;
using Xunit.Abstractions;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// Forty ordinary things a leader might say, written for this test without looking at the corpus's
/// templates, and a list of things that must never be written. The first set is a second, small
/// held-out measure beside <c>nlu-eval</c>: its floor says how many at least are read right (a write
/// counts when it is done or asked about, never when it turns into suggestions). The second allows no
/// exception: a question, a what-if or a negation is neither written nor offered as a write, and a
/// hedge is at most asked about.
/// </summary>
public sealed class EverydayPhrasingTests(ITestOutputHelper output)
{
    /// <summary>
    /// 33 of 40 when the set was written; 36 once three general faults it showed were mended (a near-certain
    /// model over a loose phrase, chatter read as an indicator, "time to proof" read as two rows); 34 since
    /// weak model readings (below 0.45) are suggested rather than acted on, as the near-miss buttons need.
    /// The model is trained with a fixed seed, so the count moves only when the corpus or the reader does.
    /// </summary>
    private const int Floor = 34;

    private static readonly (string Said, string Means)[] Everyday =
    [
        ("hey, how are the numbers this month?", "standing"),
        ("can I get a quick scoreboard update", "standing"),
        ("r we on track", "standing"),
        ("scorecard pls 🙏", "standing"),
        ("what's still missing for November?", "missing"),
        ("which owners still owe us a number", "missing"),
        ("has everybody reported?", "missing"),
        ("who owns cost per opportunity?", "owner_of"),
        ("who's in charge of the win rate number", "owner_of"),
        ("who should I talk to about attribution", "owner_of"),
        ("whos resposible for win rate", "owner_of"),
        ("list every owner", "owners"),
        ("<@slack:U0DANA> should own proof shipped", "set_owner"),
        ("I'll look after time to proof from now on", "set_owner"),
        ("record 412 for cost per opp for October", "record_value"),
        ("win rate for October was 33%", "record_value"),
        ("October proof shipped: 4", "record_value"),
        ("log 18 days for result to proof last month", "record_value"),
        ("cpo came in at $455 in october", "record_value"),
        ("set the win rate target to 35%", "set_target"),
        ("change the target for proof to 6", "set_target"),
        ("our goal for cost per opp is $400", "set_target"),
        ("what's win rate's target?", "ask_target"),
        ("are we hitting target on attribution?", "ask_target"),
        ("what was win rate in September?", "ask_value"),
        ("how's cost per opp", "ask_value"),
        ("<@U07BOT123> how r we doing on proof?", "ask_value"),
        ("is win rate getting better?", "ask_trend"),
        ("has proof shipped gone down since the summer", "ask_trend"),
        ("every win rate number we've recorded", "history"),
        ("can you chart cost per opp for me", "chart"),
        ("which indicator is doing worst?", "furthest_off"),
        ("anything change on the board this month?", "changes"),
        ("what can this bot do", "help"),
        ("thanks a bunch", "thanks"),
        ("good morning coach", "greeting"),
        ("cya tomorrow", "farewell"),
        ("ok great", "ack"),
        ("actually forget it", "never_mind"),
        ("what time is lunch", "unknown"),
    ];

    private static readonly Reader Reader = new(IntentClassifier.Shared);

    [Fact]
    public void At_least_the_floor_of_forty_everyday_phrasings_is_read_right()
    {
        var wrong = Everyday.Select(e => (e.Said, e.Means, Reading: Reader.Read(e.Said, NluEvaluation.Today)))
            .Where(e => !ReadRight(e.Means, e.Reading)).ToList();
        foreach (var (said, means, reading) in wrong)
        {
            output.WriteLine($"\"{said}\" means {means}; read {IntentLabels.Of(reading.Intent)} ({reading.Decision}; model {reading.ModelLabel} {reading.Confidence:0.00})");
        }

        Assert.Equal(40, Everyday.Length);
        Assert.True(Everyday.Length - wrong.Count >= Floor, $"{Everyday.Length - wrong.Count} of {Everyday.Length} read right; the floor is {Floor}.");
    }

    [Theory]
    [InlineData("what if cost per opp dropped to $300")]
    [InlineData("could win rate reach 45% next quarter?")]
    [InlineData("was proof shipped 5 in October?")]
    [InlineData("is the win rate target 40%?")]
    [InlineData("win rate isn't 31%")]
    [InlineData("please don't set the target for proof to 10")]
    [InlineData("if we made <@slack:U0DANA> the owner of win rate, would that help?")]
    [InlineData("should we change the target for win rate to 50%?")]
    [InlineData("did someone record 20 days for time to proof?")]
    [InlineData("imagine win rate at 60%")]
    [InlineData("we'll probably hit 40% win rate next month")]
    [InlineData("nobody owns attribution, do they?")]
    [InlineData("cost per opp can't be $900")]
    public void A_question_a_what_if_or_a_negation_is_neither_written_nor_offered(string said)
    {
        var reading = Reader.Read(said, NluEvaluation.Today);

        Assert.False(reading.WritesNow, $"\"{said}\" would be written: {reading.Intent}");
        Assert.NotEqual(Decision.Confirm, reading.Decision);
    }

    [Theory]
    [InlineData("I think win rate was maybe 31%")]
    [InlineData("cost per opp was around $500 I guess")]
    [InlineData("not sure, attribution might have been 30%")]
    public void A_hedge_is_at_most_asked_about(string said) =>
        Assert.False(Reader.Read(said, NluEvaluation.Today).WritesNow, $"\"{said}\" would be written straight away.");

    /// <summary>The label is right; a write is done or asked about, anything else is acted on.</summary>
    private static bool ReadRight(string means, Reading reading) =>
        IntentLabels.Of(reading.Intent) == means
        && (IntentLabels.IsWrite(means) ? reading.Decision is Decision.Act or Decision.Confirm : reading.Decision == Decision.Act || means == IntentLabels.Unknown);
}

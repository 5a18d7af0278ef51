using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.Answers;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Readiness.Conversation;
using Xunit.Abstractions;

namespace ChatCoach.Scoreboard.Tests.Corpus;

/// <summary>
/// Runs the labelled corpus (utterances.tsv) through the readers the embedded planner uses, in the
/// order the conversation uses them, and prints the accuracy per category. It fails below the floor,
/// which is raised as the readers improve; every miss is printed so it can be looked at.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    /// <summary>Raised as coverage grows; never lowered to make a change pass.</summary>
    private const double Floor = 0.90;
    private const int MinimumSize = 300;
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void The_corpus_is_read_right_above_the_floor_in_every_category()
    {
        var rows = CorpusRow.Load();
        Assert.True(rows.Count >= MinimumSize, $"The corpus has {rows.Count} utterances; it should have at least {MinimumSize}.");
        var results = rows.Select(r => (Row: r, Got: Read(r))).ToList();
        foreach (var miss in results.Where(r => r.Got != r.Row.Expected))
        {
            output.WriteLine($"MISS [{miss.Row.Category}] \"{miss.Row.Utterance}\" expected {miss.Row.Expected}, got {miss.Got}");
        }
        foreach (var category in results.GroupBy(r => r.Row.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = category.Count(r => r.Got == r.Row.Expected);
            output.WriteLine($"{category.Key,-14} {right,3}/{category.Count(),3}  {(double)right / category.Count():P0}");
        }
        var total = results.Count(r => r.Got == r.Row.Expected);
        output.WriteLine($"{"all",-14} {total,3}/{results.Count,3}  {(double)total / results.Count:P0}");
        Assert.True((double)total / results.Count >= Floor, $"Corpus accuracy {(double)total / results.Count:P1} is below the floor of {Floor:P0}.");
        Assert.All(results.GroupBy(r => r.Row.Category), g =>
            Assert.True((double)g.Count(r => r.Got == r.Row.Expected) / g.Count() >= Floor - 0.15, $"Category {g.Key} is far below the floor."));
    }

    [Fact]
    public void The_corpus_file_is_well_formed()
    {
        foreach (var row in CorpusRow.Load())
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Expected), $"No expectation for \"{row.Utterance}\".");
            Assert.Contains(row.Context, Offers.Keys.Append("-"));
        }
    }

    private static readonly Dictionary<string, Choices> Offers = new(StringComparer.Ordinal)
    {
        ["offer"] = new("Ready?", [new("Take the survey", "take the readiness survey")]),
        ["confirm"] = new("Shall I store that?", [new("Yes, store it", "yes"), new("No, let me pick", "no")]),
        ["role"] = new("Pick one, or answer in your own words.", [new("Leader", "1"), new("Individual contributor", "2"),
            new("Back", "back", Navigation: true), new("Skip", "skip", Navigation: true), new("Pause", "pause", Navigation: true)]),
        ["scale"] = new("Pick one, or answer in your own words.", [new("Strongly disagree", "1"), new("Disagree", "2"), new("Neither", "3"),
            new("Agree", "4"), new("Strongly agree", "5"), new("Back", "back", Navigation: true), new("Skip", "skip", Navigation: true), new("Pause", "pause", Navigation: true)]),
        ["guess"] = new("Did you mean how win rate is doing?", [new("How win rate is doing", "how is win-rate-non-price doing"),
            new("History of win rate", "history of win-rate-non-price"), new("Who owns win rate", "who owns win-rate-non-price")], FirstIsDefault: true),
    };

    /// <summary>The reading in the corpus's notation; an answer to offered choices first, as the conversation does.</summary>
    private static string Read(CorpusRow row)
    {
        if (row.Context != "-")
        {
            return OfferAnswers.Read(row.Utterance, Offers[row.Context]) switch
            {
                PickedChoice p => "pick=" + p.Choice.Utterance,
                DeclinedOffer => "decline",
                _ => "pass",
            };
        }
        return ReadinessPhrases.ReadCommand(row.Utterance) switch
        {
            StartSurvey => "survey=start",
            TakeSurvey => "survey=take",
            ShowResults => "survey=results",
            CloseSurvey => "survey=close",
            _ => Notation(IntentReader.Read(row.Utterance, Today)),
        };
    }

    private static string Notation(Intent intent) => intent switch
    {
        ShowHelp => "help",
        ShowStanding => "standing",
        ShowMissing => "missing",
        ShowOwners { Indicator: null } => "owners",
        ShowOwners o => "owners=" + Key(o.Indicator!),
        ShowHistory h => "history=" + Key(h.Indicator),
        RecordValue r => $"record={Key(r.Indicator)}|{r.Value}|{r.Period}",
        SetOwner o => $"owner={Key(o.Indicator)}|{o.Owner}",
        SetTarget t => $"target={Key(t.Indicator)}|{t.Target}",
        AskIndicator a => $"ask={Key(a.Indicator)}|{a.Aspect.ToString().ToLowerInvariant()}|{a.Month}",
        ShowFurthestOffTarget => "furthest",
        ShowChanges c => "changes=" + c.RecordedIn,
        ShowQuarter q => string.Create(CultureInfo.InvariantCulture, $"quarter={q.Year}-Q{q.Quarter}"),
        SmallTalk s => "smalltalk=" + s.Kind.ToString().ToLowerInvariant(),
        BoardIntent b => "board=" + b.Function,
        _ => "unknown",
    };

    /// <summary>The indicator the phrase names on the default board, as the plugin would match it; "?" when it names none or several.</summary>
    private static string Key(string phrase) => IndicatorMatcher.Match(phrase, DefaultScoreboard.Indicators).Indicator?.Key ?? "?";
}

public sealed record CorpusRow(string Category, string Context, string Utterance, string Expected)
{
    public static IReadOnlyList<CorpusRow> Load() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "utterances.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new CorpusRow(f[0], f[1], f[2], f.Length > 3 ? f[3] : ""))];
}

using System.Reflection;
using ChatCoach.Domain.Conversation;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.LanguageModel;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;
using ChatCoach.Nudges.Plugin;

namespace ChatCoach.Conversation.Tests;

/// <summary>Every plugin result has exactly one presenter, and none of them falls back to a vague word.</summary>
public sealed class PresenterCoverageTests
{
    private static readonly Indicator WinRate = new("win-rate", "Win rate", Unit.Percent, BetterWhen.Higher, "", Owner: new UserRef("slack:UDANA"));
    private static readonly DateTimeOffset At = new(2026, 11, 4, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> ResultTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in FeatureAssemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && typeof(PluginResult).IsAssignableFrom(t)))
        {
            data.Add(type.AssemblyQualifiedName!);
        }
        return data;
    }

    /// <summary>Every assembly that declares plugin results: the shared plugins and each feature project.</summary>
    private static readonly Assembly[] FeatureAssemblies = [typeof(PluginResult).Assembly, typeof(NudgesPlugin).Assembly, typeof(Readiness.Plugin.ReadinessPlugin).Assembly, typeof(ApiTokens.Plugin.ApiTokensPlugin).Assembly];

    [Theory]
    [MemberData(nameof(ResultTypes))]
    public void Every_result_type_has_exactly_one_presenter(string resultType)
    {
        var type = Type.GetType(resultType, throwOnError: true)!;

        var presenters = new[] { type.Assembly, typeof(ResultPresenters).Assembly }.Distinct()
            .SelectMany(ResultPresenters.In).Count(p => p.ResultType == type);

        Assert.Equal(1, presenters);
    }

    [Fact]
    public void A_snooze_says_until_when_to_people_and_to_the_model()
    {
        var snoozed = Snoozed();

        var said = new Reply(ResultRendering.All([snoozed])).PlainText;
        var model = ResultsForModel.Serialize(snoozed);

        Assert.DoesNotContain("Done.", said, StringComparison.Ordinal);
        Assert.Contains("Win rate", said, StringComparison.Ordinal);
        Assert.Contains("Win rate", model, StringComparison.Ordinal);
        Assert.Contains("Nov 5", model, StringComparison.Ordinal);
    }

    [Fact]
    public void Marking_a_value_not_available_is_a_receipt_under_a_model_answer()
    {
        var marked = new MarkedNotAvailable(WinRate, new RecordedValue(WinRate.Key, new Period(2026, 10), 1, ValueKind.NotAvailable, null, WinRate.Owner!, At, "slack", "the CRM is down"));

        var receipts = new Reply(ResultRendering.Receipts([marked])).PlainText;

        Assert.Contains("not available", receipts, StringComparison.Ordinal);
        Assert.Contains("the CRM is down", ResultsForModel.Serialize(marked), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snooze_backs_only_figures_it_states()
    {
        var figures = new BackedFigures([Snoozed()]);

        Assert.Contains(5m, figures.Figures); // Thursday 5 November, as the receipt says
        Assert.DoesNotContain(412m, figures.Figures);
    }

    [Fact]
    public void A_standing_backs_the_due_day_its_rows_name()
    {
        var standing = new Standing(new Period(2026, 10), new DateOnly(2026, 11, 23), [], DueDay: 7);

        var figures = new BackedFigures([new ChatCoach.Scoreboard.Plugin.StandingResult(standing)]);

        Assert.Contains(7m, figures.Figures); // "November due by Dec 7"
    }

    private static Snoozed Snoozed() => new(
        new Snooze(WinRate.Owner!, new Period(2026, 10), new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero), At),
        TimeZoneInfo.Utc, [WinRate]);
}

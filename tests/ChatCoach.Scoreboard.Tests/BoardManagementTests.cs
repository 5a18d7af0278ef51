using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using static ChatCoach.Scoreboard.Tests.CoachFixture;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>The board's rows managed in chat through the embedded planner, on a real SQLite file.</summary>
public sealed class BoardManagementTests
{
    [Fact]
    public async Task An_admin_adds_an_indicator_in_a_sentence_and_it_joins_the_standing_with_a_stable_key()
    {
        using var world = await CreateAsync();

        var reply = await world.SayTextAsync(Admin, "add an indicator called Pipeline per program dollar measured in dollars, higher is better, target 3, protects Pipeline");

        Assert.Contains("Added Pipeline per program dollar (currency, higher is better, target $3) as pipeline-per-program-dollar", reply, StringComparison.Ordinal);
        var added = await world.IndicatorAsync("pipeline-per-program-dollar");
        Assert.Equal((Unit.Currency, BetterWhen.Higher, 3m, "Pipeline", 7), (added.Unit, added.BetterWhen, added.Target, added.LaggingMetric, added.Position));
        Assert.Contains("Pipeline per program dollar", await world.SayTextAsync(Dana, "where do we stand"), StringComparison.Ordinal);
        Assert.Contains("✓ Recorded $2.5", await world.SayTextAsync(Admin, "record 2.5 for pipeline per program dollar for October 2026"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_indicator_without_a_unit_gets_a_question_and_nothing_is_added()
    {
        using var world = await CreateAsync();

        var reply = await world.SayTextAsync(Admin, "add an indicator called analyst mentions, higher is better");

        Assert.Equal("! What is analyst mentions measured in: percent, currency, count, days or plain number?", reply);
        Assert.Equal(6, (await world.Store.IndicatorsAsync(Workspace, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_non_admin_cannot_add_rename_or_retire()
    {
        using var world = await CreateAsync();

        var replies = new[]
        {
            await world.SayTextAsync(Dana, "add an indicator called analyst mentions measured in count, higher is better"),
            await world.SayTextAsync(Dana, "rename win rate to competitive win rate"),
            await world.SayTextAsync(Dana, "retire cost per opp"),
        };

        Assert.All(replies, r => Assert.Equal("✗ Only an admin can change which indicators are on the scoreboard.", r));
        Assert.Equal(6, (await world.Store.IndicatorsAsync(Workspace, CancellationToken.None)).Count);
        Assert.Equal("Win rate on deals decided by more than price", (await world.IndicatorAsync("win-rate-non-price")).Name);
    }

    [Fact]
    public async Task A_rename_keeps_the_key_and_history_and_the_new_name_is_understood()
    {
        using var world = await CreateAsync();
        await world.SayAsync(Admin, "record 31% for win rate for October 2026");

        var reply = await world.SayTextAsync(Admin, "rename win rate to Competitive win rate");

        Assert.Contains("Renamed \"Win rate on deals decided by more than price\" to Competitive win rate. Its key stays win-rate-non-price", reply, StringComparison.Ordinal);
        Assert.Contains("31%", await world.SayTextAsync(Dana, "history of competitive win rate"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_collides_or_confuses_gets_a_question_back()
    {
        using var world = await CreateAsync();

        var same = await world.SayTextAsync(Admin, "add an indicator called Cost per qualified opportunity measured in dollars, lower is better");
        var close = await world.SayTextAsync(Admin, "rename proof shipped to win rate on price deals");

        Assert.Equal("! There is already an indicator called \"Cost per qualified opportunity\". What should I call the new one instead?", same);
        Assert.StartsWith("! \"win rate on price deals\" is too close to \"Win rate on deals decided by more than price\"", close, StringComparison.Ordinal);
        Assert.Equal("Referenceable proof shipped per quarter", (await world.IndicatorAsync("proof-shipped")).Name);
    }

    [Fact]
    public async Task A_retired_indicator_leaves_the_standing_keeps_its_history_and_can_come_back()
    {
        using var world = await CreateAsync();
        await world.SayAsync(Admin, "record 21 days for signal to offer for October 2026");

        var retired = await world.SayTextAsync(Admin, "remove the indicator time from customer signal to offer change");

        Assert.StartsWith("✓ Time from customer signal to offer change is retired", retired, StringComparison.Ordinal);
        Assert.DoesNotContain("signal to offer", await world.SayTextAsync(Dana, "where do we stand"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("signal to offer", await world.SayTextAsync(Dana, "what's missing"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("21 days", await world.SayTextAsync(Dana, "history of signal to offer"), StringComparison.Ordinal);

        var back = await world.SayTextAsync(Admin, "bring back signal to offer");

        Assert.Equal("✓ Time from customer signal to offer change is back on the scoreboard, with its history.", back);
        Assert.Contains("Time from customer signal to offer change", await world.SayTextAsync(Dana, "where do we stand"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_in_a_chat_that_cannot_take_files_says_where_to_get_the_csv()
    {
        using var world = await CreateAsync();

        // A channel the bot cannot attach a file in (neither Slack, Teams nor the console).
        var reply = CoachFixture.Text(await world.Coach.ReplyAsync(new TurnContext(Workspace, Dana, "webchat", "C1"), "export the scoreboard as csv", default));

        Assert.Equal("! I can't send the CSV file in this chat yet. Whoever runs the bot can write it with the host command: export --workspace slack:TACME --output scoreboard.csv", reply);
    }

    [Fact]
    public async Task Changing_the_unit_of_an_indicator_with_values_is_refused_with_the_reason()
    {
        using var world = await CreateAsync();
        await world.SayAsync(Admin, "record 412 for cost per opp for October 2026");

        var reply = await world.SayTextAsync(Admin, "change the unit of cost per opp to days");

        Assert.Equal("✗ Cost per qualified opportunity already has 1 recorded value, and changing its unit would change what they mean. Retire it and add a new indicator instead.", reply);
        Assert.Equal(Unit.Currency, (await world.IndicatorAsync("cost-per-qualified-opp")).Unit);
    }

    [Fact]
    public async Task The_thirty_first_active_indicator_is_refused()
    {
        using var world = await CreateAsync();
        foreach (var n in Enumerable.Range(1, BoardRules.MaxActive - 6))
        {
            await world.SayAsync(Admin, $"add an indicator called Alpha{n} Bravo{n} measured in number, higher is better");
        }
        Assert.Equal(30, (await world.Store.IndicatorsAsync(Workspace, CancellationToken.None)).Count);

        var reply = await world.SayTextAsync(Admin, "add an indicator called one more measured in count, higher is better");

        Assert.Equal("✗ The scoreboard already has 30 active indicators, the most it holds. Retire one before adding another.", reply);
    }

    [Fact]
    public async Task What_changed_on_the_scoreboard_lists_who_changed_what_and_when()
    {
        using var world = await CreateAsync();
        await world.SayAsync(Admin, "rename win rate to Competitive win rate");
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.SayAsync(Admin, "set the target for cost per opp to $400");
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.SayAsync(Admin, "retire proof shipped");

        var reply = await world.SayTextAsync(Dana, "what changed on the scoreboard");

        Assert.Equal(
            """
            The latest 3 changes to the scoreboard, newest first:
            • Nov 23 2026 12:00 UTC — @UADMIN retired Referenceable proof shipped per quarter
            • Nov 23 2026 11:00 UTC — @UADMIN changed the target of Cost per qualified opportunity from none to $400
            • Nov 23 2026 10:00 UTC — @UADMIN renamed "Win rate on deals decided by more than price" to "Competitive win rate"
            """.ReplaceLineEndings("\n"), reply.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Why_it_matters_names_the_job_and_the_lagging_metric_and_an_added_row_repeats_the_admins_words()
    {
        using var world = await CreateAsync();
        await world.SayAsync(Admin, "add an indicator called Analyst mentions measured in count, higher is better, protects category share because analysts shape the shortlist");

        var cost = await world.SayTextAsync(Dana, "why does cost per opp matter");
        var protects = await world.SayTextAsync(Dana, "what does win rate protect");
        var lagging = await world.SayTextAsync(Dana, "what is the lagging metric for win rate");
        var added = await world.SayTextAsync(Dana, "why does analyst mentions matter");

        Assert.StartsWith("Cost per qualified opportunity: It measures the marketing job \"Generate qualified demand each quarter\".", cost, StringComparison.Ordinal);
        Assert.EndsWith("It protects the quarterly lagging metrics: Pipeline; program ROI.", cost, StringComparison.Ordinal);
        Assert.Contains("protects the quarterly lagging metrics: Pricing power; new revenue quality.", protects, StringComparison.Ordinal);
        Assert.Equal(protects, lagging);
        Assert.Equal("Analyst mentions: When it was added on Nov 23 2026, the reason given was: \"analysts shape the shortlist\" It protects the quarterly lagging metric: category share.", added);
    }
}

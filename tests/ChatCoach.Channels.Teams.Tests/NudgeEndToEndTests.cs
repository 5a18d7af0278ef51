using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// The weekly nudge through Teams: the real host with the fake Bot Framework platform and a fake
/// clock. The owner's client sent Europe/Berlin on an earlier message; at Monday 9:00 Berlin time
/// the nudge arrives in their personal chat, and a bare "412" there is recorded and confirmed.
/// </summary>
public sealed class NudgeEndToEndTests : IAsyncLifetime
{
    private static readonly UserRef Dana = new("teams:d0d0d0d0-1111-4222-8333-444444444444");
    private static readonly WorkspaceId Tenant = new("teams:7a1b2c3d-0000-4000-8000-00000000a001");
    private const string PersonalChat = "a:1personalConversationWithDana";

    // Monday 23 November 2026, 08:50 in Berlin: October's values are due and cost per opp is missing.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 7, 50, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();
    private RealTeamsHost _host = null!;
    private int _seen;

    public async Task InitializeAsync() =>
        _host = await RealTeamsHost.StartAsync(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs);
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_owners_own_zone_comes_from_their_teams_client()
    {
        Assert.Equal(HttpStatusCode.OK, await SayAsync("help", "1767765500001"));
        await _host.Platform.NextCallAsync();

        var zone = await _host.Services.GetRequiredService<IPersonTimeZones>().FindAsync(Tenant, Dana, CancellationToken.None);

        Assert.Equal("Europe/Berlin", zone?.Id);
    }

    [Fact]
    public async Task On_monday_at_nine_berlin_time_the_owner_is_nudged_in_their_personal_chat_and_a_bare_number_is_recorded()
    {
        Assert.Equal(HttpStatusCode.OK, await SayAsync("help", "1767765500001"));
        await AdvanceUntilAsync(call => call.Path.EndsWith("1767765500001", StringComparison.Ordinal), TimeSpan.Zero, 100);
        var store = _host.Services.GetRequiredService<IScoreboardStore>();
        await _host.Services.GetRequiredService<IBoardStore>().SetOwnerAsync(Tenant, "cost-per-qualified-opp", Dana, new ChangeStamp(new UserRef("teams:admin"), _clock.GetUtcNow(), "teams"), CancellationToken.None);

        // Up to an hour of the fake clock (the nudge stays due for twelve): each step waits at most 300 ms of real time,
        // and on a loaded machine the host's first rounds can take longer than that (it is still training its classifier).
        var nudge = await AdvanceUntilAsync(call => call.Path.Contains(PersonalChat, StringComparison.Ordinal), TimeSpan.FromMinutes(1), 60);
        Assert.Contains("Cost per qualified opportunity", nudge.Body, StringComparison.Ordinal);
        Assert.True(_clock.GetUtcNow() >= new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), "not before 9:00 in Berlin");

        Assert.Equal(HttpStatusCode.OK, await SayAsync("412", "1767765500002"));
        var confirmation = await AdvanceUntilAsync(call => call.Path.Contains(PersonalChat, StringComparison.Ordinal), TimeSpan.FromSeconds(1), 60);

        Assert.Matches(@"Recorded \$412 (for )?[Cc]ost per qualified opportunity for October 2026", confirmation.Body);
        var latest = (await store.HistoryAsync(Tenant, "cost-per-qualified-opp", CancellationToken.None))[0];
        Assert.Equal((412m, Dana, "teams"), (latest.Value!.Value, latest.RecordedBy, latest.Channel));
    }

    /// <summary>
    /// Moves the fake clock a step at a time until the connector has seen a matching call after the
    /// ones already looked at (the recorded calls are read, not consumed).
    /// </summary>
    private async Task<ConnectorCall> AdvanceUntilAsync(Func<ConnectorCall, bool> wanted, TimeSpan step, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            for (var poll = 0; poll < 10; poll++)
            {
                var fresh = _host.Platform.Calls.Skip(_seen).ToList();
                if (fresh.FindIndex(c => wanted(c)) is var at and >= 0)
                {
                    _seen += at + 1;
                    return fresh[at];
                }
                await Task.Delay(30);
            }
            _clock.Advance(step);
        }
        throw new TimeoutException("The connector never saw the expected call. It saw: " + string.Join(" | ", _host.Platform.Calls.Select(c => $"{c.Method} {c.Path}"))
            + "\nLogs:\n" + string.Join("\n", _logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)).TakeLast(20)));
    }

    /// <summary>A personal message from Dana (her client reports Europe/Berlin), signed for the fake clock's now.</summary>
    private Task<HttpStatusCode> SayAsync(string text, string id) =>
        _host.PostAsync(_host.Activity("message-personal", id, text), _clock.GetUtcNow());
}

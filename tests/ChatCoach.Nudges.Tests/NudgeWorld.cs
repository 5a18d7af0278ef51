using ChatCoach.Nudges.Storage;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.DependencyInjection;
using ChatCoach.Domain.Installations;
using ChatCoach.Domain.Conversation;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using ChatCoach.Conversation;
using ChatCoach.Nudges.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Nudges.Plugin;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatCoach.Scoreboard;

namespace ChatCoach.Nudges.Tests;

/// <summary>
/// The nudge loop over a real database: stores, rules, the conversation pipeline with the nudge
/// flow, a fake Slack that records sends, and a fake clock set to Monday 23 November 2026, 09:00 UTC
/// (the default schedule's occasion; October 2026 is the reporting period).
/// </summary>
public sealed class NudgeWorld : IAsyncDisposable
{
    public static readonly WorkspaceId Acme = new("slack:TACME");
    public static readonly WorkspaceId Globex = new("slack:TGLOBEX");
    public static readonly UserRef Admin = new("slack:UADMIN");
    public static readonly UserRef Dana = new("slack:UDANA");
    public static readonly UserRef Lee = new("slack:ULEE");
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly Period October = new(2026, 10);
    private static readonly CancellationToken None = CancellationToken.None;

    private NudgeWorld(TestDatabase database, NudgeSettings settings, DateTimeOffset start)
    {
        Database = database;
        Clock = new FakeTimeProvider(start);
        // Wired by AddChatCoachNudges() as the host wires it; the schedule and the people's zones are the test's.
        _services = FeatureServices.Build(database.Database, Clock, Admins, (services, configuration) => services
            .AddChatCoachNudges(configuration)
            .AddSingleton(settings)
            .AddSingleton<IPersonTimeZones>(new KnownZones(Zones)));
        Scoreboard = (SqlScoreboardStore)_services.GetRequiredService<IScoreboardStore>();
        Board = _services.GetRequiredService<IBoardStore>();
        Nudges = (SqlNudgeStore)_services.GetRequiredService<INudgeStore>();
        Rules = _services.GetRequiredService<NudgeRules>();
        Coach = _services.GetRequiredService<Coach>();
    }

    private readonly ServiceProvider _services;

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public SqlScoreboardStore Scoreboard { get; }

    /// <summary>Who owns which row (and any other change to the board).</summary>
    public IBoardStore Board { get; }

    public SqlNudgeStore Nudges { get; }

    public NudgeRules Rules { get; }

    public Coach Coach { get; }

    public ReportingCalendar Calendar { get; } = new(5);

    public AdminPolicy Admins { get; } = new([Admin]);

    public FakeProactiveChannel Slack { get; } = new();

    /// <summary>Personal time zones the "channel" knows, by user id.</summary>
    public Dictionary<string, TimeZoneInfo> Zones { get; } = [];

    public static async Task<NudgeWorld> CreateAsync(string provider = TestDatabases.Sqlite, DateTimeOffset? start = null) =>
        new(await TestDatabases.CreateAsync(provider), new NudgeSettings(ReminderSchedule.Parse("0 9 * * MON"), TimeZoneInfo.Utc, 2), start ?? Monday);

    public NudgeFactsLoader Loader(Database database) =>
        new(new SqlScoreboardStore(database, Clock), new SqlNudgeStore(database), new KnownZones(Zones), Admins);

    /// <summary>A scheduler's dispatcher as a separate host would have it: its own connections to the same data.</summary>
    public NudgeDispatcher Dispatcher(Database? database = null, DurableOutbox? outbox = null, IUnitOfWork? unitOfWork = null, params IWorkspaceConnection[] connections)
    {
        var db = database ?? Database.Reopen();
        return new NudgeDispatcher(new SqlNudgeStore(db), Loader(db), Rules, Calendar, [Slack], outbox ?? Outbox(db), unitOfWork ?? db, new WorkspaceConnections(connections),
            Clock, NullLogger<NudgeDispatcher>.Instance);
    }

    /// <summary>
    /// A host as the server runs one, on its own connections to the same data: the nudge round hands
    /// its messages to the outbox, and the host's outbox sends them and tells the nudge ledger.
    /// </summary>
    public NudgeHost Host(params IWorkspaceConnection[] connections)
    {
        var db = Database.Reopen();
        var outbox = Outbox(db);
        var services = new ServiceCollection()
            .AddSingleton<IProactiveChannel>(Slack)
            .AddSingleton<IOutboxFollower>(new NudgeOutbox(new SqlNudgeStore(db)))
            .BuildServiceProvider();
        var sender = new OutboxProcessor(outbox, new SqlOutboxStore(db), db, services, Clock, NullLogger<OutboxProcessor>.Instance);
        return new NudgeHost(Dispatcher(db, outbox, connections: connections), sender);
    }

    /// <summary>
    /// An outbox on <paramref name="database"/>, which must be the round's own (they write in one
    /// transaction); its <see cref="DurableOutbox.Wake"/> ticks when a round hands something over.
    /// </summary>
    public DurableOutbox Outbox(Database database) => new(new SqlOutboxStore(database), Clock);

    /// <summary>Creates the workspace with the default board and hands out the indicators.</summary>
    public async Task SeedAsync(WorkspaceId workspace, params (string Key, UserRef Owner)[] owners)
    {
        await Scoreboard.EnsureWorkspaceAsync(workspace, None);
        foreach (var (key, owner) in owners)
        {
            await Board.SetOwnerAsync(workspace, key, owner, new ChangeStamp(Admin, Monday.AddDays(-30), "test"), None);
        }
    }

    public Task RecordAsync(WorkspaceId workspace, string key, decimal value, Period period, UserRef? by = null) =>
        Scoreboard.RecordAsync(workspace, new NewValue(key, period, ValueKind.Value, value, by ?? Admin, Clock.GetUtcNow(), "test"), None);

    public Task SetScoreboardChannelAsync(WorkspaceId workspace, string conversation = "CSCORE") =>
        Nudges.SetScoreboardChannelAsync(workspace, new ScoreboardChannel("slack", conversation, Admin, Monday), None);

    public Task<Reply> SayAsync(UserRef who, string text, bool direct = true) =>
        Coach.ReplyAsync(new TurnContext(Acme, who, "slack", direct ? "D" + who.LocalId : "CSCORE", direct), text, None);

    public async Task<string> SayTextAsync(UserRef who, string text, bool direct = true) => Text(await SayAsync(who, text, direct));

    /// <summary>A button pressed or a form answered in the person's direct conversation.</summary>
    public Task<Reply> PressAsync(UserRef who, ChatAction action) =>
        Coach.ActAsync(new TurnContext(Acme, who, "slack", "D" + who.LocalId, true), action, None);

    public async Task<string> PressTextAsync(UserRef who, ChatAction action) => Text(await PressAsync(who, action));

    public static string Text(Reply reply) => Channels.Console.ConsoleRenderer.Render(reply);

    public async Task<IReadOnlyList<RecordedValue>> HistoryAsync(string key) => await Scoreboard.HistoryAsync(Acme, key, None);

    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(WorkspaceId? workspace = null) =>
        await Nudges.DeliveriesAsync(workspace ?? Acme, Monday.AddYears(-1), None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class KnownZones(Dictionary<string, TimeZoneInfo> zones) : IPersonTimeZones
    {
        public Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken) =>
            Task.FromResult(zones.GetValueOrDefault(person.Id));
    }
}

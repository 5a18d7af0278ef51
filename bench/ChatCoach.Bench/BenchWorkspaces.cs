using System.Globalization;

namespace ChatCoach.Bench;

/// <summary>One Slack workspace of the load: its team id, its own bot token and bot user, its people.</summary>
internal sealed record BenchWorkspace(int Index, string Team, string Token, string BotUserId)
{
    public string User(int person) => string.Create(CultureInfo.InvariantCulture, $"U{Index:D2}{person:D4}");

    /// <summary>Person 0 of each workspace is its admin (configured on the host).</summary>
    public string Admin => User(0);

    /// <summary>The setup makes person 1 + the indicator's position its owner.</summary>
    public string Owner(string indicatorKey) => User(1 + Array.IndexOf(BenchWorkspaces.Indicators, indicatorKey));

    /// <summary>The one-time code the fake Slack exchanges for this workspace's grant.</summary>
    public string InstallCode => "bench-install-" + Team;
}

/// <summary>
/// The Slack side of the load: several workspaces, each installed through the host's OAuth flow with
/// its own token, many people in each; channels belong to one workspace each (channel n to workspace
/// n mod the count), so the fake can check that every reply used its own workspace's token.
/// </summary>
internal sealed class BenchWorkspaces
{
    public static readonly string[] Indicators =
        ["spend-traceable", "cost-per-qualified-opp", "win-rate-non-price", "proof-shipped", "result-to-proof-days", "signal-to-offer-days"];

    public BenchWorkspaces(int count, int people)
    {
        People = Math.Max(people, Indicators.Length + 2);
        All = Enumerable.Range(0, count).Select(w => new BenchWorkspace(w, string.Create(CultureInfo.InvariantCulture, $"TBENCH{w:D2}"),
            string.Create(CultureInfo.InvariantCulture, $"xoxb-bench-TBENCH{w:D2}"), string.Create(CultureInfo.InvariantCulture, $"UBOT{w:D2}"))).ToList();
    }

    public IReadOnlyList<BenchWorkspace> All { get; }

    public int People { get; }

    public BenchWorkspace OfChannel(int channel) => All[channel % All.Count];

    public BenchWorkspace? ByTeam(string team) => All.FirstOrDefault(w => w.Team == team);

    public BenchWorkspace? ByToken(string token) => All.FirstOrDefault(w => w.Token == token);

    public static string Channel(int n) => string.Create(CultureInfo.InvariantCulture, $"C{n:D5}");

    public static int ChannelNumber(string channel) =>
        channel.Length > 1 && int.TryParse(channel.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace ChatCoach.Bench;

/// <summary>One message of a mix: how often it comes (of the weights' total), who sends it, its words.</summary>
/// <param name="From">"anyone", "admin", or "owner:&lt;indicator key&gt;" (the person the setup made its owner).</param>
/// <param name="Values">For a write, the range its {value} runs through: each write of it differs from the one before.</param>
internal sealed record MixMessage(int Weight, string From, string Text, int[]? Values = null)
{
    public bool IsWrite => Values is not null;
}

/// <summary>
/// A documented workload (bench/mixes/*.json): the setup an admin runs once per workspace (owners,
/// a few months of values), then the messages the load sends in their proportions. The n-th event's
/// message is a pure function of n, so two subjects get the same sequence.
/// </summary>
internal sealed class Mix
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private readonly int[] _byTicket;
    private readonly ConcurrentDictionary<(string Workspace, int Message), int> _writes = new();

    private Mix(string name, string description, IReadOnlyList<MixMessage> setup, IReadOnlyList<MixMessage> messages, string path)
    {
        Name = name;
        Description = description;
        Setup = setup;
        Messages = messages;
        Path = path;
        _byTicket = messages.SelectMany((m, i) => Enumerable.Repeat(i, m.Weight)).ToArray();
    }

    public string Name { get; }

    public string Description { get; }

    /// <summary>Where the mix was read from, relative to the repository when it lives there.</summary>
    public string Path { get; }

    public IReadOnlyList<MixMessage> Setup { get; }

    public IReadOnlyList<MixMessage> Messages { get; }

    /// <summary>The repository's headline mix.</summary>
    public static string DefaultPath => System.IO.Path.Combine(BenchPaths.RepoRoot, "bench", "mixes", "monday-meeting.json");

    public double WriteShare => Messages.Where(m => m.IsWrite).Sum(m => m.Weight) / (double)_byTicket.Length;

    public static Mix Load(string path)
    {
        var file = JsonSerializer.Deserialize<MixFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} is empty.");
        if (file.Messages is not { Count: > 0 } messages || messages.Any(m => m.Weight <= 0 || string.IsNullOrWhiteSpace(m.Text)))
        {
            throw new InvalidOperationException($"{path}: every message needs a positive weight and a text.");
        }
        if (messages.FirstOrDefault(m => m.Text.Contains("{value}", StringComparison.Ordinal) != m.IsWrite) is { } odd)
        {
            throw new InvalidOperationException($"{path}: \"{odd.Text}\" — a message with {{value}} needs \"values\" [low, high], and only such a message.");
        }
        var shown = System.IO.Path.GetRelativePath(BenchPaths.RepoRoot, System.IO.Path.GetFullPath(path));
        return new Mix(file.Name ?? System.IO.Path.GetFileNameWithoutExtension(path), file.Description ?? "", file.Setup ?? [], messages,
            shown.StartsWith("..", StringComparison.Ordinal) ? path : shown.Replace('\\', '/'));
    }

    /// <summary>Which message the n-th event carries: the weights' tickets, drawn by a hash of n.</summary>
    public MixMessage Pick(long seq, out int index)
    {
        index = _byTicket[(int)(Spread(seq) % (ulong)_byTicket.Length)];
        return Messages[index];
    }

    /// <summary>
    /// The words sent: {value} the next of this workspace's writes of this message (so each differs
    /// from the previous one), {month} the reporting month (last month), {month-1}, {month-2} the
    /// ones before, {owner:key} the person who owns the indicator, as the channel writes a mention.
    /// </summary>
    public string Words(MixMessage message, int index, string workspace, Func<string, string> ownerMention)
    {
        var text = message.Text;
        if (message.Values is [var low, var high])
        {
            var n = _writes.AddOrUpdate((workspace, index), 0, (_, k) => k + 1);
            text = text.Replace("{value}", (low + (n % (high - low + 1))).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        var reporting = DateTime.UtcNow.AddMonths(-1);
        text = text.Replace("{month}", Month(reporting, withYear: false), StringComparison.Ordinal)
            .Replace("{month-1}", Month(reporting.AddMonths(-1), withYear: true), StringComparison.Ordinal)
            .Replace("{month-2}", Month(reporting.AddMonths(-2), withYear: true), StringComparison.Ordinal);
        var owner = text.IndexOf("{owner:", StringComparison.Ordinal);
        if (owner >= 0)
        {
            var end = text.IndexOf('}', owner);
            text = text[..owner] + ownerMention(text[(owner + 7)..end]) + text[(end + 1)..];
        }
        return text;
    }

    private static string Month(DateTime month, bool withYear) =>
        month.ToString(withYear ? "MMMM yyyy" : "MMMM", CultureInfo.InvariantCulture);

    /// <summary>SplitMix64: neighbouring sequence numbers land far apart, the same n always in the same place.</summary>
    private static ulong Spread(long seq)
    {
        var z = (ulong)seq + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed record MixFile(string? Name, string? Description, List<MixMessage>? Setup, List<MixMessage>? Messages);
}

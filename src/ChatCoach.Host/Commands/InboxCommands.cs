using System.Globalization;
using ChatCoach.Domain.Inbound;
using ChatCoach.Host.Configuration;

namespace ChatCoach.Host.Commands;

/// <summary>
/// `inbox parked [--db PATH]` and `inbox redrive (--all | --id SOURCE:DELIVERY) [--db PATH]`: the
/// events whose answer could not be delivered within the retry window (decision 0021), listed and
/// handed back to the servers. The command line is parsed here in <see cref="RunAsync"/> only; the
/// work is in <see cref="ListParkedAsync"/> and <see cref="RedriveAsync"/>, which any parser can call.
/// </summary>
public static class InboxCommands
{
    /// <summary>How many parked rows one listing shows; the total is always printed.</summary>
    public const int ListLimit = 200;

    private const string UsageLine = "Usage: inbox parked [--db PATH] | inbox redrive (--all | --id SOURCE:DELIVERY) [--db PATH]";

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var action = line.PassThrough.FirstOrDefault(a => !a.StartsWith('-'));
        if (action is not ("parked" or "redrive"))
        {
            await error.WriteLineAsync(action is null ? "inbox needs an action." : $"inbox has no action '{action}'.");
            await error.WriteLineAsync(UsageLine);
            return 2;
        }
        var named = line.Option("id") is { Length: > 0 };
        if (action == "redrive" && line.Flag("all") == named)
        {
            await error.WriteLineAsync("inbox redrive needs exactly one of --all or --id SOURCE:DELIVERY (as 'inbox parked' lists them).");
            return 2;
        }
        using var host = CommandHost.Build(line, operand: action);
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        var store = host.Services.GetRequiredService<IInboxStore>();
        if (action == "parked")
        {
            return await ListParkedAsync(store, output, cancellationToken);
        }
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return await RedriveAsync(store, line.Flag("all") ? null : line.Option("id"), now, output, error, cancellationToken);
    }

    /// <summary>Prints the parked rows, oldest first, one a line: SOURCE:DELIVERY, arrival, attempts, last error.</summary>
    public static async Task<int> ListParkedAsync(IInboxStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var total = await store.CountParkedAsync(cancellationToken);
        if (total == 0)
        {
            await output.WriteLineAsync("No parked events: every acknowledged event was answered or is still being retried.");
            return 0;
        }
        foreach (var row in await store.ParkedAsync(ListLimit, cancellationToken))
        {
            var arrived = row.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"{row.Source}:{row.DeliveryId}\tarrived {arrived}\t{row.Attempts} attempts\t{row.LastError ?? "no error recorded"}");
        }
        var shown = Math.Min(total, ListLimit);
        await output.WriteLineAsync(shown == total
            ? $"{total} parked {(total == 1 ? "event" : "events")}. Hand them back with: inbox redrive --all, or --id SOURCE:DELIVERY."
            : $"{shown} of {total} parked events shown (the oldest). Hand them back with: inbox redrive --all, or --id SOURCE:DELIVERY.");
        return 0;
    }

    /// <summary>
    /// Hands parked rows back (all of them when <paramref name="key"/> is null, else the one named
    /// SOURCE:DELIVERY) with a fresh retry window; a running server answers them on its next sweep.
    /// </summary>
    public static async Task<int> RedriveAsync(IInboxStore store, string? key, DateTimeOffset now, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? source = null, deliveryId = null;
        if (key is not null && !TrySplit(key, out source, out deliveryId))
        {
            await error.WriteLineAsync($"--id must be SOURCE:DELIVERY as 'inbox parked' lists it, e.g. slack:Ev0123 (got '{key}').");
            return 2;
        }
        var count = await store.RedriveAsync(source, deliveryId, now, cancellationToken);
        if (key is not null && count == 0)
        {
            await error.WriteLineAsync($"No parked event {key}: it was answered, handed back already, or never existed ('inbox parked' lists them).");
            return 1;
        }
        await output.WriteLineAsync(count == 0
            ? "No parked events to hand back."
            : $"Handed back {count} {(count == 1 ? "event" : "events")}: a running server answers {(count == 1 ? "it" : "them")} within seconds, retrying for a fresh window.");
        return 0;
    }

    /// <summary>The source is a word without colons; the delivery id is the rest (Slack's have colons of their own).</summary>
    private static bool TrySplit(string key, out string source, out string deliveryId)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        source = colon > 0 ? key[..colon] : "";
        deliveryId = colon > 0 ? key[(colon + 1)..] : "";
        return source.Length > 0 && deliveryId.Length > 0;
    }
}

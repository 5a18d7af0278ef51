using System.Diagnostics.Metrics;

namespace ChatCoach.Domain.Inbound;

/// <summary>
/// Signed requests that were acknowledged but not handled because their content could not be read
/// (a platform retries anything it is not acknowledged, forever or until it gives up on the app):
/// counted on the "ChatCoach" meter as chatcoach.inbound.dropped, by source and reason, so a
/// platform that starts sending something new shows up on a dashboard rather than only in a log.
/// </summary>
public static class DroppedInput
{
    public const string InstrumentName = "chatcoach.inbound.dropped";

    private static readonly Meter Meter = new(InboundTracing.SourceName);

    private static readonly Counter<long> Dropped = Meter.CreateCounter<long>(InstrumentName, unit: "{request}",
        description: "Signed requests acknowledged without being handled, because their content could not be read");

    public static void Count(string source, string reason) =>
        Dropped.Add(1, new KeyValuePair<string, object?>("chatcoach.source", source), new KeyValuePair<string, object?>("reason", reason));
}

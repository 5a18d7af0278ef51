using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ChatCoach.Domain.Inbound;

/// <summary>
/// The "ChatCoach" activity source. A delivery's trace id is derived from its platform delivery id,
/// so receiving it, a retry landing on another host, and handling it later (on whichever host
/// claims it) all join one trace without storing anything (ADR 0015).
/// </summary>
public static class InboundTracing
{
    public const string SourceName = "ChatCoach";
    public const string DeliveryIdTag = "chatcoach.delivery_id";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>Starts a span in the delivery's own trace, linked to whatever span is current (the HTTP request).</summary>
    public static Activity? StartDelivery(string name, string source, string deliveryId)
    {
        if (!Source.HasListeners())
        {
            return null;
        }
        var links = Activity.Current is { } current ? new[] { new ActivityLink(current.Context) } : null;
        var activity = Source.StartActivity(name, ActivityKind.Internal, ParentOf(source, deliveryId), links: links);
        activity?.SetTag(DeliveryIdTag, deliveryId);
        activity?.SetTag("chatcoach.source", source);
        return activity;
    }

    /// <summary>A remote parent every host computes alike from the delivery's key.</summary>
    public static ActivityContext ParentOf(string source, string deliveryId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{deliveryId}"));
        return new ActivityContext(ActivityTraceId.CreateFromBytes(hash.AsSpan(0, 16)), ActivitySpanId.CreateFromBytes(hash.AsSpan(16, 8)),
            ActivityTraceFlags.Recorded, isRemote: true);
    }
}

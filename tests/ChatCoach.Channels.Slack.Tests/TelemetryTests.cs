using System.Diagnostics;
using ChatCoach.Domain.Inbound;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>OpenTelemetry: on with OTEL_EXPORTER_OTLP_ENDPOINT, off without; one Slack event is one trace.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task One_slack_event_is_one_trace_from_the_request_through_the_planner_to_the_outbound_call()
    {
        var spans = new LockedSpans();
        // A closed local port: the OTLP exporter is on (as in production) but has nowhere to send.
        await using var bot = await SlackBot.StartAsync(
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
            extraSettings: "--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:9");

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand", eventId: "EvTrace1", ts: "1700000009.000001"));
        await bot.Slack.WaitForCallAsync("chat.postMessage");
        await WaitForSpanAsync(bot, spans, s => s.DisplayName == "inbox.handle");

        var expected = InboundTracing.ParentOf("slack", "message:C0SCORE:1700000009.000001").TraceId;
        var trace = Snapshot(spans).Where(s => s.TraceId == expected).ToList();
        var receive = Assert.Single(trace, s => s.DisplayName == "slack.receive");
        Assert.Contains(trace, s => s.DisplayName == "inbox.handle" && (string?)s.GetTagItem(InboundTracing.DeliveryIdTag) == "message:C0SCORE:1700000009.000001");
        Assert.Contains(trace, s => s.DisplayName == "coach.reply");
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.SemanticKernel", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full")?.ToString()?.EndsWith("chat.postMessage", StringComparison.Ordinal) == true);
        // The inbound HTTP request keeps its own trace (or the caller's); the delivery's trace links to it.
        var request = Assert.Single(receive.Links).Context;
        Assert.Contains(Snapshot(spans), s => s.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn" && s.SpanId == request.SpanId);
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_nothing_is_collected()
    {
        await using var bot = await SlackBot.StartAsync();

        Assert.Null(bot.Server.App.Services.GetService<TracerProvider>());
    }

    private static List<Activity> Snapshot(LockedSpans spans) => spans.Snapshot();

    /// <summary>Spans are exported as they end; the handler's ends just after the reply was posted.</summary>
    private static async Task WaitForSpanAsync(SlackBot bot, LockedSpans spans, Func<Activity, bool> condition)
    {
        var provider = bot.Server.App.Services.GetRequiredService<TracerProvider>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!Snapshot(spans).Any(condition))
        {
            provider.ForceFlush(1000);
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(string.Join(", ", Snapshot(spans).Select(s => s.DisplayName)));
            }
            await Task.Delay(50);
        }
        provider.ForceFlush(1000);
    }

    /// <summary>
    /// The in-memory exporter adds each span on the thread that ended it, without a lock, so a plain
    /// list being copied by the test while the host adds to it could throw (it did once in CI:
    /// "Destination array was not long enough"). Every access here takes the same lock.
    /// </summary>
    private sealed class LockedSpans : ICollection<Activity>
    {
        private readonly List<Activity> items = [];

        public int Count { get { lock (items) { return items.Count; } } }

        public bool IsReadOnly => false;

        public List<Activity> Snapshot() { lock (items) { return [.. items]; } }

        public void Add(Activity item) { lock (items) { items.Add(item); } }

        public void Clear() { lock (items) { items.Clear(); } }

        public bool Contains(Activity item) { lock (items) { return items.Contains(item); } }

        public void CopyTo(Activity[] array, int arrayIndex) { lock (items) { items.CopyTo(array, arrayIndex); } }

        public bool Remove(Activity item) { lock (items) { return items.Remove(item); } }

        public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

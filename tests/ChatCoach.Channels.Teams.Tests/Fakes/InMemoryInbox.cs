using System.Collections.Concurrent;
using System.Threading.Channels;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>
/// The delivery ids the inbox has seen, shared between two hosts to stand in for the durable table
/// surviving a restart.
/// </summary>
public sealed class InboxRecords
{
    public ConcurrentDictionary<(string Source, string DeliveryId), InboundEvent> Seen { get; } = new();
}

/// <summary>
/// What the lead's durable inbox does, in memory: dedupe by (source, delivery id), then hand the
/// event to the source's IInboundHandler from a background loop through a bounded queue.
/// </summary>
public sealed class InMemoryInbox(InboxRecords records, IServiceProvider services) : IInbox, IHostedService, IDisposable
{
    private readonly Channel<InboundEvent> queue = Channel.CreateBounded<InboundEvent>(100);
    private readonly Channel<InboundEvent> handled = Channel.CreateUnbounded<InboundEvent>();
    private readonly CancellationTokenSource stopping = new();
    private Task loop = Task.CompletedTask;

    public async Task<AcceptOutcome> AcceptAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        if (!records.Seen.TryAdd((inbound.Source, inbound.DeliveryId), inbound))
        {
            return AcceptOutcome.Duplicate;
        }
        await queue.Writer.WriteAsync(inbound, cancellationToken);
        return AcceptOutcome.Accepted;
    }

    /// <summary>Waits until the handler has finished the next event.</summary>
    public async Task<InboundEvent> NextHandledAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await handled.Reader.ReadAsync(timeout.Token);
    }

    public IReadOnlyList<InboundEvent> Seen() => [.. records.Seen.Values];

    public bool TryTakeHandled(out InboundEvent? inbound) => handled.Reader.TryRead(out inbound);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        loop = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose() => stopping.Dispose();

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var inbound in queue.Reader.ReadAllAsync(cancellationToken))
        {
            var handler = services.GetServices<IInboundHandler>().Single(h => h.Source == inbound.Source);
            await handler.HandleAsync(inbound, cancellationToken);
            await handled.Writer.WriteAsync(inbound, cancellationToken);
        }
    }
}

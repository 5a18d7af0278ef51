using ChatCoach.Domain.Api;
using ChatCoach.Domain.People;
using ChatCoach.Host.Api;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Host.Tests;

/// <summary>The outbox's hourly pruning also forgets Idempotency-Keys older than ChatCoach:Api:IdempotencyKeyHours, on the fake clock.</summary>
public sealed class IdempotencyKeyPruningTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_key_is_kept_for_the_configured_hours_then_pruned_so_the_same_key_writes_again(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var keys = new SqlIdempotencyStore(db.Database);
        var processor = Processor(db.Database, keys, hours: 24);
        Assert.Null(await keys.ClaimAsync(Acme, "hubspot-sync", "answered", "hash-a", _clock.GetUtcNow(), None));
        await keys.AnswerAsync(Acme, "hubspot-sync", "answered", 201, "{}", None);
        Assert.Null(await keys.ClaimAsync(Acme, "hubspot-sync", "abandoned", "hash-b", _clock.GetUtcNow(), None));

        _clock.Advance(TimeSpan.FromHours(23));
        await processor.PruneAsync(None);
        Assert.Null(await keys.ClaimAsync(Acme, "hubspot-sync", "younger", "hash-c", _clock.GetUtcNow(), None));
        await keys.AnswerAsync(Acme, "hubspot-sync", "younger", 201, "{}", None);
        Assert.Equal(201, (await keys.ClaimAsync(Acme, "hubspot-sync", "answered", "hash-a", _clock.GetUtcNow(), None))?.Status);

        _clock.Advance(TimeSpan.FromHours(1.5));
        await processor.PruneAsync(None);

        // The two keys from 24.5 hours ago are free again, answered or abandoned; the younger one is kept.
        Assert.Null(await keys.ClaimAsync(Acme, "hubspot-sync", "answered", "hash-a", _clock.GetUtcNow(), None));
        Assert.Null(await keys.ClaimAsync(Acme, "hubspot-sync", "abandoned", "hash-b", _clock.GetUtcNow(), None));
        Assert.Equal(201, (await keys.ClaimAsync(Acme, "hubspot-sync", "younger", "hash-c", _clock.GetUtcNow(), None))?.Status);
    }

    [Fact]
    public void The_key_age_is_checked_at_start_up_naming_the_setting()
    {
        var problem = new ApiOptionsValidator().Validate(null, new ApiOptions { IdempotencyKeyHours = 0 });

        Assert.True(problem.Failed);
        Assert.Contains("ChatCoach:Api:IdempotencyKeyHours", problem.FailureMessage, StringComparison.Ordinal);
    }

    private OutboxProcessor Processor(Database database, IIdempotencyStore keys, int hours)
    {
        var services = new ServiceCollection()
            .AddSingleton<IHourlyPruning>(new IdempotencyKeyPruning(keys, Options.Create(new ApiOptions { IdempotencyKeyHours = hours })))
            .BuildServiceProvider();
        var store = new SqlOutboxStore(database);
        return new OutboxProcessor(new DurableOutbox(store, _clock), store, database, services, _clock, NullLogger<OutboxProcessor>.Instance);
    }
}

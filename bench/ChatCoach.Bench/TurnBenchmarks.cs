using System.Diagnostics;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.People;
using ChatCoach.Host.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Bench;

/// <summary>
/// Where an answer's time goes inside the host, without HTTP: one "where do we stand" turn through
/// the real coach (flows, planner, kernel, plugins) on a real SQLite file, and the inbox's three
/// writes for one event (insert, claim, done), one event at a time.
/// </summary>
internal static class TurnBenchmarks
{
    public static async Task<IReadOnlyList<GrowthResult>> MeasureAsync(int turns, Mix? mix = null)
    {
        var work = Directory.CreateTempSubdirectory("chatcoach-turns-").FullName;
        try
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([$"--ConnectionStrings:ChatCoach=Data Source={Path.Combine(work, "turns.db")}", "--ChatCoach:Admins:0=slack:UBENCH"]);
            builder.Logging.ClearProviders();
            builder.Services.AddChatCoachCore(builder.Configuration);
            using var host = builder.Build();
            await CoreServices.PrepareAsync(host.Services, CancellationToken.None);
            var coach = host.Services.GetRequiredService<ICoach>();
            var inbox = host.Services.GetRequiredService<IInboxStore>();
            var turn = new TurnContext(new WorkspaceId("slack:TBENCH"), new UserRef("slack:UBENCH"), "slack", "CBENCH", IsDirect: false);
            await coach.ReplyAsync(turn, "where do we stand", CancellationToken.None);
            var seq = 0;
            var byMessage = mix is null ? [] : await MixTurnsAsync(coach, turn, mix, turns);
            return
            [
                .. byMessage,
                await TimeAsync("coach turn: where do we stand (SQLite)", turns, () => coach.ReplyAsync(turn, "where do we stand", CancellationToken.None)),
                await TimeAsync("inbox writes for one event (SQLite)", turns, async () =>
                {
                    var id = $"Ev{Interlocked.Increment(ref seq)}";
                    var now = DateTimeOffset.UtcNow;
                    await inbox.TryAddAsync(new InboundEvent("slack", id, "{}", now), CancellationToken.None);
                    await inbox.TryClaimAsync("slack", id, "bench", now, now.AddMinutes(2), CancellationToken.None);
                    await inbox.MarkDoneAsync("slack", id, now, CancellationToken.None);
                }),
            ];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The mix through the coach in process, in its proportions (the admin sending every message, so
    /// the writes are allowed): per message, its mean time and allocation; first the whole mix.
    /// </summary>
    private static async Task<List<GrowthResult>> MixTurnsAsync(ICoach coach, TurnContext turn, Mix mix, int turns)
    {
        foreach (var setup in mix.Setup.Where(m => !m.Text.Contains("{owner:", StringComparison.Ordinal)))
        {
            await coach.ReplyAsync(turn, mix.Words(setup, -1, "turns", _ => ""), CancellationToken.None);
        }
        var seq = 0L;
        var rows = new List<GrowthResult>
        {
            await TimeAsync($"coach turn: the mix {mix.Name} (SQLite)", turns, () =>
            {
                var message = mix.Pick(++seq, out var index);
                return coach.ReplyAsync(turn, mix.Words(message, index, "turns", _ => "@bench"), CancellationToken.None);
            }),
        };
        var each = Math.Max(10, turns / 10);
        for (var i = 0; i < mix.Messages.Count; i++)
        {
            var message = mix.Messages[i];
            var index = i;
            rows.Add(await TimeAsync($"coach turn: \"{message.Text}\" (weight {message.Weight})", each,
                () => coach.ReplyAsync(turn, mix.Words(message, index, "turns", _ => "@bench"), CancellationToken.None)));
        }
        return rows;
    }

    /// <summary>Mean time per call over <paramref name="count"/> sequential calls, and allocations per call.</summary>
    private static async Task<GrowthResult> TimeAsync(string work, int count, Func<Task> call)
    {
        var totalAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await call();
        }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var perCall = (GC.GetTotalAllocatedBytes(precise: true) - totalAllocated) / (double)count;
        return new GrowthResult(work + ", per call", count, elapsed / count, perCall / (1024 * 1024));
    }
}

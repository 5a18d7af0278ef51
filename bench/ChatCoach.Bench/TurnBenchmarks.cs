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
/// writes for one event (insert, claim, done), one event at a time; with a mix, also each of the
/// mix's answers kept with its inbox row, as the inbox keeps every turn's reply before sending it.
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
            var answers = new List<Reply>();
            var byMessage = mix is null ? [] : await MixTurnsAsync(coach, turn, mix, turns, answers);
            return
            [
                .. byMessage,
                .. answers.Count == 0 ? [] : new[] { await KeepsAsync(inbox, answers, mix!.Name) },
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
    /// The mix through the coach in process, in its proportions and order (the admin sending every
    /// message, so the writes are allowed): the whole mix per turn, then each message's mean time
    /// and allocation as it came in the mix (after whatever the messages before it wrote), and its
    /// share of the mix's time — where a mixed burst's time goes.
    /// </summary>
    private static async Task<List<GrowthResult>> MixTurnsAsync(ICoach coach, TurnContext turn, Mix mix, int turns, List<Reply> answers)
    {
        foreach (var setup in mix.Setup.Where(m => !m.Text.Contains("{owner:", StringComparison.Ordinal)))
        {
            await coach.ReplyAsync(turn, mix.Words(setup, -1, "turns", _ => ""), CancellationToken.None);
        }
        var ticks = new long[mix.Messages.Count];
        var bytes = new long[mix.Messages.Count];
        var counts = new int[mix.Messages.Count];
        var seq = 0L;
        var whole = await TimeAsync($"coach turn: the mix {mix.Name} (SQLite)", turns, async () =>
        {
            var message = mix.Pick(++seq, out var index);
            var words = mix.Words(message, index, "turns", _ => "@bench");
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            answers.Add(await coach.ReplyAsync(turn, words, CancellationToken.None));
            ticks[index] += Stopwatch.GetTimestamp() - started;
            bytes[index] += GC.GetTotalAllocatedBytes(precise: true) - allocated;
            counts[index]++;
        });
        var total = ticks.Sum();
        var rows = new List<GrowthResult> { whole };
        for (var i = 0; i < mix.Messages.Count; i++)
        {
            if (counts[i] > 0)
            {
                rows.Add(new GrowthResult(FormattableString.Invariant($"in the mix: \"{mix.Messages[i].Text}\" ({100.0 * ticks[i] / total:0.0}% of the mix's time), per call"),
                    counts[i], ticks[i] * 1000.0 / Stopwatch.Frequency / counts[i], bytes[i] / (double)counts[i] / (1024 * 1024)));
            }
        }
        return rows;
    }

    /// <summary>
    /// Each of the mix's answers kept with its own inbox row (stored, claimed, kept, done), one event
    /// at a time: what keeping the mix's replies costs per event, pictures included.
    /// </summary>
    private static Task<GrowthResult> KeepsAsync(IInboxStore inbox, List<Reply> answers, string mixName)
    {
        var seq = 0;
        return TimeAsync($"inbox writes for one event of the mix {mixName}, its answer kept (SQLite)", answers.Count, async () =>
        {
            var id = $"Keep{seq}";
            var now = DateTimeOffset.UtcNow;
            await inbox.TryAddAsync(new InboundEvent("slack", id, "{}", now), CancellationToken.None);
            await inbox.TryClaimAsync("slack", id, "bench", now, now.AddMinutes(2), CancellationToken.None);
            await inbox.KeepRepliesAsync("slack", id, [answers[seq++]], CancellationToken.None);
            await inbox.MarkDoneAsync("slack", id, now, CancellationToken.None);
        });
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

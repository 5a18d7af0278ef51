using System.Diagnostics;

namespace ChatCoach.Bench;

/// <summary>How one subject is measured: started, set up as its users would, then the load phases.</summary>
internal sealed class SubjectRun(BenchSettings settings, Mix mix, FakeSlackWebApi slackApi, FakeBotPlatform botPlatform)
{
    private const string OneQuestion = "where do we stand";

    // Where each load's sequence numbers start: an event's ts comes from its number, and Slack (so the
    // host) takes a second message with the same channel and ts for a redelivery of the first.
    private const long OneMessageSeq = 50_000_000;
    private const long SetupSeq = 80_000_000;
    private const long FirstAnswerSeq = 90_000_000;

    public async Task<SubjectResult> MeasureAsync(string run, Func<Task<Subject>> start, string storage, bool onSlack, bool onTeams, int? boltRate)
    {
        await using var subject = await start();
        var ready = Stopwatch.GetElapsedTime(subject.StartedAt).TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(1));
        var idle = ProcessMeter.Memory(subject.Pid).Rss;
        var tag = run + Guid.NewGuid().ToString("N")[..6];
        var wrongTokens = slackApi.WrongTokens;
        var callsBefore = slackApi.Calls.ToDictionary(c => c.Key, c => c.Value);
        var phases = new List<PhaseResult>();
        StartUp? startUp = null;
        var chatCoach = subject.Name == "ChatCoach";
        if (onSlack)
        {
            if (chatCoach)
            {
                await BenchInstall.InstallAsync(new Uri(subject.EventsUrl.GetLeftPart(UriPartial.Authority)), slackApi.Workspaces.All);
                startUp = await FirstAnswersAsync(subject, tag, ready);
                await SetUpSlackAsync(subject, tag);
            }
            phases.AddRange(await SlackPhasesAsync(subject, tag, boltRate));
        }
        if (onTeams && subject.MessagesUrl is { } messages)
        {
            phases.AddRange(await TeamsPhasesAsync(messages, tag, setUp: chatCoach, subject.Pid));
        }
        var memory = ProcessMeter.Memory(subject.Pid);
        var calls = slackApi.Calls.Select(c => (c.Key, Count: c.Value - callsBefore.GetValueOrDefault(c.Key))).Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count).Select(c => $"{c.Key} {c.Count}");
        return new SubjectResult(subject.Name, storage, idle, memory.PeakRss, ProcessMeter.CpuSeconds(subject.Pid), phases, startUp,
            slackApi.WrongTokens - wrongTokens, string.Join(", ", calls));
    }

    /// <summary>
    /// A workspace's first answer after start: right after its install, one "where do we stand" per
    /// workspace, one at a time. The first is the process's first answer of all (cold code), the
    /// others each a workspace's first (its board read for the first time in a warm process).
    /// </summary>
    private async Task<StartUp> FirstAnswersAsync(Subject subject, string tag, double readySeconds)
    {
        var answers = new List<double>();
        double sinceStart = 0;
        foreach (var workspace in slackApi.Workspaces.All)
        {
            using var one = new EventLoad(seq => (BenchSlack.Ts(seq), BenchSlack.Request(subject.EventsUrl,
                BenchSlack.Body(tag + "first" + workspace.Index, seq, workspace, workspace.User(1), BenchWorkspaces.Channel(workspace.Index), OneQuestion))), slackApi.Replies, firstSeq: FirstAnswerSeq + workspace.Index);
            var phase = await one.FixedRateAsync("first answer", 1, TimeSpan.FromSeconds(1), settings.ReplyWait);
            answers.Add(phase.EndToEnd.Max);
            if (answers.Count == 1)
            {
                sinceStart = Stopwatch.GetElapsedTime(subject.StartedAt).TotalSeconds;
            }
        }
        var others = answers.Skip(1).Order().ToList();
        return new StartUp(readySeconds, sinceStart, answers[0], others.Count == 0 ? double.NaN : others[others.Count / 2], others.Count);
    }

    /// <summary>Each workspace's admin runs the mix's setup (owners, a few months of values), all answered before the load.</summary>
    private async Task SetUpSlackAsync(Subject subject, string tag)
    {
        var workspaces = slackApi.Workspaces.All;
        var total = mix.Setup.Count * workspaces.Count;
        if (total == 0)
        {
            return;
        }
        using var setup = new EventLoad(seq =>
        {
            var i = (int)(seq - SetupSeq - 1);
            var workspace = workspaces[i / mix.Setup.Count];
            var message = mix.Setup[i % mix.Setup.Count];
            var words = mix.Words(message, -1, workspace.Team, key => BenchSlack.Mention(workspace.Owner(key)));
            return (BenchSlack.Ts(seq), BenchSlack.Request(subject.EventsUrl,
                BenchSlack.Body(tag + "setup", seq, workspace, workspace.Admin, BenchWorkspaces.Channel(workspace.Index), words)));
        }, slackApi.Replies, firstSeq: SetupSeq);
        Check("Slack setup", await setup.FixedRateAsync("setup", total, TimeSpan.FromSeconds(1), settings.ReplyWait));
    }

    private async Task<List<PhaseResult>> SlackPhasesAsync(Subject subject, string tag, int? boltRate)
    {
        using var load = new EventLoad(seq => (BenchSlack.Ts(seq), BenchSlack.Request(subject.EventsUrl, BenchSlack.Body(tag, seq, mix, slackApi.Workspaces))), slackApi.Replies);
        var phases = await PhasesAsync(load, "", subject.Pid);
        if (boltRate is { } rate)
        {
            phases.Add(await PhaseCpu.MeasureAsync(subject.Pid, () => load.FixedRateAsync($"{BenchRun.AtBoltsRate} ({rate} ev/s)", rate, settings.RateDuration, settings.ReplyWait)));
        }
        // The secondary row: the same question every time, as the benchmark of earlier rounds sent.
        using var one = new EventLoad(seq =>
        {
            var channel = (int)(seq % BenchSlack.Channels);
            var workspace = slackApi.Workspaces.OfChannel(channel);
            return (BenchSlack.Ts(seq), BenchSlack.Request(subject.EventsUrl,
                BenchSlack.Body(tag + "one", seq, workspace, workspace.User(1 + (int)(seq % (slackApi.Workspaces.People - 1))), BenchWorkspaces.Channel(channel), OneQuestion)));
        }, slackApi.Replies, firstSeq: OneMessageSeq);
        phases.Add(await PhaseCpu.MeasureAsync(subject.Pid, () => one.SaturationAsync(BenchRun.SaturationPhase(settings, BenchRun.OneMessage), settings.Connections, settings.SaturationDuration, settings.ReplyWait)));
        return phases;
    }

    private async Task<List<PhaseResult>> TeamsPhasesAsync(Uri messages, string tag, bool setUp, int pid)
    {
        // One token for the whole run, as a Bot Framework client reuses its token until it expires.
        var token = botPlatform.MintToken();
        if (setUp)
        {
            var values = mix.Setup.Where(m => !m.Text.Contains("{owner:", StringComparison.Ordinal)).ToList();
            using var setup = new EventLoad(seq => (BenchTeams.Id(tag + "setup", seq), BenchTeams.Request(messages,
                BenchTeams.Body(tag + "setup", seq, botPlatform.ServiceUrl, (int)(seq % BenchTeams.AdminCount), mix.Words(values[(int)(seq - 1)], -1, BenchTeams.Tenant, _ => "")), token)), botPlatform.Replies);
            Check("Teams setup", await setup.FixedRateAsync("setup", values.Count, TimeSpan.FromSeconds(1), settings.ReplyWait));
        }
        using var activities = new EventLoad(
            seq => (BenchTeams.Id(tag, seq), BenchTeams.Request(messages, BenchTeams.Body(tag, seq, botPlatform.ServiceUrl, mix), token)), botPlatform.Replies);
        return await PhasesAsync(activities, BenchRun.Teams, pid);
    }

    /// <summary>
    /// A warm-up that runs the same paths as the measured phases (a fixed rate), then the fixed-rate
    /// phase and the saturation phase, each with where the machine's CPU went.
    /// </summary>
    private async Task<List<PhaseResult>> PhasesAsync(EventLoad load, string prefix, int pid)
    {
        await load.FixedRateAsync("warm-up", settings.Rate, settings.WarmUp, settings.ReplyWait);
        return
        [
            await PhaseCpu.MeasureAsync(pid, () => load.FixedRateAsync(BenchRun.RatePhase(settings, prefix), settings.Rate, settings.RateDuration, settings.ReplyWait)),
            await PhaseCpu.MeasureAsync(pid, () => load.SaturationAsync(BenchRun.SaturationPhase(settings, prefix), settings.Connections, settings.SaturationDuration, settings.ReplyWait)),
        ];
    }

    private static void Check(string what, PhaseResult phase)
    {
        if (phase.Answered != phase.Sent || phase.Errors > 0)
        {
            throw new InvalidOperationException($"{what}: {phase.Answered} of {phase.Sent} answered, {phase.Errors} refused; the load would measure a half-set-up bot.");
        }
    }
}

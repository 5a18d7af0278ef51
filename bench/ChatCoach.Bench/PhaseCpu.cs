namespace ChatCoach.Bench;

/// <summary>
/// Where the machine's CPU went during one phase (its load and its drain): the subject's process, the
/// benchmark's own (the load generator and the fakes of Slack and the Bot Framework, which every
/// subject's events cost alike), and everything else (PostgreSQL's server, other work on the machine).
/// The benchmark shares the machine with the subject, so its own cost per event bounds what any
/// subject could reach here: <see cref="CeilingPerSecond"/>.
/// </summary>
internal sealed record PhaseCpu(double WallSeconds, double SubjectSeconds, double LoadSeconds, double MachineSeconds, int Cores)
{
    public double OtherSeconds => Math.Max(0, MachineSeconds - SubjectSeconds - LoadSeconds);

    /// <summary>Share of every core's time that was busy.</summary>
    public double MachineBusy => WallSeconds > 0 ? MachineSeconds / (WallSeconds * Cores) : 0;

    public static double PerEventMs(double seconds, int answered) => answered > 0 ? seconds * 1000 / answered : double.NaN;

    /// <summary>Answered/s on this machine for a subject that cost no CPU at all: every core spent on the load and the fakes.</summary>
    public double CeilingPerSecond(int answered) => LoadSeconds > 0 ? Cores * answered / LoadSeconds : double.NaN;

    /// <summary>Measures a phase: CPU of the subject, of this process and of the machine from its start to its end.</summary>
    public static async Task<PhaseResult> MeasureAsync(int subjectPid, Func<Task<PhaseResult>> phase)
    {
        var (subject, load, machine) = (ProcessMeter.CpuSeconds(subjectPid), ProcessMeter.CpuSeconds(Environment.ProcessId), ProcessMeter.MachineBusySeconds());
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await phase();
        return result with
        {
            Cpu = new PhaseCpu(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, ProcessMeter.CpuSeconds(subjectPid) - subject,
                ProcessMeter.CpuSeconds(Environment.ProcessId) - load, ProcessMeter.MachineBusySeconds() - machine, Environment.ProcessorCount),
        };
    }
}

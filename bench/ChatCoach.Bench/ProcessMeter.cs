using System.Globalization;

namespace ChatCoach.Bench;

/// <summary>Reads a process's memory and CPU time from /proc (Linux), which is where the benchmark runs.</summary>
internal static class ProcessMeter
{
    /// <summary>Resident set size now, and its high-water mark, in MiB.</summary>
    public static (double Rss, double PeakRss) Memory(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        return (Kib(status, "VmRSS:") / 1024, Kib(status, "VmHWM:") / 1024);
    }

    /// <summary>User plus system CPU time the process has used, in seconds.</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name (which may contain spaces) start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    private static double Kib(string[] status, string key) =>
        double.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}

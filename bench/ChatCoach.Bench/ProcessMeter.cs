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

    /// <summary>user, nice, system, irq, softirq, steal: everything but idle and waiting for the disk.</summary>
    private static readonly int[] BusyFields = [1, 2, 3, 6, 7, 8];

    /// <summary>CPU time the whole machine has spent busy (every core, every process), in seconds.</summary>
    public static double MachineBusySeconds()
    {
        // The first line of /proc/stat sums all cores: user nice system idle iowait irq softirq steal ….
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = BusyFields.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return ticks / 100.0;
    }

    private static double Kib(string[] status, string key) =>
        double.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using ChatCoach.TestSupport;
using ChatCoach.Host.Commands;

namespace ChatCoach.Host.Tests;

/// <summary>Runs the real host executable as a separate process, as a user would.</summary>
public static class HostProcess
{
    public static string HostDll => typeof(ConsoleCommand).Assembly.Location;

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string arguments, string stdin, string workingDirectory, IDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo("dotnet", $"exec \"{HostDll}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        // A clean configuration: nothing from the machine running the tests leaks in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ChatCoach__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }
        // Never the day the suite runs: the host's clock starts mid-month unless the test moves it.
        start.Environment["ChatCoach__Clock__StartAt"] = TestClock.DefaultStartAt;
        // Never the user's own data folder: what a command writes stays in the test's directory.
        start.Environment["ChatCoach__DataDir"] = workingDirectory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, (await output).ReplaceLineEndings("\n"), await error);
    }
}

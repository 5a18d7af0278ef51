using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChatCoach.Bench;

/// <summary>
/// The host executable the benchmark starts. By default the host is published ReadyToRun for this
/// machine's runtime identifier, as a deployment would be (see README, "Deploying"): its code starts
/// precompiled instead of waiting for the JIT — the first answer after start was 1.5–2.8 s of
/// compiling, and the JIT was still busy 40 s into a run of the mix. `--jit` (and `--quick`, which
/// the test suite runs) start the plain build next to the benchmark instead.
/// </summary>
internal sealed record HostBuild(string Dll, string Description)
{
    public const string Folder = "host-ready-to-run";

    public static HostBuild Plain { get; } = new(Path.Combine(AppContext.BaseDirectory, "ChatCoach.Host.dll"), "the build output, compiled by the JIT as it runs");

    public static async Task<HostBuild> PrepareAsync(bool readyToRun)
    {
        if (!readyToRun)
        {
            return Plain;
        }
        var output = Path.Combine(AppContext.BaseDirectory, Folder);
        var project = Path.Combine(BenchPaths.RepoRoot, "src", "ChatCoach.Host", "ChatCoach.Host.csproj");
        var rid = RuntimeInformation.RuntimeIdentifier;
        Console.Error.WriteLine($"Publishing the host ReadyToRun for {rid} into {output} (minutes the first time; --jit skips it)…");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", rid, "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output, "--nologo", "-v", "quiet"]) { UseShellExecute = false };
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            Console.Error.WriteLine($"dotnet publish failed with exit code {publish.ExitCode}: measuring the plain build instead.");
            return Plain;
        }
        return new(Path.Combine(output, "ChatCoach.Host.dll"), $"published ReadyToRun for {rid} (`dotnet publish -r {rid} -p:PublishReadyToRun=true`)");
    }
}

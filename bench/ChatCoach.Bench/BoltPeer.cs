using System.Diagnostics;

namespace ChatCoach.Bench;

/// <summary>Installs the Bolt peer's packages into bench/bolt-peer/node_modules (ignored by git) when missing.</summary>
internal static class BoltPeer
{
    public static string Directory => Path.Combine(BenchPaths.RepoRoot, "bench", "bolt-peer");

    public static async Task EnsureInstalledAsync()
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@slack", "bolt")))
        {
            return;
        }
        Console.Error.WriteLine("Installing the Bolt peer (npm install @slack/bolt)…");
        var start = new ProcessStartInfo("npm", "install --no-package-lock --no-audit --no-fund --loglevel=error") { WorkingDirectory = Directory };
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm is not available; the Bolt peer needs Node.js and npm.");
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install failed with exit code {npm.ExitCode}.");
        }
    }
}

internal static class BenchPaths
{
    /// <summary>The repository root: the folder above this program that holds ChatCoach.sln.</summary>
    public static string RepoRoot { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatCoach.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmark from inside the ChatCoach repository.");
    }
}

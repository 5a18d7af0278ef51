using System.Diagnostics;

namespace ChatCoach.Bench;

/// <summary>
/// A peer written on a JavaScript SDK (bench/&lt;folder&gt;), its npm packages installed into its
/// node_modules (ignored by git) when missing.
/// </summary>
internal sealed record NodePeer(string Folder, string Package)
{
    /// <summary>Bolt for JavaScript: the Slack peer.</summary>
    public static readonly NodePeer Bolt = new("bolt-peer", "@slack/bolt");

    /// <summary>The Bot Framework SDK for JavaScript: the Teams peer.</summary>
    public static readonly NodePeer Teams = new("teams-peer", "botbuilder");

    public string Directory => Path.Combine(BenchPaths.RepoRoot, "bench", Folder);

    public bool Installed => System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", Package));

    /// <summary>Installs the packages; false (with the reason on stderr) when npm or its registry is not there.</summary>
    public async Task<bool> EnsureInstalledAsync()
    {
        if (Installed)
        {
            return true;
        }
        Console.Error.WriteLine($"Installing the {Folder} (npm install {Package})…");
        var start = new ProcessStartInfo("npm", "install --no-package-lock --no-audit --no-fund --loglevel=error") { WorkingDirectory = Directory };
        try
        {
            using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
            await npm.WaitForExitAsync();
            if (npm.ExitCode == 0 && Installed)
            {
                return true;
            }
            Console.Error.WriteLine($"npm install for {Folder} failed with exit code {npm.ExitCode}: that peer is not measured.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"npm is not available ({e.Message}): the {Folder} is not measured.");
        }
        return false;
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

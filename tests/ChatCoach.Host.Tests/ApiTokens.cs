using ChatCoach.Host.Commands;

namespace ChatCoach.Host.Tests;

/// <summary>Runs the api-token command in-process on a SQLite file, as an operator would on the host.</summary>
internal static class ApiTokens
{
    /// <summary>Makes a token and returns its secret (what the command prints on stdout).</summary>
    public static async Task<string> CreateAsync(string databasePath, string name, string scope, string workspace = "local")
    {
        var output = new StringWriter();
        Assert.Equal(0, await RunAsync(databasePath, output, "create", "--workspace", workspace, "--name", name, "--scope", scope));
        return output.ToString().Trim();
    }

    public static Task<int> RunAsync(string databasePath, TextWriter output, params string[] args) =>
        HostCommandLine.RunAsync(["api-token", .. args, "--db", databasePath], new HostConsole(TextReader.Null, output, TextWriter.Null, Interactive: false), CancellationToken.None);
}

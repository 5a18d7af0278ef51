namespace ChatCoach.Host.Tests;

/// <summary>The executable's command line as a new user meets it: usage, exit codes, and no server unless asked.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string[] Commands = ["serve", "console", "remind", "export", "import", "teams-package", "planner-eval", "api-token"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("chatcoach-cli-");

    private Task<HostProcess.Result> Run(string arguments) =>
        HostProcess.RunAsync(arguments, "", _directory.FullName, limit: TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_command_and_exits_0_without_starting_a_server(string help)
    {
        var result = await Run(help);

        Assert.Equal(0, result.ExitCode);
        Assert.All(Commands, command => Assert.Contains(command, result.Output, StringComparison.Ordinal));
        Assert.DoesNotContain("listening", result.Output + result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("console --help", new[] { "--user", "--workspace", "--db", "--data-dir", "--pictures" })]
    [InlineData("help console", new[] { "--user", "--workspace", "--db", "--data-dir", "--pictures" })]
    [InlineData("export -h", new[] { "--workspace", "--output", "--db", "--data-dir" })]
    [InlineData("import --help", new[] { "FILE", "--dry-run", "--user", "--db" })]
    [InlineData("remind --help", new[] { "--dry-run", "--at", "--db" })]
    [InlineData("serve --help", new[] { "--urls" })]
    [InlineData("teams-package --help", new[] { "--app-id", "--output", "--manifests" })]
    [InlineData("planner-eval --help", new[] { "--questions", "--replies" })]
    [InlineData("api-token --help", new[] { "VERB", "--workspace", "--name", "--scope", "--db" })]
    public async Task Each_commands_help_lists_its_options(string arguments, string[] options)
    {
        var result = await Run(arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.All(options, option => Assert.Contains(option, result.Output, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(_directory.FullName));
    }

    [Theory]
    [InlineData("frobnicate", "frobnicate")]
    [InlineData("console --frobnicate", "--frobnicate")]
    [InlineData("export --db", "--db")]
    [InlineData("--bogus", "--bogus")]
    public async Task A_command_line_that_cannot_be_understood_prints_usage_and_exits_2(string arguments, string named)
    {
        var result = await Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory.FullName));
    }

    [Fact]
    public async Task Version_prints_the_version_and_exits_0()
    {
        var result = await Run("--version");
        var expected = typeof(ChatCoach.Host.Commands.HostCommands).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Output.Trim());
    }

    public void Dispose() => _directory.Delete(recursive: true);
}

namespace ChatCoach.Host.Commands;

/// <summary>
/// One parsed invocation as a command sees it: the command word, its --name value options, and
/// what goes on to the configuration (settings written --Section:Key=value, serve's --urls, import's FILE).
/// The parsing itself, with usage and exit codes, is <see cref="HostCommands"/>'.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    public CommandLine(string command, IDictionary<string, string> options, IReadOnlyList<string> passThrough)
    {
        Command = command;
        _options = new Dictionary<string, string>(options, StringComparer.Ordinal);
        PassThrough = passThrough;
    }

    public string Command { get; }

    public IReadOnlyList<string> PassThrough { get; }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);
}

namespace ChatCoach.Host.Commands;

/// <summary>
/// The host's command line: a command word (serve is the default) and its --name value options.
/// Whatever a command does not know is passed on to ASP.NET Core (e.g. --urls).
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandLine(string command, List<string> passThrough)
    {
        Command = command;
        PassThrough = passThrough;
    }

    public string Command { get; }

    public IReadOnlyList<string> PassThrough { get; }

    public static CommandLine Parse(string[] args, IReadOnlyCollection<string> known)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        var passThrough = new List<string>();
        var line = new CommandLine(command, passThrough);
        for (var i = 0; i < rest.Length; i++)
        {
            var name = rest[i].StartsWith("--", StringComparison.Ordinal) ? rest[i][2..] : null;
            if (name is not null && known.Contains(name))
            {
                var value = i + 1 < rest.Length && !rest[i + 1].StartsWith("--", StringComparison.Ordinal) ? rest[++i] : "true";
                line._options[name] = value;
            }
            else
            {
                passThrough.Add(rest[i]);
            }
        }
        return line;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);
}

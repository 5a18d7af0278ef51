using System.CommandLine;
using System.CommandLine.Parsing;
using ChatCoach.Host.Configuration;

namespace ChatCoach.Host.Commands;

/// <summary>
/// Every command of the executable, in one place: its name, what it does, its options and what runs
/// it. A new command is one more <see cref="Add"/> call in <see cref="Define"/>. Usage is printed
/// from these definitions, so it cannot leave an option out.
/// </summary>
public static class HostCommands
{
    /// <summary>What a command runs: the parsed line, the terminal, and Ctrl+C.</summary>
    public delegate Task<int> Runner(CommandLine line, HostConsole console, CancellationToken cancellationToken);

    public static RootCommand Define(IReadOnlyList<string> settings, HostConsole console)
    {
        var root = new RootCommand("ChatCoach keeps a leadership team honest about its scoreboard, in Slack, Teams or this terminal. " +
            "Settings can also be given as --Section:Key=value (e.g. --ChatCoach:Scoreboard:DueDay=7).");
        Add(root, settings, console, "serve", "Run the server for Slack and Teams (the default when no command is given).",
            (line, _, ct) => ServeCommand.RunAsync(line, ct),
            [Value("urls", "Where to listen, e.g. http://0.0.0.0:8080 (default: ASPNETCORE_URLS, else http://localhost:5000).")]);
        Add(root, settings, console, "console", "Chat with the bot in this terminal; reads one message per line when input is not a terminal.",
            (line, io, ct) => ConsoleCommand.RunAsync(line, io.In, io.Out, io.Error, io.Interactive, ct),
            [Value("user", "Who you are in the chat, local:NAME (default: the OS user name)."), Workspace,
             Value("pictures", "Where charts are saved (default: pictures/ in the data folder)."), .. Storage]);
        Add(root, settings, console, "remind", "Print who would be nudged and escalated, for what, at an instant; sends nothing.",
            (line, io, ct) => RemindCommand.RunAsync(line, io.Out, io.Error, ct),
            [Flag("dry-run", "Required: only show what would be sent."), Value("at", "The instant, ISO-8601 such as 2026-11-23T09:00:00Z (default: now)."), .. Storage]);
        Add(root, settings, console, "export", "Write every value and correction, with provenance, as CSV.",
            (line, io, ct) => TransferCommands.ExportAsync(line, io.Out, io.Error, ct),
            [Workspace, Value("output", "The CSV file to write (default: standard output)."), .. Storage]);
        Add(root, settings, console, "import", "Load historic monthly values from a CSV file in the export's format.",
            (line, io, ct) => TransferCommands.ImportAsync(line, io.Out, io.Error, ct),
            [Flag("dry-run", "Check the file and say what would be stored; store nothing."), Value("user", "Who the import is recorded as (default: the OS user name)."), .. Storage],
            Operand("FILE", "The CSV file to import."));
        Add(root, settings, console, "api-token", "Create, list or revoke the values API's tokens (a new token's secret is printed once).",
            (line, io, ct) => ApiTokenCommand.RunAsync(line, io.Out, io.Error, ct),
            [Workspace, Value("name", "The token's name."), Value("scope", "What it may do: read, or write:values."), .. Storage],
            Operand("VERB", "create, list or revoke."), Operand("NAME", "The token's name (revoke NAME)."));
        Add(root, settings, console, "inbox", "List events parked after the retry window ran out, or hand them back to be answered.",
            (line, io, ct) => InboxCommands.RunAsync(line, io.Out, io.Error, ct),
            [Flag("all", "With redrive: every parked event."), Value("id", "With redrive: one event, SOURCE:DELIVERY as 'inbox parked' lists it."), .. Storage],
            Operand("VERB", "parked or redrive."));
        Add(root, settings, console, "teams-package", "Build the Teams app package zip from manifests/teams.",
            (line, io, _) => Task.FromResult(TeamsPackageCommand.Run(line, Settings.Configuration(line), io.Out, io.Error)),
            [Value("app-id", "The bot's Entra app id (default: ChatCoach:Teams:AppId)."), Value("output", "The zip to write (default: chatcoach-teams.zip)."),
             Value("manifests", "The folder holding manifest.json (default: manifests/teams).")]);
        Add(root, settings, console, "planner-eval", "Run the planner question set against the configured model and print the results.",
            (line, io, ct) => PlannerEvalCommand.RunAsync(line, io.Out, io.Error, ct),
            [Value("questions", "The question set, JSON (default: the one shipped beside the executable)."), Flag("replies", "Print each reply too.")]);
        Add(root, settings, console, "nlu-eval", "Measure the embedded reader on the corpus's held-out fifth: accuracy per intent, confusions, wrong writes.",
            (line, io, _) => Task.FromResult(NluEvalCommand.Run(line, io.Out, io.Error)),
            [Value("folds", "How many folds of cross-validation over the training rows (default: 5)."), Flag("misses", "Print every held-out utterance read wrong."),
             Flag("cv-misses", "Print the training rows the cross-validation folds read wrong, and their confusions (what tuning may look at)."),
             Value("probe", "Read hand-written phrasings from a file, one 'label<TAB>message' a line, and print those read wrong."),
             Value("read", "Show how one message is read (intent, model label and confidence, mood, decision) instead.")]);
        return root;
    }

    private static Option Workspace => Value("workspace", "The workspace id (default: local).");

    /// <summary>Where the commands that open the database find it: --db, else the data folder.</summary>
    private static Option[] Storage =>
    [
        Value("db", "The SQLite database file (default: ConnectionStrings:ChatCoach, else chatcoach.db in the data folder)."),
        Value(DataFolder.OptionName, $"The data folder for the database, pictures and exports (default: {DataFolder.SettingKey}, else {DataFolder.DefaultPath})."),
    ];

    public static Argument Operand(string name, string description) =>
        new Argument<string>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    public static Option Value(string name, string description) =>
        new Option<string>("--" + name) { Description = description, HelpName = name.ToUpperInvariant() };

    public static Option Flag(string name, string description) => new Option<bool>("--" + name) { Description = description };

    /// <param name="settings">The --Section:Key=value settings, set aside before parsing and passed on to the configuration.</param>
    public static void Add(RootCommand root, IReadOnlyList<string> settings, HostConsole console, string name, string description, Runner runner, Option[] options, params Argument[] operands)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
        foreach (var operand in operands)
        {
            command.Arguments.Add(operand);
        }
        command.SetAction((result, cancellationToken) => runner(LineOf(result, settings), console, cancellationToken));
        root.Subcommands.Add(command);
    }

    /// <summary>The parse as the commands read it: options by name; operands, --urls and settings passed on.</summary>
    private static CommandLine LineOf(ParseResult result, IReadOnlyList<string> settings)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        // A flag nobody typed still has an (implicit) result, false; only what was typed counts.
        foreach (var option in result.CommandResult.Children.OfType<OptionResult>().Where(o => !o.Implicit))
        {
            options[option.Option.Name.TrimStart('-')] = option.Tokens.Count > 0 ? option.Tokens[0].Value : "true";
        }
        var passThrough = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).ToList();
        if (options.TryGetValue("urls", out var urls))
        {
            passThrough.AddRange(["--urls", urls]);
        }
        passThrough.AddRange(settings);
        return new CommandLine(result.CommandResult.Command.Name, options, passThrough);
    }
}

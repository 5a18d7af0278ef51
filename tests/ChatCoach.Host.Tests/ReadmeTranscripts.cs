using System.Text.RegularExpressions;

namespace ChatCoach.Host.Tests;

/// <summary>
/// The README's console transcripts that carry a replay marker:
/// <c>&lt;!-- replay session=NAME args="console --user alex" env="KEY=VALUE …" at=ISO-8601 --&gt;</c>
/// right above a <c>```text</c> block. Blocks of one session share a data folder and run in README order.
/// </summary>
public sealed partial class ReadmeTranscripts
{
    public sealed record Transcript(string Session, string Arguments, IReadOnlyDictionary<string, string> Environment, string At, string Body, int Start, int Length)
    {
        /// <summary>What the user typed: each "> " line of the block.</summary>
        public string Input => string.Concat(Body.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..] + "\n"));
    }

    [GeneratedRegex(@"<!-- replay (?<attributes>[^\n]*?) -->\n```text\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<key>\w+)=(""(?<quoted>[^""]*)""|(?<bare>\S+))")]
    private static partial Regex Attribute();

    public static string ReadmePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "README.md")) && Directory.Exists(Path.Combine(directory.FullName, "src", "ChatCoach.Host")))
            {
                return Path.Combine(directory.FullName, "README.md");
            }
        }
        throw new FileNotFoundException("No README.md above the test's folder.");
    }

    public static IReadOnlyList<Transcript> In(string readme) => [.. Block().Matches(readme).Select(Of)];

    private static Transcript Of(Match block)
    {
        var attributes = Attribute().Matches(block.Groups["attributes"].Value)
            .ToDictionary(a => a.Groups["key"].Value, a => a.Groups["quoted"].Success ? a.Groups["quoted"].Value : a.Groups["bare"].Value);
        var environment = attributes.GetValueOrDefault("env", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        var body = block.Groups["body"];
        return new Transcript(attributes["session"], attributes["args"], environment, attributes["at"], body.Value, body.Index, body.Length);
    }

    /// <summary>The data folder as the README shows it: the per-user default on Linux.</summary>
    public const string ShownDataFolder = "~/.local/share/chatcoach";

    /// <summary>Output as a README shows it: no trailing blanks on a line, none at the end.</summary>
    public static string Tidy(string output) =>
        string.Join('\n', output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');
}

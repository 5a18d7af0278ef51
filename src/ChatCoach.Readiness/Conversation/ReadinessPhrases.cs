using ChatCoach.Conversation.Answers;
using ChatCoach.Conversation;
using ChatCoach.Plugins;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatCoach.Readiness.Conversation;

/// <summary>What a message says about the readiness survey.</summary>
public abstract record ReadinessPhrase;

public sealed record StartSurvey(bool Together, bool Anonymous, int? Days) : ReadinessPhrase;

public sealed record TakeSurvey : ReadinessPhrase;

public sealed record ShowResults : ReadinessPhrase;

public sealed record CloseSurvey : ReadinessPhrase;

public sealed record GoBack : ReadinessPhrase;

public sealed record SkipQuestion : ReadinessPhrase;

public sealed record PauseInterview : ReadinessPhrase;

public sealed record Confirmation(bool Confirmed) : ReadinessPhrase;

/// <summary>
/// Reads the survey's commands ("start the readiness survey together, anonymous, for 5 days",
/// "take the survey", "readiness results", "close the survey") and the words an interview in
/// progress understands ("back", "skip", "pause", "yes"/"no" to a read-back).
/// </summary>
public static partial class ReadinessPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(please\s+)?(start|begin|run|launch|open)\s+(a|the|our)?\s*(ai\s+)?readiness\s*(survey|interview|assessment)?\b(?<rest>.*)$", Options)]
    private static partial Regex Start();

    [GeneratedRegex(@"\b(together|as\s+a\s+team|in\s+(the\s+)?channel|workshop)\b", Options)]
    private static partial Regex Together();

    [GeneratedRegex(@"\banonymous(ly)?\b", Options)]
    private static partial Regex Anonymous();

    [GeneratedRegex(@"\b(for|in|closing\s+in|open\s+for)\s+(?<days>\d{1,3})\s+days?\b", Options)]
    private static partial Regex Days();

    [GeneratedRegex(@"^(take|do|fill\s+in|fill\s+out|answer|resume|continue)\s+(the\s+|my\s+)?(readiness\s+)?(survey|interview|assessment)$", Options)]
    private static partial Regex Take();

    [GeneratedRegex(@"^(show\s+)?(the\s+)?(readiness|survey)\s+results?$|^how\s+ready\s+are\s+we$", Options)]
    private static partial Regex Results();

    [GeneratedRegex(@"^(close|end|finish)\s+(the\s+)?(readiness\s+)?(survey|interview|assessment)$", Options)]
    private static partial Regex Close();

    public static ReadinessPhrase? ReadCommand(string message)
    {
        var text = Normalise(message);
        if (Start().Match(text) is { Success: true } start)
        {
            var rest = start.Groups["rest"].Value;
            int? days = Days().Match(rest) is { Success: true } d ? int.Parse(d.Groups["days"].Value, CultureInfo.InvariantCulture) : null;
            return new StartSurvey(Together().IsMatch(rest), Anonymous().IsMatch(rest), days);
        }
        return Take().IsMatch(text) ? new TakeSurvey()
            : Results().IsMatch(text) ? new ShowResults()
            : Close().IsMatch(text) ? new CloseSurvey()
            : null;
    }

    /// <summary>Words that steer an interview in progress; <paramref name="awaitingConfirmation"/> makes "yes"/"no" a confirmation.</summary>
    public static ReadinessPhrase? ReadInInterview(string message, bool awaitingConfirmation)
    {
        var text = AnswerWords.Tidy(message);
        return text switch
        {
            "back" or "go back" or "previous" or "previous question" or "prev" or "undo" or "last question" or "go back one" or "change my last answer" => new GoBack(),
            "skip" or "pass" or "skip it" or "skip this" or "skip this one" or "skip question" or "next" or "next question" or "next one" or "move on" => new SkipQuestion(),
            "pause" or "stop" or "later" or "stop for now" or "pause the survey" or "stop the survey" or "pause for now" or "cancel" or "not now"
                or "take a break" or "enough for now" or "i'll finish later" or "finish later" or "continue later" or "let's stop" => new PauseInterview(),
            _ when awaitingConfirmation && AnswerWords.IsYes(text) => new Confirmation(true),
            _ when awaitingConfirmation && AnswerWords.IsNo(text) => new Confirmation(false),
            _ => null,
        };
    }

    private static string Normalise(string message) => string.Join(' ', message.Trim().TrimEnd('.', '!', '?').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

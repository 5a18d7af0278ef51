using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;
using Microsoft.SemanticKernel;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// The rule for writes a language model proposes, the same as for the embedded reader: a write is
/// run straight away only when the person made a plain statement and every argument names exactly
/// one indicator, an amount, a month; otherwise it is held — asked about, or not done at all.
/// </summary>
public static class ModelWrites
{
    /// <summary>A proposed call of a scoreboard or board write as the intent it would carry out; null for anything else.</summary>
    public static Intent? AsIntent(string? plugin, string function, KernelArguments? arguments)
    {
        string Arg(string name) => arguments?.TryGetValue(name, out var value) == true ? value?.ToString() ?? "" : "";
        if (plugin == ChatCoach.Scoreboard.Board.BoardPlugin.Name)
        {
            return IntentLabels.IsBoardWrite(function)
                ? new BoardIntent(function, (arguments ?? []).ToDictionary(a => a.Key, a => a.Value?.ToString(), StringComparer.Ordinal))
                : null;
        }
        return plugin != ChatCoach.Scoreboard.Plugin.ScoreboardPlugin.Name ? null : function switch
        {
            "record_value" => new RecordValue(Arg("indicator"), Arg("value"), Period.TryParse(Arg("period"), out var month) ? month : null),
            "set_owner" => new SetOwner(Arg("indicator"), Arg("owner")),
            "set_target" => new SetTarget(Arg("indicator"), Arg("target")),
            _ => null,
        };
    }

    /// <summary>What to do instead of running the write now: <see cref="Unsure"/> (ask), <see cref="NotWritten"/> (never), or null (run it).</summary>
    public static Intent? Hold(Intent write, KernelArguments? arguments, Mood mood, IReadOnlyList<Indicator> board)
    {
        if (MoodReader.NeverWrites(mood))
        {
            return new NotWritten(new NoAnswer(), mood);
        }
        var period = arguments?.TryGetValue("period", out var given) == true ? given?.ToString() : null;
        var periodRead = string.IsNullOrWhiteSpace(period) || Period.TryParse(period, out _);
        return mood == Mood.Statement && periodRead && Reader.SlotsRead(write, board) ? null : new Unsure(write, "a model proposed it with an argument not read for certain");
    }
}

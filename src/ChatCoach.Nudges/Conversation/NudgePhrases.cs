using ChatCoach.Plugins;
using ChatCoach.Conversation;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Conversation;

/// <summary>What a message means to the nudge loop, when it means anything to it.</summary>
public abstract record NudgeUtterance;

/// <summary>"412": a value with no indicator, answered in the nudge's direct message.</summary>
public sealed record BareValue(string Value) : NudgeUtterance;

/// <summary>"cost per opp 412": a value for an indicator the person owes.</summary>
public sealed record NamedValue(string Indicator, string Value) : NudgeUtterance;

/// <summary>The console's way to answer a form, as it tells the person: "record 412 for cost-per-opp for 2026-10".</summary>
public sealed record InputAnswer(string Value, string IndicatorKey, Period Period) : NudgeUtterance;

public sealed record SnoozeDays(int Days) : NudgeUtterance;

public sealed record RemindOnDay(string Day) : NudgeUtterance;

public sealed record NotAvailable(string? Indicator, string Reason) : NudgeUtterance;

public sealed record PostDigestHere : NudgeUtterance;

public sealed record PendingForMe : NudgeUtterance;

public sealed record WhatsMissing : NudgeUtterance;

/// <summary>
/// Reads the nudge loop's phrases — "412", "cost per opp 412", "remind me Thursday", "snooze 3
/// days", "not available this month because …", "post the digest here", "what's pending for me",
/// "what's missing", and the console's answer to a form. Pure. (Buttons and forms in Slack and Teams carry typed actions: <see cref="NudgeActions"/>.)
/// </summary>
public static partial class NudgePhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Value = @"[$€£]?\s*[-+]?(\d[\d,]*(\.\d+)?|\.\d+)\s*(k|m|%|percent|pct|days?|weeks?|d)?";
    private const string Day = "mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|tomorrow";

    [GeneratedRegex(@"^(?<val>" + Value + ")$", Options)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?<ind>[a-z][a-z\- ]*?):? (?<val>" + Value + ")$", Options)]
    private static partial Regex Named();

    [GeneratedRegex(@"^record (?<val>.+?) for (?<key>[a-z0-9]+(-[a-z0-9]+)*) for (?<period>\d{4}-\d{2})$", Options)]
    private static partial Regex Input();

    [GeneratedRegex(@"^snooze( (it|this|me|reminders?))?( for)? (?<n>\d{1,2}) ?(days?|d)$|^snooze( (it|this|me))?( for)? (?<week>a|one|1) week$", Options)]
    private static partial Regex Snooze();

    [GeneratedRegex(@"^(remind me|snooze( (it|this|me))?( until)?|ask me)( again)?( on| next)? (?<day>" + Day + ")$", Options)]
    private static partial Regex RemindOn();

    [GeneratedRegex(
        @"^(?<ind>.+? )?(is |was |are )?(not available|n/a" +
        @"|unavailable)( for (?<ind2>[a-z][a-z\- ]*?))?( (this|last) month" +
        @"| for (this|last) month)?((\s*(,|:|-|—)\s*|\s+)(because|since|as|reason:?)\s+(?<reason>.+)" +
        @"|\s*(:|-|—)\s*(?<reason>.+))?$",
        Options)]
    private static partial Regex NotAvailablePattern();

    [GeneratedRegex(@"^(post|send|put) the (weekly )?digest here$|^(use|make|set) this (channel|conversation|chat) (as |for )?(the )?(scoreboard|digest)( channel)?$", Options)]
    private static partial Regex DigestHere();

    [GeneratedRegex(@"^what('?s| is) pending( for me)?$|^what do i (still )?owe$|^my pending( values)?$|^what('?s| is) (still )?pending$", Options)]
    private static partial Regex Pending();

    [GeneratedRegex(@"^(what('?s| is) missing|missing values?|who hasn'?t reported|what'?s outstanding|missing)$", Options)]
    private static partial Regex Missing();

    public static NudgeUtterance? Read(string message)
    {
        var text = string.Join(' ', message.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('?', '!', '.').Trim();
        return text.Length == 0 ? null : ReadCommand(text) ?? ReadValue(text);
    }

    private static NudgeUtterance? ReadCommand(string text)
    {
        if (Snooze().Match(text) is { Success: true } snooze)
        {
            return new SnoozeDays(snooze.Groups["week"].Success ? 7 : int.Parse(snooze.Groups["n"].Value, CultureInfo.InvariantCulture));
        }
        if (RemindOn().Match(text) is { Success: true } remind)
        {
            return new RemindOnDay(remind.Groups["day"].Value.ToLowerInvariant());
        }
        if (NotAvailablePattern().Match(text) is { Success: true } skip)
        {
            var indicator = (skip.Groups["ind2"].Success ? skip.Groups["ind2"].Value : skip.Groups["ind"].Value).Trim();
            return new NotAvailable(indicator is "" or "it" or "this" or "that" ? null : indicator, skip.Groups["reason"].Value.Trim());
        }
        return DigestHere().IsMatch(text) ? new PostDigestHere()
            : Pending().IsMatch(text) ? new PendingForMe()
            : Missing().IsMatch(text) ? new WhatsMissing()
            : null;
    }

    private static NudgeUtterance? ReadValue(string text)
    {
        if (Input().Match(text) is { Success: true } input && Period.TryParse(input.Groups["period"].Value, out var period))
        {
            return new InputAnswer(input.Groups["val"].Value.Trim(), input.Groups["key"].Value.ToLowerInvariant(), period);
        }
        if (Bare().Match(text) is { Success: true } bare)
        {
            return new BareValue(bare.Groups["val"].Value.Trim());
        }
        return Named().Match(text) is { Success: true } named ? new NamedValue(named.Groups["ind"].Value.Trim(), named.Groups["val"].Value.Trim()) : null;
    }
}

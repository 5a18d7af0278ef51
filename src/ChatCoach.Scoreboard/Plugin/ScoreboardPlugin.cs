using System.ComponentModel;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Plugin;

/// <summary>
/// The scoreboard's capabilities as kernel functions. The caller and workspace come from the
/// turn (<see cref="TurnScope"/>); who may write is enforced by <see cref="WriteAccessFilter"/>.
/// </summary>
public sealed partial class ScoreboardPlugin(IScoreboardStore store, IBoardStore board, ReportingCalendar calendar)
{
    public const string Name = "scoreboard";

    private readonly StandingCalculator _calculator = new(calendar);
    private readonly StandingMemo _standings = new(new StandingCalculator(calendar));

    [KernelFunction("get_standing")]
    [ReadsOnly]
    [Description("Where the team stands: every indicator's latest recorded value with its period, who recorded it and when, the change from the previous value, status against target, and whether the current reporting period's value is missing.")]
    public async Task<PluginResult> GetStandingAsync(Kernel kernel, CancellationToken cancellationToken) =>
        new StandingResult(await ComputeStandingAsync(TurnScope.Of(kernel), cancellationToken));

    [KernelFunction("get_missing")]
    [ReadsOnly]
    [Description("Which indicators have no value yet for the current reporting period, and who owns each.")]
    public async Task<PluginResult> GetMissingAsync(Kernel kernel, CancellationToken cancellationToken) =>
        new MissingResult(await ComputeStandingAsync(TurnScope.Of(kernel), cancellationToken));

    [KernelFunction("get_owners")]
    [ReadsOnly]
    [Description("Who owns each indicator.")]
    public async Task<PluginResult> GetOwnersAsync(Kernel kernel, CancellationToken cancellationToken) =>
        new OwnersResult(await TurnScope.Of(kernel).IndicatorsAsync(store, cancellationToken));

    [KernelFunction("get_history")]
    [ReadsOnly]
    [Description("Every recorded value of one indicator, newest first, including corrections with who made them and when.")]
    public async Task<PluginResult> GetHistoryAsync(
        Kernel kernel,
        [Description("The indicator's key or name, e.g. 'cost-per-qualified-opp' or 'win rate'.")] string indicator,
        CancellationToken cancellationToken)
    {
        // Retired rows too: their history stays readable.
        var scope = TurnScope.Of(kernel);
        var found = IndicatorMatcher.Match(indicator, await store.AllIndicatorsAsync(scope.Turn.Workspace, cancellationToken));
        return found.Indicator is { } row
            ? new HistoryResult(row, await store.HistoryAsync(scope.Turn.Workspace, row.Key, cancellationToken))
            : new UnknownIndicator(indicator, found.Candidates);
    }

    [KernelFunction("record_value")]
    [Description("Records the value of one indicator for one month, as the person speaking. A second value for the same month is kept as a correction.")]
    [WriteAccess(WriteAccess.OwnerOrAdmin, Row = "indicator")]
    public Task<PluginResult> RecordValueAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        [Description("The value as the person wrote it, e.g. '412', '$412', '31%', '14 days'.")] string value,
        [Description("The month as YYYY-MM; omit for the month that just ended.")] string? period = null,
        [Description("An optional note or source for the value.")] string? note = null,
        CancellationToken cancellationToken = default)
        => ForIndicatorAsync(kernel, indicator, (scope, target) => RecordAsync(scope, target, value, period, note, cancellationToken), cancellationToken);

    private async Task<PluginResult> RecordAsync(TurnScope scope, Indicator target, string value, string? period, string? note, CancellationToken cancellationToken)
    {
        var month = ReadPeriod(period, scope.Today);
        if (month is not { } recordFor)
        {
            return new InvalidInput(PeriodProblem(period, scope.Today), target);
        }
        var parsed = ValueParser.Parse(value, target.Unit);
        if (!parsed.Ok)
        {
            return new InvalidInput(parsed.Error!, target);
        }
        var workspace = scope.Turn.Workspace;
        var previous = (await store.HistoryAsync(workspace, target.Key, cancellationToken)).FirstOrDefault(v => v.Period == recordFor);
        var recorded = await store.RecordAsync(workspace, new NewValue(target.Key, recordFor, ValueKind.Value, parsed.Value,
            scope.Turn.Caller, scope.Now, scope.Turn.Channel, Trimmed(note)), cancellationToken);
        return new ValueRecorded(target, recorded, previous);
    }

    [KernelFunction("set_owner")]
    [Description("Makes a person the one accountable owner of an indicator. Admins only.")]
    [WriteAccess(WriteAccess.Admin)]
    public Task<PluginResult> SetOwnerAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        [Description("The new owner as a user reference like 'slack:U123', 'teams:<id>' or 'local:dana'.")] string owner,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, async (scope, target) =>
        {
            if (!UserRef.TryParse(owner.Trim().TrimStart('<', '@').TrimEnd('>'), out var user))
            {
                return new InvalidInput($"I couldn't tell who '{owner}' is. Mention the person, like @dana.", target);
            }
            await board.SetOwnerAsync(scope.Turn.Workspace, target.Key, user!, Stamp(scope), cancellationToken);
            return new OwnerChanged(target, target.Owner, user!);
        }, cancellationToken);

    [KernelFunction("set_target")]
    [Description("Sets or clears the target of an indicator. Admins only.")]
    [WriteAccess(WriteAccess.Admin)]
    public Task<PluginResult> SetTargetAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        [Description("The target as written, e.g. '35%' or '$400'; 'none' clears it.")] string target,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, (scope, row) => ChangeTargetAsync(scope, row, target, cancellationToken), cancellationToken);

    private async Task<PluginResult> ChangeTargetAsync(TurnScope scope, Indicator row, string target, CancellationToken cancellationToken)
    {
        decimal? newTarget = null;
        if (target.Trim().ToLowerInvariant() is not ("none" or "clear" or "no target"))
        {
            var parsed = ValueParser.Parse(target, row.Unit);
            if (!parsed.Ok)
            {
                return new InvalidInput(parsed.Error!, row);
            }
            newTarget = parsed.Value;
        }
        await board.SetTargetAsync(scope.Turn.Workspace, row.Key, newTarget, Stamp(scope), cancellationToken);
        return new TargetChanged(row, row.Target, newTarget);
    }

    /// <summary>Runs <paramref name="act"/> on the indicator the argument names, or answers with the candidates.</summary>
    private async Task<PluginResult> ForIndicatorAsync(Kernel kernel, string indicator, Func<TurnScope, Indicator, Task<PluginResult>> act, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var found = await FindAsync(scope, indicator, cancellationToken);
        return found.Indicator is { } row ? await act(scope, row) : new UnknownIndicator(indicator, found.Candidates);
    }

    /// <summary>Finds the indicator a function argument names, within the caller's workspace only.</summary>
    public async Task<IndicatorMatch> FindAsync(TurnScope scope, string indicator, CancellationToken cancellationToken) =>
        IndicatorMatcher.Match(indicator, await scope.IndicatorsAsync(store, cancellationToken));

    private async Task<Standing> ComputeStandingAsync(TurnScope scope, CancellationToken cancellationToken)
    {
        var indicators = await scope.IndicatorsAsync(store, cancellationToken);
        var values = await store.LatestValuesAsync(scope.Turn.Workspace, cancellationToken);
        return _standings.Compute(indicators, values, scope.Today);
    }

    private static Period? ReadPeriod(string? period, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return ReportingCalendar.DefaultRecordingPeriod(today);
        }
        var parsed = Period.TryParse(period.Trim(), out var exact) ? exact : PeriodPhrases.Find(period, today)?.Period;
        return parsed is { } p && ReportingCalendar.IsClosed(p, today) ? p : null;
    }

    private static string PeriodProblem(string? period, DateOnly today)
    {
        var parsed = Period.TryParse(period?.Trim(), out var exact) ? exact : PeriodPhrases.Find(period ?? "", today)?.Period;
        return parsed is { } p
            ? $"{p.Display} hasn't ended yet, so it has no monthly value to record. The latest month you can report is {Period.Of(today).Previous.Display}."
            : $"I couldn't read '{period}' as a month. Try something like 2026-10 or October 2026.";
    }

    private static ChangeStamp Stamp(TurnScope scope) => new(scope.Turn.Caller, scope.Now, scope.Turn.Channel);

    private static string? Trimmed(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 500)];
}

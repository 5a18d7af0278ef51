using System.ComponentModel;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

using ChatCoach.Domain.Lagging;

namespace ChatCoach.Scoreboard.Board;

/// <summary>
/// Managing the board's rows as kernel functions: add, rename, re-point the lagging metric,
/// retire, bring back, and the change log. Admin-only writes are enforced by <see cref="WriteAccessFilter"/>;
/// the rules a change must pass are <see cref="BoardRules"/>.
/// </summary>
public sealed partial class BoardPlugin(IScoreboardStore scoreboard, IBoardStore board, ILaggingStore lagging, ScoreboardTransfer? transfer = null, ExportFolder? exports = null)
{
    public const string Name = "board";

    private const string AdminsOnly = "Only an admin can change which indicators are on the scoreboard.";

    [KernelFunction("add_indicator")]
    [Description("Adds a leading indicator to the scoreboard. Admins only. Ask the person for the unit and which direction is better if they did not say.")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    public async Task<PluginResult> AddIndicatorAsync(
        Kernel kernel,
        [Description("The indicator's name, e.g. 'Pipeline per program dollar'.")] string name,
        [Description("percent, currency, count, days or number.")] string? unit = null,
        [Description("'higher' or 'lower': which direction is better.")] string? betterWhen = null,
        [Description("Optional target as written, e.g. '35%'.")] string? target = null,
        [Description("Optional owner as a user reference like 'slack:U123' or 'local:dana'.")] string? owner = null,
        [Description("Optional: the quarterly lagging metric it protects.")] string? laggingMetric = null,
        [Description("Optional: why it matters, in the admin's words.")] string? why = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var all = await scoreboard.AllIndicatorsAsync(scope.Turn.Workspace, cancellationToken);
        if (BoardRules.CanAdd(all.Where(i => !i.Retired).ToList()) is { } full)
        {
            return new Refusal(full);
        }
        var draft = Draft(name, unit, betterWhen, target, owner, laggingMetric, why);
        if (draft.Problem is not null)
        {
            return draft.Problem;
        }
        if (BoardRules.Clash(name, all) is { } clash)
        {
            return new NameClashes(name.Trim(), clash);
        }
        var indicator = draft.Indicator! with { Key = IndicatorKeys.UniqueSlug(name, all.Select(i => i.Key)) };
        await board.AddIndicatorAsync(scope.Turn.Workspace, indicator, Stamp(scope), cancellationToken);
        return new IndicatorAdded(indicator);
    }

    private static (Indicator? Indicator, PluginResult? Problem) Draft(string name, string? unit, string? betterWhen, string? target, string? owner, string? lagging, string? why)
    {
        if (BoardRules.NameProblem(name) is { } bad)
        {
            return (null, new InvalidInput(bad));
        }
        if (UnitWords.ReadUnit(unit) is not { } readUnit)
        {
            return (null, new DetailMissing($"What is {name.Trim()} measured in: {UnitWords.UnitChoices}?"));
        }
        if (UnitWords.ReadDirection(betterWhen) is not { } direction)
        {
            return (null, new DetailMissing($"Is {name.Trim()} better when it is higher or lower?"));
        }
        decimal? targetValue = null;
        if (!string.IsNullOrWhiteSpace(target))
        {
            var parsed = ValueParser.Parse(target, readUnit);
            if (!parsed.Ok)
            {
                return (null, new InvalidInput(parsed.Error!));
            }
            targetValue = parsed.Value;
        }
        UserRef? ownerRef = null;
        if (!string.IsNullOrWhiteSpace(owner) && !UserRef.TryParse(owner.Trim().TrimStart('<', '@').TrimEnd('>'), out ownerRef))
        {
            return (null, new InvalidInput($"I couldn't tell who '{owner}' is. Mention the person, like @dana."));
        }
        return (new Indicator("", name.Trim(), readUnit, direction, Clip(lagging) ?? "", targetValue, ownerRef, Why: Clip(why)), null);
    }

    [KernelFunction("rename_indicator")]
    [Description("Renames an indicator; its key and history stay. Admins only.")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    public Task<PluginResult> RenameAsync(
        Kernel kernel,
        [Description("The indicator's key or current name.")] string indicator,
        [Description("The new name.")] string newName,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, active: true, async (scope, row) =>
        {
            var all = await scoreboard.AllIndicatorsAsync(scope.Turn.Workspace, cancellationToken);
            if (BoardRules.NameProblem(newName) is { } bad)
            {
                return new InvalidInput(bad, row);
            }
            if (BoardRules.Clash(newName, all, exceptKey: row.Key) is { } clash)
            {
                return new NameClashes(newName.Trim(), clash);
            }
            await board.RenameAsync(scope.Turn.Workspace, row.Key, newName.Trim(), Stamp(scope), cancellationToken);
            return new IndicatorRenamed(row with { Name = newName.Trim() }, row.Name);
        }, cancellationToken);

    [KernelFunction("set_lagging_metric")]
    [Description("Changes the quarterly lagging metric an indicator protects (several separated by semicolons). Admins only.")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    public Task<PluginResult> SetLaggingMetricAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        [Description("The lagging metric, e.g. 'Pipeline; program ROI'.")] string laggingMetric,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, active: true, async (scope, row) =>
        {
            if (Clip(laggingMetric) is not { } metric)
            {
                return new InvalidInput("Name the lagging metric, like \"pipeline\".", row);
            }
            await board.SetLaggingMetricAsync(scope.Turn.Workspace, row.Key, metric, Stamp(scope), cancellationToken);
            return new LaggingMetricChanged(row with { LaggingMetric = metric }, row.LaggingMetric);
        }, cancellationToken);

    [KernelFunction("change_unit_or_direction")]
    [Description("Changes an indicator's unit or which direction is better; refused once it has values. Admins only.")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    public Task<PluginResult> ChangeMeaningAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        [Description("Optional new unit: percent, currency, count, days or number.")] string? unit = null,
        [Description("Optional new direction: 'higher' or 'lower'.")] string? betterWhen = null,
        CancellationToken cancellationToken = default)
        => ForIndicatorAsync(kernel, indicator, active: true, async (scope, row) =>
        {
            var newUnit = string.IsNullOrWhiteSpace(unit) ? row.Unit : UnitWords.ReadUnit(unit);
            var newDirection = string.IsNullOrWhiteSpace(betterWhen) ? row.BetterWhen : UnitWords.ReadDirection(betterWhen);
            if (newUnit is null || newDirection is null)
            {
                return new InvalidInput(newUnit is null ? $"A unit is one of {UnitWords.UnitChoices}." : "Better is either higher or lower.", row);
            }
            var what = newUnit != row.Unit ? "unit" : "direction";
            var count = await scoreboard.ValueCountAsync(scope.Turn.Workspace, row.Key, cancellationToken);
            if (BoardRules.CanChangeMeaning(row, count, what) is { } refused)
            {
                return new Refusal(refused);
            }
            await board.SetMeaningAsync(scope.Turn.Workspace, row.Key, newUnit.Value, newDirection.Value, Stamp(scope), cancellationToken);
            return new MeaningChanged(row with { Unit = newUnit.Value, BetterWhen = newDirection.Value }, row.Unit, row.BetterWhen);
        }, cancellationToken);

    [KernelFunction("retire_indicator")]
    [Description("Retires an indicator: it leaves the standing, the digest and the nudges; its history stays. Admins only.")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    public Task<PluginResult> RetireAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, active: true, async (scope, row) =>
        {
            await board.RetireAsync(scope.Turn.Workspace, row.Key, Stamp(scope), cancellationToken);
            return new IndicatorRetired(row with { RetiredAt = scope.Now });
        }, cancellationToken);

    [KernelFunction("restore_indicator")]
    [Description("Brings a retired indicator back onto the scoreboard. Admins only.")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    public Task<PluginResult> RestoreAsync(
        Kernel kernel,
        [Description("The retired indicator's key or name.")] string indicator,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, active: false, async (scope, row) =>
        {
            var active = await scope.IndicatorsAsync(scoreboard, cancellationToken);
            if (BoardRules.CanRestore(active, row) is { } full)
            {
                return new Refusal(full);
            }
            if (BoardRules.Clash(row.Name, active.ToList(), exceptKey: row.Key) is { Exact: true } clash)
            {
                return new NameClashes(row.Name, clash);
            }
            await board.RestoreAsync(scope.Turn.Workspace, row.Key, Stamp(scope), cancellationToken);
            return new IndicatorRestored(row with { RetiredAt = null });
        }, cancellationToken);

    [KernelFunction("get_board_changes")]
    [ReadsOnly]
    [Description("What changed on the scoreboard: indicators added, renamed, retired or brought back, owners, targets and lagging metrics changed, with who and when, newest first.")]
    public async Task<PluginResult> GetChangesAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        return new BoardChanges(await board.ChangesAsync(scope.Turn.Workspace, 20, cancellationToken),
            await scoreboard.AllIndicatorsAsync(scope.Turn.Workspace, cancellationToken));
    }

    [KernelFunction("explain_indicator")]
    [ReadsOnly]
    [Description("Why an indicator matters: the marketing job it measures (or what the admin said when adding it) and the quarterly lagging metric it protects.")]
    public Task<PluginResult> ExplainAsync(
        Kernel kernel,
        [Description("The indicator's key or name.")] string indicator,
        CancellationToken cancellationToken)
        => ForIndicatorAsync(kernel, indicator, active: null, async (scope, row) =>
        {
            var changes = await board.ChangesAsync(scope.Turn.Workspace, 1000, cancellationToken);
            var added = changes.FirstOrDefault(c => c.IndicatorKey == row.Key && c.Field == "added");
            return new IndicatorExplained(row, added is null ? DefaultScoreboard.Jobs.GetValueOrDefault(row.Key) : null, added);
        }, cancellationToken);

    /// <param name="active">True: among active rows; false: among retired ones; null: any row.</param>
    private async Task<PluginResult> ForIndicatorAsync(Kernel kernel, string indicator, bool? active, Func<TurnScope, Indicator, Task<PluginResult>> act, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var rows = (await scoreboard.AllIndicatorsAsync(scope.Turn.Workspace, cancellationToken))
            .Where(i => active is null || i.Retired != active).ToList();
        var found = IndicatorMatcher.Match(indicator, rows);
        return found.Indicator is { } row ? await act(scope, row) : new UnknownIndicator(indicator, found.Candidates);
    }

    private static ChangeStamp Stamp(TurnScope scope) => new(scope.Turn.Caller, scope.Now, scope.Turn.Channel);

    private static string? Clip(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 500)];
}

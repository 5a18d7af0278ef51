using ChatCoach.Plugins.Access;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>The corpus's intent labels, and the label of each intent the planner acts on.</summary>
public static class IntentLabels
{
    public const string RecordValue = "record_value";
    public const string SetOwner = "set_owner";
    public const string SetTarget = "set_target";
    public const string BoardChange = "board_change";
    public const string DeleteData = "delete_data";
    public const string Unknown = "unknown";

    /// <summary>Labels whose intent changes the scoreboard.</summary>
    public static bool IsWrite(string label) => label is RecordValue or SetOwner or SetTarget or BoardChange or DeleteData;

    /// <summary>The board's functions declared as writes ([WriteAccess]): a new one is a write here without a list to keep.</summary>
    private static readonly IReadOnlySet<string> BoardWrites = AccessDeclarations.WritesDeclaredBy(typeof(BoardPlugin));

    /// <summary>A board function that changes the board (the rest read it).</summary>
    public static bool IsBoardWrite(string function) => BoardWrites.Contains(function);

    public static string Of(Intent intent) => intent switch
    {
        Unsure u => Of(u.Inner),
        NotWritten n => Of(n.Answer),
        ShowStanding or ShowQuarter => "standing",
        ShowMissing => "missing",
        ShowOwners { Indicator: null } => "owners",
        ShowOwners => "owner_of",
        ShowHistory => "history",
        AskIndicator { Aspect: IndicatorAspect.Trend } => "ask_trend",
        AskIndicator { Aspect: IndicatorAspect.Target } => "ask_target",
        AskIndicator => "ask_value",
        ShowFurthestOffTarget => "furthest_off",
        ShowChanges => "changes",
        ShowChart or ShowPanel => "chart",
        ShowHelp => "help",
        SmallTalk { Kind: SmallTalkKind.Greeting } => "greeting",
        SmallTalk { Kind: SmallTalkKind.Thanks } => "thanks",
        SmallTalk { Kind: SmallTalkKind.Farewell } => "farewell",
        SmallTalk { Kind: SmallTalkKind.NeverMind or SmallTalkKind.Undo or SmallTalkKind.No } => "never_mind",
        SmallTalk => "ack",
        Intents.RecordValue => RecordValue,
        Intents.SetOwner => SetOwner,
        Intents.SetTarget => SetTarget,
        BoardIntent { Function: "record_quarter_value" } => RecordValue,
        BoardIntent b when IsBoardWrite(b.Function) => BoardChange,
        BoardIntent => "changes",
        DeleteWorkspaceData => DeleteData,
        _ => Unknown,
    };
}

using System.Text.RegularExpressions;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// What a few families of words mean on a scoreboard, added to what the classifier reads as a
/// concept token beside the words themselves: "goal", "tgt" and "the bar" all mark <c>cxtarget</c>,
/// "graph", "plot" and "visualise" <c>cxchart</c>. The model then learns from "what's the target"
/// that "what's the goal" asks the same — a phrasing with a word the corpus never paired with that
/// intent still carries the concept the corpus taught. Domain knowledge, not corpus phrasings:
/// each family is the everyday vocabulary of one idea.
/// </summary>
public static partial class Concepts
{
    private static readonly (string Token, Regex Words)[] Families =
    [
        ("cxtarget", Words("targets?|goals?|tgts?|aim(ing|s)?|objectives?|the bar|quota|benchmark")),
        ("cxowner", Words("owners?|owns?|owned|ownership|responsible|accountable|in charge|on the hook|looks? after|looking after|dri|point person|go-to|assign(ed|ment|ments)?|hand(ed)? over|tak(e|es|ing) over|runs|manages|handles")),
        ("cxmissing", Words("missing|outstanding|overdue|late|due|gaps?|blank|empty|unreported|not reported|(hasn'?t|haven'?t|hasnt|havent|not) (been )?(reported|sent|submitted|updated|filled|put)|waiting( on| for)?|owes?|chase|nudge|remind(er)?|stragglers|still to come|not in yet|filled in")),
        ("cxhistory", Words("history|historic(al)?|timeline|over time|track record|past|previous|earlier|so far|to date|each month|every month|by month|month by month|log|entries|corrections|series")),
        ("cxchart", Words("charts?|graphs?|plot|sparkline|visuali[sz]e|visually|picture|trendline|line chart|draw|diagram|panel")),
        ("cxtrend", Words("trend(ing)?|up or down|going (up|down)|improv(e|ed|ing)|worse|better|slipping|rising|rise|falling|climbing|dropp(ed|ing)|direction|compare(d)?|vs|since|month over month|moving|moved")),
        ("cxboard", Words("scoreboard|dashboard|scorecard|overview|summary|status|rundown|big picture|snapshot|recap|overall|headline|everything|kpis|metrics|numbers|indicators|the board|things")),
        ("cxworst", Words("worst|furthest|biggest|weakest|most (behind|off)|in the red|lagging|problem|attention|focus|dragging|shortest")),
        ("cxchanges", Words("changed|changes|new|recent(ly)?|lately|updated|updates|activity")),
        ("cxboardchange", Words("retire|archive|unarchive|rename|restore|reinstate|bring back|put back|new (indicator|kpi|metric)|add an? (new )?(indicator|kpi|metric)|create an? (new )?(indicator|kpi|metric)|off the (board|scoreboard)|from the (board|scoreboard)|measured in|lower is better|higher is better")),
        ("cxwho", Words("who|whom|whose|who'?s|which (person|people|teammates?|owners?)|anyone|anybody|everyone|everybody")),
        ("cxevery", Words("each|every|all|everyone'?s?|everything|which (kpi|metric|number|indicator|row)s?|what")),
        ("cxbye", Words("bye|goodbye|later|laters|ttyl|cya|see (you|ya)|night|goodnight|off|heading|leaving|logging (off|out)|signing (off|out)|gtg|g2g|gotta (go|run)|done for|weekend|tomorrow|tmrw")),
        ("cxthanks", Words("thanks?|thank you|thx|thnx|thanx|ty|tysm|cheers|ta|appreciated?|grateful|obliged|legend|star")),
        ("cxdelete", Words("delete|erase|wipe|purge|nuke|scrub|forget (everything|all)|gone|every trace|remove (all|every|everything)")),
        ("cxhelp", Words("help|how do i|how does (this|it) work|what can (you|i)|guide|getting started|commands|instructions|options|menu|manual|tutorial|lost|confused|stuck")),
        ("cxcancel", Words("never ?mind|nvm|cancel|forget (it|that|about it)|scratch that|scrap that|ignore (that|me|it)|disregard|abort|undo|take that back|wrong (chat|channel|thread)|my (mistake|bad)|oops")),
        ("cxack", Words("ok|okay|kk|got it|gotcha|understood|noted|roger|copy that|sounds good|makes sense|fair enough|will do|on it|yep|yup|cool|alright")),
        ("cxrecord", Words("record|log|enter|put down|jot|note|save|submit|capture|key in|punch in|book|store|write down")),
    ];

    /// <summary>The text with the token of every family it has a word of appended.</summary>
    public static string Marked(string text)
    {
        var marks = Families.Where(f => f.Words.IsMatch(text)).Select(f => f.Token).ToList();
        return marks.Count == 0 ? text : text + " " + string.Join(' ', marks);
    }

    private static Regex Words(string alternatives) =>
        new($@"\b({alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
}

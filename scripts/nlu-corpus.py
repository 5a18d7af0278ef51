#!/usr/bin/env python3
"""Writes src/ChatCoach.Scoreboard/Understanding/Corpus/utterances.jsonl: the labelled corpus the intent
classifier is trained on (issue 29). Deterministic (fixed seed). Templates and hand-written lines are
written for ChatCoach; each template has an id, and a fifth of the templates (by a stable hash of the template's own words) is
held out *as a whole*, so the held-out fifth measures phrasings the model never saw, not new fillings of
phrasings it did. Run: python3 scripts/nlu-corpus.py"""
import json, random, zlib, os

random.seed(29)
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "ChatCoach.Scoreboard", "Understanding", "Corpus", "utterances.jsonl")

IND = {
    "cost-per-qualified-opp": ["cost per opp", "cost per opportunity", "cost per qualified opp", "cost per qualified opportunity", "CPO", "cost/opp", "the cost per opp"],
    "win-rate-non-price": ["win rate", "winrate", "non-price win rate", "our win rate", "the win rate", "Win Rate"],
    "spend-traceable": ["traceable spend", "spend traceable", "spend traceability", "attribution", "traceable marketing spend"],
    "proof-shipped": ["proof", "proof shipped", "referenceable proof", "case studies", "the proof number"],
    "result-to-proof-days": ["time to proof", "result to proof", "time to publish proof", "result-to-proof"],
    "signal-to-offer-days": ["signal to offer", "time to offer change", "offer change time", "signal-to-offer"],
}
UNIT = {"cost-per-qualified-opp": "money", "win-rate-non-price": "pct", "spend-traceable": "pct", "proof-shipped": "count",
        "result-to-proof-days": "days", "signal-to-offer-days": "days"}

def value(key):
    u = UNIT[key]
    if u == "money":
        n = random.choice([380, 412, 450, 465, 520, 610, 1200, 980])
        return random.choice([f"${n}", f"{n}", f"${n:,}", f"{n} dollars", f"${n/1000:.1f}k" if n >= 1000 else f"${n}"])
    if u == "pct":
        n = random.choice([22, 27, 31, 34, 38, 40, 41, 45, 52, 63])
        return random.choice([f"{n}%", f"{n} %", f"{n} percent", f"{n}pct", f"{n}%"])
    if u == "count":
        return str(random.choice([2, 3, 4, 5, 6, 7]))
    n = random.choice([9, 12, 14, 18, 21, 30, 45])
    return random.choice([f"{n} days", f"{n}d", f"{n} days", f"{n}"])

PERIODS = ["", "", "", " for September", " for Sept", " in October", " for last month", " for October 2026", " for 2026-09", " for Oct", " last month", " for august"]
# As the planner sees people: each channel rewrites its mentions to <@channel:id> (the console turns @dana into <@local:dana>).
PEOPLE = ["<@slack:U07DANA1>", "<@local:dana>", "<@slack:U02LEE99>", "<@teams:29:1f0priya>", "<@slack:UKIM>", "<@local:sam>"]

# Names of indicators a team might add or rename to (round four): none of them an existing row's.
NEW_NAMES = ["partner pipeline", "Demo to Close Days", "event attendance", "net revenue retention", "trial to paid conversion",
             "competitive win rate", "sales cycle length", "MQL to SQL rate", "content downloads", "Customer Proof"]

def ind_key():
    return random.choice(list(IND))

def fill(t):
    key = ind_key()
    slots = {}
    out = t
    if "{ind}" in out:
        out = out.replace("{ind}", random.choice(IND[key])); slots["indicator"] = key
    if "{ind2}" in out:
        k2 = random.choice([k for k in IND if k != key]); out = out.replace("{ind2}", random.choice(IND[k2]))
    if "{val}" in out:
        v = value(key); out = out.replace("{val}", v); slots["value"] = v
    if "{per}" in out:
        p = random.choice(PERIODS); out = out.replace("{per}", p)
        if p.strip(): slots["period"] = p.strip()
    if "{who}" in out:
        w = random.choice(PEOPLE); out = out.replace("{who}", w); slots["owner"] = w
    if "{new}" in out:
        out = out.replace("{new}", random.choice(NEW_NAMES))
    if "{month}" in out:
        out = out.replace("{month}", random.choice(["September", "October", "August", "last month", "Q3", "the summer", "July"]))
    return " ".join(out.split()), slots

# (intent, mood, [templates]). Mood: statement, command, question, hypothetical, negation, hedge, smalltalk.
T = []
def add(intent, mood, *templates):
    T.append((intent, mood, list(templates)))

# --- writes ---
add("record_value", "command",
    "record {val} for {ind}{per}", "log {val} for {ind}{per}", "enter {val} for {ind}{per}", "add {val} to {ind}{per}",
    "put {val} against {ind}{per}", "report {val} for {ind}{per}", "record {ind} as {val}{per}", "log {ind} at {val}{per}",
    "put down {val} for {ind}{per}", "jot down {val} for {ind}{per}", "note {val} for {ind}{per}", "mark {ind} as {val}{per}",
    "update {ind} to {val}{per}", "set {ind} to {val}{per}", "save {val} for {ind}{per}", "book {val} against {ind}{per}",
    "submit {val} for {ind}{per}", "write down {val} for {ind}{per}", "pop {val} in for {ind}{per}", "punch in {val} for {ind}{per}",
    "capture {val} for {ind}{per}", "file {val} under {ind}{per}", "key in {val} for {ind}{per}", "enter {ind} = {val}{per}",
    "please log {val} for {ind}{per}", "can you record {val} for {ind}{per}", "record a value of {val} for {ind}{per}",
    "{ind}{per}: {val}, please record it", "put {ind} down as {val}{per}", "track {val} for {ind}{per}")
add("record_value", "statement",
    "{ind} was {val}{per}", "{ind} is {val}{per}", "{ind}{per} was {val}", "{ind} came in at {val}{per}", "{ind} landed at {val}{per}",
    "{ind} {val}", "{ind}: {val}", "{ind} = {val}", "we hit {val} on {ind}{per}", "{ind} ended at {val}{per}", "{ind} closed at {val}{per}",
    "our {ind} was {val}{per}", "{ind} finished at {val}{per}", "{ind} reached {val}{per}", "{ind} -> {val}", "{ind} stood at {val}{per}",
    "{ind} number is {val}{per}", "final {ind}{per} is {val}", "{ind}{per} came to {val}", "got {val} for {ind}{per}")
add("record_value", "hedge",
    "I think {ind} was about {val}{per}", "{ind} was roughly {val}{per}", "maybe {val} for {ind}{per}", "{ind} was probably {val}{per}",
    "I reckon {ind} came in around {val}{per}", "ballpark {val} for {ind}{per}", "{ind} was {val} or so{per}", "put {ind} at roughly {val}{per}",
    "something like {val} for {ind}{per}", "{ind} is approximately {val}{per}", "provisionally {val} for {ind}{per}", "I guess {ind} was {val}{per}")
add("set_owner", "command",
    "make {who} the owner of {ind}", "set the owner of {ind} to {who}", "assign {ind} to {who}", "{who} owns {ind} now",
    "make {who} responsible for {ind}", "give {ind} to {who}", "hand {ind} over to {who}", "change the owner of {ind} to {who}",
    "put {who} on the hook for {ind}", "{who} is taking over {ind}", "transfer {ind} to {who}", "let {who} own {ind}",
    "make me the owner of {ind}", "I'll own {ind}", "assign {ind} to me", "I'm taking over {ind}", "put me down as owner of {ind}",
    "set me as the owner for {ind}", "{who} should own {ind} from now on", "owner of {ind} is {who}")
add("set_target", "command",
    "set the target for {ind} to {val}", "change the {ind} target to {val}", "{ind} target is {val}", "make the target for {ind} {val}",
    "target for {ind} should be {val}", "set {ind}'s target at {val}", "we're aiming for {val} on {ind}, set that as the target",
    "update the target on {ind} to {val}", "raise the {ind} target to {val}", "lower the target for {ind} to {val}", "{ind} goal is {val}",
    "set a goal of {val} for {ind}", "bump the {ind} target up to {val}", "move the {ind} target to {val}", "{ind} should have a target of {val}",
    "our target on {ind} is now {val}", "new target for {ind}: {val}", "cut the target for {ind} to {val}", "target {val} for {ind} please", "clear the target for {ind}", "remove the target on {ind}", "drop the {ind} target")
add("board_change", "command",
    "add an indicator called pipeline per program dollar measured in dollars", "rename {ind} to competitive win rate", "retire {ind}",
    "remove {ind} from the scoreboard", "bring back {ind}", "restore {ind} to the board", "add a new indicator called net revenue retention in percent",
    "create an indicator named demo to close days, lower is better", "rename the indicator {ind} as deal velocity", "archive {ind}",
    "set the unit of {ind} to days", "set the direction of {ind} to lower")
add("delete_data", "command",
    "delete this workspace's data", "erase all of our workspace's data", "wipe the data for this workspace", "delete all the data of this workspace",
    "please erase this workspace's records", "remove our workspace's data")

# --- never writes: questions, hypotheticals, negations about values ---
add("ask_value", "question",
    "was {ind} {val}{per}?", "is {ind} {val}?", "did {ind} hit {val}{per}?", "was {ind} really {val}?", "{ind} was {val}{per}, right?",
    "is our {ind} {val} now?", "did we get {val} on {ind}?", "has {ind} reached {val}?", "was it {val} for {ind}{per}?", "is {ind} at {val}?",
    "how's {ind} doing", "what's our {ind}", "what is {ind} right now", "how is {ind} looking", "where is {ind} at", "what was {ind} in {month}",
    "what did {ind} come in at {per}", "tell me about {ind}", "{ind}?", "how did {ind} do in {month}", "any news on {ind}", "latest {ind}",
    "what's the latest on {ind}", "how are we doing on {ind}", "give me {ind}", "show {ind}", "what number did we get for {ind}",
    "who recorded {ind}", "who entered the {ind} value", "what's {ind} at", "how's {ind} trending this month", "whats the {ind} number")
add("ask_value", "hypothetical",
    "what if {ind} were {val}", "what if {ind} was {val}{per}?", "imagine {ind} at {val}", "suppose {ind} hits {val}{per}",
    "what would happen if {ind} dropped to {val}", "hypothetically, {ind} at {val}",
    "let's say {ind} is {val}", "assuming {ind} is {val}{per}", "{ind} will be {val} next month", "{ind} is going to be {val}",
    "we expect {ind} to be {val}", "forecast: {ind} {val} next quarter", "{ind} could be {val} if we push", "say we got {val} on {ind}",
    "what would {ind} look like at {val}", "if we hit {val} on {ind} what happens", "{ind} might be {val} by end of quarter",
    "we're hoping for {val} on {ind}", "projected {ind} is {val}")
add("ask_value", "negation",
    "{ind} wasn't {val}", "{ind} is not {val}", "don't record {val} for {ind}", "do not log {val} for {ind}", "{ind} was never {val}",
    "I don't think {ind} is {val}", "no, {ind} isn't {val}{per}", "{ind} didn't hit {val}", "don't put {val} against {ind}",
    "we did not reach {val} on {ind}", "not {val} for {ind}", "{ind} is no longer {val}", "stop, don't save {val} for {ind}",
    "{ind} wasn't {val}, it was lower", "ignore the {val} for {ind}")
add("ask_trend", "question",
    "is {ind} up since {month}?", "is {ind} trending down", "has {ind} improved since {month}", "is {ind} getting better",
    "how has {ind} changed since {month}", "is {ind} going up or down", "did {ind} go up", "is {ind} improving", "trend for {ind}",
    "has {ind} gotten worse", "is {ind} slipping", "are we improving on {ind}")
add("ask_target", "hypothetical", "if {ind} were {val}, would we be on target?", "would {val} put {ind} on target?", "if we got {ind} to {val} would that hit the goal")
add("ask_target", "question",
    "are we on target for {ind}", "is {ind} on track", "is {ind} hitting its target", "what's the target for {ind}",
    "how far off target is {ind}", "is {ind} above target", "did {ind} make its target", "are we behind on {ind}",
    "what's the goal for {ind}", "is {ind} where it should be", "are we meeting the {ind} target", "how close is {ind} to target")
add("owner_of", "question",
    "who owns {ind}", "who is on the hook for {ind}", "who's responsible for {ind}", "who is accountable for {ind}", "whose is {ind}",
    "who looks after {ind}", "who's in charge of {ind}", "who reports {ind}", "who handles {ind}", "who is the owner of {ind}",
    "whose job is {ind}", "who should I ask about {ind}", "who's on point for {ind}", "who's the DRI for {ind}", "who has {ind}",
    "who tracks {ind}", "{ind} belongs to whom", "who do I talk to about {ind}")
add("history", "question",
    "history of {ind}", "show me the history for {ind}", "{ind} history", "all the values for {ind}", "every {ind} value so far",
    "show all corrections for {ind}", "full trend of {ind}", "list past values of {ind}", "what has {ind} been each month",
    "give me the {ind} log", "{ind} over time", "past {ind} numbers")
add("chart", "command",
    "chart {ind}", "graph {ind} for the last 6 months", "show me a chart of {ind}", "plot {ind}", "picture of {ind} please",
    "show the instrument panel", "show the panel", "draw {ind} since {month}", "visualise {ind}", "sparkline for {ind}")
add("standing", "question",
    "where do we stand", "how are we doing", "how are our numbers looking", "overview please", "are we on track?", "show me the scoreboard",
    "dashboard", "how's the scorecard", "what do the KPIs look like", "give me the rundown", "status", "state of play?",
    "how are the metrics", "how are we tracking", "quick overview", "give me a summary", "how do things look", "numbers please",
    "the board please", "what's the big picture", "how are we looking this month", "where are we at", "full scoreboard",
    "how is everything going", "are we good?", "show me all the indicators", "show the KPIs", "team scorecard please",
    "status update", "how's the dashboard looking", "are we ahead or behind", "snapshot of the numbers", "what's our standing",
    "how are we performing overall", "give me the health check", "readout please", "scoreboard update", "how's business",
    "leadership numbers", "all metrics", "how are we faring")
add("missing", "question",
    "what's missing", "who hasn't reported", "what's outstanding", "anything missing?", "which values are still due",
    "who still owes a number", "what hasn't been reported yet", "who's late", "who is behind on reporting", "what's left to report",
    "any gaps?", "which numbers are we waiting on", "who needs to report", "what's overdue", "missing values", "are any numbers missing",
    "who hasn't sent their number", "chase list", "who do we need to chase", "what still needs filling in")
add("owners", "question",
    "who owns what", "list the owners", "show owners", "who owns each indicator", "who is responsible for what", "owners please",
    "show me who owns which metric", "ownership list", "who's accountable for each KPI", "who has which number")
add("furthest_off", "question",
    "which indicator is furthest off target", "what's worst off", "biggest miss?", "where are we furthest behind", "what's most off track",
    "which KPI is in the worst shape", "what needs attention most", "our weakest metric", "which number is furthest from goal",
    "what's the biggest problem on the board")
add("changes", "question",
    "what changed this month", "what's new since last week", "any updates this month", "what was recorded this month",
    "what changed recently", "recent changes", "what's been updated", "which values changed this month", "what moved this month")
add("help", "question",
    "help", "what can you do", "how does this work", "what can I ask", "commands", "I'm lost", "what do you understand",
    "how do I use this", "menu", "options", "what are your commands", "help me", "instructions please", "what now?")
add("greeting", "smalltalk", "hi", "hello", "hey there", "good morning", "morning!", "yo", "hiya", "hello coach", "hey team", "good afternoon", "howdy", "hi there")
add("thanks", "smalltalk", "thanks", "thank you", "thx", "cheers", "much appreciated", "ty", "thanks a lot", "great, thanks", "perfect thanks", "thank you so much", "appreciate it")
add("farewell", "smalltalk", "bye", "see you later", "that's all for now", "cya", "goodbye", "have a good one", "talk later", "done for today", "I'm done")
add("ack", "smalltalk", "ok", "got it", "cool", "nice", "makes sense", "noted", "sounds good", "alright", "understood", "fair enough", "great", "👍")
add("never_mind", "smalltalk", "never mind", "nvm", "cancel", "forget it", "scratch that", "ignore that", "no worries", "cancel that", "undo", "oops", "take that back")

add("unknown", "other",
    "tell me a joke", "what's the weather like", "where should we go for lunch", "book a meeting room for 3pm", "order pizza for the team",
    "what time is it in London", "translate this into French", "write me a poem", "who won the game last night", "play some music",
    "can you send an email to the board", "what's the capital of Peru", "remind me to call mom", "I ran 5 km this morning",
    "the offsite is on the 14th", "our Q3 planning deck is 40 slides", "my flight leaves at 6", "lol", "asdfgh", "the coffee machine is broken again",
    "how old are you", "are you a robot", "what's 2 plus 2", "sing a song", "who made you", "I need a vacation", "open the pod bay doors",
    "reset my password", "what's our stock price", "how many employees do we have", "set an alarm for 7", "call 555 1234",
    "the printer on floor 3 is jammed", "we need 12 chairs for the event", "it's 30 degrees outside", "buy 2 tickets to the concert",
    "give me a recipe for pancakes", "what's trending on twitter", "summarise this article", "who is the CEO of Apple", "hmm",
    "can we move standup to 10", "my laptop battery is at 15%", "the team lunch costs $450", "Sarah's birthday is on the 9th",
    "what's a good name for a dog", "does anyone have a charger", "the new hire starts Monday", "I'm 20 minutes late")

# --- Round two (issue 29, the ear): more ways leaders talk, written fresh, appended after the first round so
# every earlier row (and the earlier held-out fifth) is generated exactly as before. ---
add("missing", "question",
    "who hasn't put their numbers in", "who still needs to send a number", "whose numbers are we missing", "which KPIs have no value yet",
    "what's not in yet", "what are we still waiting for", "has everyone sent their numbers", "have all the numbers come in",
    "are we waiting on anyone", "who forgot to report", "outstanding numbers", "missing numbers for last month", "what numbers haven't come in",
    "which owners haven't updated", "who should I nudge for numbers", "who needs a reminder to report", "which rows are still empty",
    "who has not submitted yet", "unreported KPIs", "any stragglers?", "still waiting on anyone?", "what data are we missing",
    "late reporters", "which indicators are missing a value", "missing KPIs?", "whos missing", "who hasnt reported yet",
    "whats outstandng", "is everyone reported in", "gaps in the scoreboard", "what's blank on the board", "who owes me numbers",
    "who is yet to report this month", "which metrics are empty", "who didn't report last month", "is anything not reported",
    "what's still open for last month", "who's holding us up", "numbers still to come?", "which values are we lacking")
add("set_target", "command",
    "target for {ind} is {val} from now on", "let's aim for {val} on {ind}, make it the target", "put the {ind} target at {val}",
    "the {ind} target should be {val}", "{ind} target: {val}", "{ind} tgt {val}", "set tgt for {ind} to {val}", "make {val} the target for {ind}",
    "make {val} the goal for {ind}", "our goal for {ind} is {val}", "we're targeting {val} for {ind}", "change {ind}'s goal to {val}",
    "adjust the {ind} target to {val}", "revise the target on {ind} to {val}", "target {ind} at {val}", "increase the {ind} target to {val}",
    "reduce the target of {ind} to {val}", "take the {ind} target down to {val}", "push the {ind} target to {val}", "the bar for {ind} is now {val}",
    "new goal for {ind} is {val}", "use {val} as the target for {ind}", "go with {val} as the {ind} target", "set {ind} target {val}",
    "{ind} target = {val}", "get rid of the {ind} target", "unset the {ind} target", "delete the target for {ind}", "{ind} has no target now",
    "goal for {ind}: {val}", "the target on {ind} changes to {val}", "please make the {ind} target {val}", "target of {val} for {ind}",
    "{ind} needs a target of {val}", "lift the {ind} target to {val}", "the {ind} goal is now {val}")
add("ask_target", "question",
    "how far are we from the {ind} target", "what are we aiming for on {ind}", "{ind} target?", "do we have a target for {ind}",
    "what should {ind} be", "gap to target on {ind}", "are we hitting the {ind} goal", "is {ind} ahead of target", "are we short on {ind}",
    "where's {ind} against target", "{ind} vs target", "is {ind} green", "is {ind} red", "did we beat the {ind} target",
    "should the {ind} target be {val}?", "is {val} a good target for {ind}?", "what's our {ind} goal", "how does {ind} compare to its goal",
    "is {ind} below target", "is {ind} on target", "what target did we set for {ind}")
add("ask_target", "hypothetical",
    "what if we set the {ind} target to {val}", "would {val} be a sensible target for {ind}", "suppose the {ind} target were {val}",
    "if the target for {ind} was {val}, would we make it")
add("owner_of", "question",
    "who's got {ind}", "who runs {ind}", "who manages {ind}", "who is {ind}'s owner", "{ind} owner?", "owner of {ind}?",
    "who takes care of {ind}", "whose number is {ind}", "who's the point person for {ind}", "who answers for {ind}",
    "who should I ping about {ind}", "who do I chase for {ind}", "who is in charge of {ind}", "who's accountable for {ind} these days",
    "which person owns {ind}", "who reports on {ind}", "is anyone on the hook for {ind}", "does {ind} have an owner",
    "who's the owner for {ind}", "who updates {ind}", "who's meant to report {ind}", "who's looking after {ind}", "whos on the hook for {ind}",
    "who is {ind} assigned to", "who's the go-to for {ind}", "who sends the {ind} number")
add("owner_of", "negation",
    "{who} doesn't own {ind}", "don't give {ind} to {who}", "don't make {who} the owner of {ind}", "{who} isn't responsible for {ind}",
    "I'm not the owner of {ind}", "{who} no longer looks after {ind}")
add("owner_of", "hypothetical",
    "what if {who} took over {ind}", "suppose {who} owned {ind}", "would {who} be a good owner for {ind}")
add("owners", "question",
    "who owns which KPI", "who's responsible for each number", "list who owns each metric", "owner list", "show me all the owners",
    "who's on the hook for each number", "who has what", "who looks after which indicator", "ownership please", "who's accountable for what",
    "give me the owners", "which person owns which row", "the owners of every indicator", "who is on which number", "owners of the KPIs",
    "show ownership", "who's covering what", "assignments please", "who's assigned to which metric", "who owns the numbers")
add("set_owner", "command",
    "{who} is on the hook for {ind} now", "{who} will own {ind}", "{who} takes {ind}", "{who} is the new owner of {ind}",
    "{who} looks after {ind} from today", "make {who} owner of {ind}", "reassign {ind} to {who}", "move {ind} to {who}", "{ind} goes to {who}",
    "put {who} in charge of {ind}", "{who} is responsible for {ind} now", "have {who} own {ind}", "switch the owner of {ind} to {who}",
    "{ind} owner: {who}", "{ind} owner is now {who}", "set {who} as owner of {ind}", "I'll take {ind}", "I'm on the hook for {ind}",
    "I look after {ind} now", "make me responsible for {ind}", "give {ind} to me", "I'll be the owner of {ind}", "I own {ind} now",
    "{who} to own {ind}", "make {who} the one who reports {ind}", "assign ownership of {ind} to {who}", "{who} should be on the hook for {ind}",
    "pass {ind} to {who}", "owner for {ind}: {who}", "make me the owner for {ind} please")
add("record_value", "statement",
    "{ind} for {month}: {val}", "{val} on {ind}{per}", "we did {val} on {ind}{per}", "{ind} clocked in at {val}{per}", "{ind} was at {val}{per}",
    "{ind} hit {val}{per}", "{ind} sits at {val}", "{ind} - {val}", "{ind} came out at {val}{per}", "{val} for {ind}{per}",
    "here's {ind}{per}: {val}", "update: {ind} {val}", "fyi {ind} was {val}{per}", "numbers are in: {ind} {val}", "{ind} actually was {val}{per}",
    "{ind} ended up at {val}{per}", "{ind} came in at {val} last month", "we landed {ind} at {val}{per}", "{ind} {val} for {month}", "{ind} => {val}{per}")
add("record_value", "command",
    "please record {ind} {val}{per}", "log it: {ind} {val}", "add {ind} {val}{per}", "can you put {val} in for {ind}{per}", "put {ind} at {val}{per}",
    "correct {ind} to {val}{per}", "change {ind} to {val}{per}", "fix {ind} to {val}{per}", "make {ind} {val}{per}", "record {ind}: {val}{per}",
    "log {ind} {val}", "enter {val} as {ind}{per}", "store {val} for {ind}{per}", "please put {val} down for {ind}", "{ind}{per}, record {val}",
    "record that {ind} was {val}{per}", "log that we hit {val} on {ind}{per}", "new {ind} number: {val}, log it", "add a value of {val} to {ind}{per}",
    "record {val} against {ind}{per}")
add("ask_value", "question",
    "where did {ind} land{per}", "what did we do on {ind}", "how much was {ind}{per}", "{ind} number?", "what's {ind} looking like",
    "got the {ind} number?", "do we have {ind} for {month}", "{ind} for {month}?", "remind me what {ind} was", "what's the current {ind}",
    "current {ind}?", "{ind} now?", "any {ind} number yet", "what did {ind} end up at", "how's our {ind} doing lately", "is it true {ind} was {val}?",
    "did someone put {val} for {ind}?", "why is {ind} {val}?", "how come {ind} is {val}", "should I record {val} for {ind}?", "hw's {ind}",
    "wat's {ind} at", "{ind} pls", "what's {ind} for {month}", "did {ind} really come in at {val}?", "was {ind} {val} or {val}?")
add("ask_value", "hypothetical",
    "had {ind} been {val}, we'd be fine", "wouldn't it be nice if {ind} were {val}", "what happens if {ind} goes to {val}",
    "if {ind} comes in at {val} next month we're good", "picture {ind} at {val}", "pretend {ind} was {val}", "{ind} may well be {val} next quarter",
    "in a world where {ind} is {val}", "assume {ind} lands at {val}", "what would {val} on {ind} mean for us", "say {ind} ends up at {val}")
add("ask_value", "negation",
    "{ind} won't be {val}", "nobody said {ind} was {val}", "I'm not saying {ind} is {val}", "{ind} definitely wasn't {val}{per}",
    "please don't log {val} for {ind}", "never record {val} for {ind}", "that's not right, {ind} isn't {val}", "no no, {ind} was not {val}",
    "do NOT put {val} against {ind}", "hold off on recording {val} for {ind}", "don't enter {ind} as {val} yet", "{ind} can't be {val}")
add("ask_trend", "question",
    "is {ind} heading the right way", "which way is {ind} going", "is {ind} better than last month", "{ind} up or down?", "has {ind} dropped",
    "has {ind} moved since {month}", "is {ind} on the rise", "compare {ind} to {month}", "how does {ind} compare with {month}",
    "did {ind} get worse", "month over month {ind}", "is {ind} climbing", "is {ind} falling", "direction of {ind}", "is {ind} getting worse",
    "how's {ind} moving", "is {ind} going the wrong way", "change in {ind} since {month}")
add("history", "question",
    "how has {ind} looked over the months", "{ind} by month", "month by month {ind}", "every value of {ind}", "{ind} so far this year",
    "all {ind} entries", "{ind} track record", "what values has {ind} had", "previous {ind} values", "earlier {ind} numbers", "{ind} timeline",
    "{ind} values to date", "show past {ind}", "the {ind} series", "list every correction to {ind}", "who changed {ind} and when",
    "what was {ind} each month", "show the record for {ind}", "{ind} numbers over the year", "all past entries for {ind}")
add("chart", "command",
    "draw me {ind}", "a chart for {ind} please", "can I see {ind} as a graph", "line chart of {ind}", "graph of {ind} over the quarter",
    "{ind} chart", "plot {ind} for this year", "show {ind} visually", "trendline of {ind}", "panel please", "open the instrument panel",
    "chart the {ind} numbers", "graph it: {ind}", "I'd like a picture of {ind}")
add("standing", "question",
    "how's everything looking", "give me the numbers", "what's the scoreboard say", "recap please", "where are we on the KPIs", "quick status",
    "show the board", "let me see the scoreboard", "where do things stand", "summary of the metrics", "all the numbers please",
    "how's the team doing on its numbers", "the whole scoreboard", "overview of the KPIs", "how we doing", "what's the state of things",
    "update me", "catch me up", "what's the headline", "tl;dr on the numbers", "how are the indicators", "are we green?", "hows it lookin",
    "scorebaord pls", "dashbord", "KPIs?", "numbrs?", "status pls", "hw are we doing", "sumary pls", "📊", "📈 status?", "how's our scorecard",
    "are we on track overall", "what's our KPI status", "show the metrics", "scoreboard?", "how are we trending overall")
add("furthest_off", "question",
    "what's most behind", "which number worries you most", "what's in the red", "which KPIs are red", "what's lagging the most",
    "where are we weakest", "what's the worst number", "which metric is furthest from target", "what should we focus on", "what's our biggest gap",
    "which one is most off", "worst performer?", "what's dragging us down", "where do we fall shortest", "which indicator is the furthest behind")
add("changes", "question",
    "what's changed", "anything new?", "what got recorded lately", "latest updates", "what's been logged this week", "recent entries",
    "who updated what this month", "what did people record recently", "any new numbers?", "changes since {month}", "what's different since last week",
    "activity this month", "what happened on the board lately")
add("help", "question",
    "how do I record a number", "what can I say", "what do you do", "how do you work", "show me what you can do", "what kind of questions can I ask",
    "help pls", "guide", "getting started", "how do I ask for something", "can you help", "hlep", "wat can u do", "how do I use you")
add("board_change", "command",
    "add a new KPI called marketing sourced pipeline in dollars", "create a metric for event attendance, a count", "new indicator: trial to paid conversion in percent",
    "call {ind} customer proof instead", "take {ind} off the board", "drop {ind} from the scoreboard", "put {ind} back on the board", "reinstate {ind}",
    "unarchive {ind}", "measure {ind} in days", "for {ind}, higher is better", "start tracking a new indicator named partner sourced deals")
add("delete_data", "command",
    "delete everything you have on us", "wipe our workspace", "erase our data", "please remove all our data", "purge this workspace's data",
    "forget everything about this workspace", "clear out all our stored data")
add("greeting", "smalltalk", "hey coach", "good evening", "hiya team", "hello there", "morning all", "sup", "hey hey", "👋", "hi!", "hello again", "greetings", "heya")
add("thanks", "smalltalk", "thanks so much", "ta", "many thanks", "thank u", "thnx", "tysm", "cheers mate", "brilliant, thank you", "great stuff thanks", "🙏", "appreciated", "thanks coach")
add("farewell", "smalltalk", "bye for now", "later", "catch you later", "see ya", "goodnight", "signing off", "that's it for today", "ttyl", "have a nice weekend", "laters", "bye!")
add("ack", "smalltalk", "okay", "k", "sure", "right", "gotcha", "perfect", "good to know", "👌", "all good", "roger", "ok cool", "alright then", "will do")
add("never_mind", "smalltalk", "forget about it", "don't worry about it", "ignore me", "never mind that", "wrong chat, sorry", "my mistake", "disregard", "abort", "scrap that", "cancel please")
add("unknown", "other",
    "the pipeline review got moved to Thursday", "can you summarise the sales call", "what's our budget for the offsite", "I think the demo went well",
    "lunch was $45", "send the deck to marketing", "who's coming to the party", "how do I expense a taxi", "we had 30 people at the webinar",
    "write a LinkedIn post about our launch", "what's the wifi password", "is the office open on Friday", "I'm working from home today",
    "can you set up a zoom", "happy Friday everyone", "congrats on the launch!", "the ad campaign went live", "who's on call this weekend",
    "convert 40 euros to dollars", "how many days until Christmas", "the conference booth cost 12k", "I'll be out 3 days next week",
    "who won the pitch competition", "our office plant needs water", "draft an email to the agency")

# --- Round three (issue 29, the ear, third pass): more ways of asking who owns what, of saying goodbye, and
# what-ifs without a what-if word. (Board changes and data deletion in new words were tried and left out: the
# model's label for them is not acted on without a phrase, and their words — board, direction, new — pulled
# other questions towards them in cross-validation.) Appended after round two, so every earlier row is
# generated exactly as before; and never held out, so the held-out fifth stays the same rows, byte for byte. ---
ROUND_THREE_START = len(T)
add("owners", "question",
    "who owns what on the scoreboard", "which person has which KPI", "who's responsible for which metric", "who is on each metric",
    "map the owners to the numbers", "breakdown of ownership", "what does each person own", "everyone's KPIs please",
    "who covers which number", "list each metric with its owner", "owner for every KPI", "who's got which KPI",
    "who looks after what", "show me who owns every number", "who's on the hook for what", "which numbers belong to whom",
    "who owns all the KPIs", "who is accountable for each metric", "what is everyone responsible for", "ownership of the scoreboard",
    "all the owners please", "who does which number", "split of the KPIs by owner", "whose are the numbers",
    "who runs which metric", "each KPI's owner", "name the owner of every indicator", "who handles which indicator",
    "which owner goes with which number", "owners by metric")
add("farewell", "smalltalk",
    "I'm off", "heading out now", "that's all from me", "logging off", "talk tomorrow", "done for the day", "see you monday",
    "speak soon", "until next time", "have a good evening all", "catch you tomorrow", "night all", "cya later", "gotta run", "take care",
    "off home now", "see you next week", "I'm done here, bye", "good night team", "that's me for today", "enjoy your evening",
    "bye bye", "see you around", "over and out")
add("ask_value", "hypothetical",
    "if only {ind} were {val}", "{ind} at {val} would be a dream", "ideally {ind} would sit at {val}", "I wish {ind} was {val}",
    "let's pretend {ind} hit {val}", "best case {ind} lands at {val}", "worst case {ind} drops to {val}",
    "scenario: {ind} at {val}", "modelling {ind} at {val}", "hypothetically {ind} could reach {val}",
    "in the best case {ind} is {val}", "dream scenario, {ind} at {val}")

# --- Round four (issue 29, the ear, fourth pass): board changes and data deletion in new words — now acted on
# (asked about first) when the model reads them and the change's own verb and slots are there — plus ways of
# asking one row's owner or its target, and goodbyes. Appended after round three, and like it never held out. ---
add("board_change", "command",
    "could we add a KPI called {new}, in dollars", "let's start tracking {new} as a percentage", "we need a new metric for {new}",
    "set up an indicator named {new}, higher is better", "introduce a number called {new} measured in days", "new KPI: {new}, a count",
    "please add {new} to the scoreboard as a new indicator called {new}", "can we get a row for {new} on the board",
    "let's stop tracking {ind}", "we no longer track {ind}", "get rid of {ind} on the scoreboard", "kill the {ind} metric",
    "sunset {ind}", "ditch {ind} from the board", "scrap the {ind} indicator", "{ind} can come off the scoreboard",
    "change the name of {ind} to {new}", "can we call {ind} {new} from now on", "relabel {ind} as {new}", "{ind} should be called {new}",
    "lower is better for {ind}", "{ind} is better when it's lower", "higher is better on {ind}", "track {ind} in days instead",
    "{ind} should be measured as a percentage", "switch the unit of {ind} to dollars", "put {ind} back on the scoreboard",
    "we want {ind} back on the board", "revive the {ind} indicator", "unretire {ind} please")
add("delete_data", "command",
    "delete all the data you keep on us", "wipe everything you stored for our team", "erase every record you hold for this workspace",
    "we're leaving, delete our data", "purge all our numbers and history", "remove every trace of our workspace",
    "I want all our data gone", "nuke this workspace's data", "clear everything you have stored about us", "delete the whole workspace")
add("owner_of", "question",
    "which of us reports {ind}", "who owns the {ind} number then", "who should I nudge about {ind}", "who has {ind} on their plate",
    "who's accountable for {ind}", "who maintains {ind}", "{ind} is whose job",
    "{ind} belongs to who", "is anyone looking after {ind}", "who updates {ind} each month", "the person behind {ind}?")
add("ask_target", "question",
    "how far are we from the {ind} goal", "what mark are we trying to hit on {ind}", "what's the bar for {ind}", "where should {ind} be",
    "did we set a goal for {ind}", "what number are we shooting for on {ind}", "is there a target on {ind}",
    "how close is {ind} to where we want it", "what should {ind} come in at", "what's {ind} supposed to be")
add("farewell", "smalltalk",
    "right, I'm off", "ok that's everything, bye", "signing out for today", "leaving now, see you", "bye all, have a good weekend",
    "I'll leave it there", "that's all, talk soon", "I'm out, cheers", "see you at the next review", "ok bye for today",
    "have a good night", "off I go")

# --- Round five (issue 29, the ear, fifth pass), written by hand and tuned only by cross-validation over the training
# rows and by phrasings written for the probe (scripts/nlu-probe.tsv), never by the held-out fifth. Round four's "who …"
# owner templates taught that "who" means an owner; here "who" also asks who is behind (no indicator named: the missing
# numbers) and who owns every row (the owners), beside one row's owner (an indicator named). Plus goodbyes, thanks and
# acknowledgements as chat has them, what changed, trends and histories, the whole board, deletion in plain words, and
# what-ifs and negations that must never write. Appended, never held out; its rows carry more typos. ---
ROUND_FIVE_START = len(T)
add("missing", "question",
    "who's behind on numbers", "who's behind on their KPIs this month", "who still hasn't reported", "who do I chase this month",
    "who do I need to chase for numbers", "who should I ping about missing numbers", "who still has to send theirs", "who's yet to send a number",
    "whose numbers haven't arrived", "who is overdue", "who's late with their numbers", "who hasn't updated their KPI yet",
    "who should I remind to report", "who hasn't reported for {month}", "who are we still waiting on", "which owners still owe us a number",
    "what's still missing for {month}", "anything not in for {month}?", "who hasn't filled in their row", "any blanks on the scorecard",
    "which KPIs are still empty this month", "who needs chasing", "who's left to report",
    "has everybody reported?", "which metrics haven't been updated",
    "who's dragging their feet on reporting", "whose KPIs are blank", "any numbers still outstanding?",
    "what's not been reported this month", "who owes us numbers for {month}", "who's missing from the scorecard",
    "who should get a nudge about their numbers", "who hasn't posted their KPI")
add("owners", "question",
    "who owns each of the KPIs", "who's on the hook for which KPI", "every KPI and its owner", "show the owner of each metric",
    "who's responsible for the KPIs", "list the owners by KPI", "what's everyone on the hook for", "who has which metrics",
    "owners for the whole scorecard", "who owns the metrics on the dashboard", "the list of who owns what", "ownership breakdown please",
    "who manages which KPI", "who is responsible for each one", "which people own which numbers", "who's on the hook for each of them",
    "show me every owner", "who owns all of these", "who is accountable for the scorecard rows", "owners of all the metrics please",
    "who's looking after which numbers", "who does each KPI belong to", "all owners?")
add("owner_of", "question",
    "which person is on the hook for {ind}", "which teammate owns {ind}", "who on the team owns {ind}", "who should I chase about {ind}",
    "who can I ask for the {ind} number", "who's the DRI on {ind}", "who do I bug about {ind}", "{ind}, who owns that?",
    "who's the owner of {ind} right now", "who is {ind} with", "who should I nudge for the {ind} figure", "who's meant to send {ind}",
    "which person reports {ind} each month", "who's got the {ind} KPI", "whose KPI is {ind}", "who is the owner on {ind}",
    "who's responsible for the {ind} number", "who do I ping about {ind}", "who answers for {ind} these days", "whose metric is {ind}")
add("farewell", "smalltalk",
    "ttyl all", "later all", "cya tmrw", "bye for today", "peace out", "im off for the day", "ok that's me done",
    "laters team", "catch you on monday", "heading home", "signing off now, cheers", "going offline now", "I'll check back later",
    "speak later", "talk to you later", "bye team 👋", "night!", "have a good one all", "gtg", "g2g, bye", "ok bye",
    "see you in the morning", "ok I'm logging off", "catch ya later", "bye now", "until tomorrow", "that's it from me, bye")
add("thanks", "smalltalk",
    "cheers!", "thanks!!", "thank you kindly", "ty!", "thanks heaps", "many thx", "thanks for that", "thanks for the update",
    "thanks, that's helpful", "that's great, thank you", "awesome thanks", "legend, thanks", "you're a star", "much obliged",
    "thanks a bunch", "big thanks", "thankyou", "thanx", "nice one, thanks", "thanks, that helps", "appreciate the help",
    "cheers for that")
add("ack", "smalltalk",
    "okie", "okay cool", "yep", "yup", "kk", "ok will do", "noted 👍", "sounds fine", "right, ok", "fine",
    "ok understood", "copy that", "ack", "on it", "that works", "sure thing", "good good", "ok great", "grand", "ok noted",
    "lovely", "makes sense to me", "fair", "aha ok")
add("changes", "question",
    "what's new this week", "anything changed since {month}?", "what got updated", "who logged what lately", "show recent activity",
    "latest changes on the scorecard", "what's moved since last time", "any fresh numbers?", "what came in this week",
    "new entries since monday", "what did the team update", "what's been entered lately", "any movement on the board this week",
    "what's different on the dashboard", "what changed on the scoreboard", "show me what's been logged recently",
    "who updated numbers this week", "anything updated today?")
add("ask_trend", "question",
    "is {ind} trending up", "is {ind} trending the right way", "{ind} month on month", "is {ind} creeping up", "is {ind} heading down",
    "has {ind} gone up since {month}", "is {ind} better or worse than {month}", "{ind} vs {month}?", "did {ind} improve",
    "has {ind} ticked up", "what's the trajectory on {ind}", "any improvement in {ind}",
    "is {ind} getting shorter", "is {ind} getting cheaper", "which direction is {ind} heading")
add("history", "question",
    "{ind} over the last few months", "show {ind} for every month", "what has {ind} been so far", "{ind} month by month please",
    "all of {ind}'s numbers", "the {ind} numbers we've logged", "what did {ind} look like over the year", "{ind} across the year",
    "past readings for {ind}", "what's been recorded for {ind}", "list the {ind} values", "{ind} by month so far",
    "every number we've had for {ind}", "run me through {ind} month by month")
add("standing", "question",
    "how're the KPIs looking", "are we on track this month?", "how are we doing against targets overall", "scorecard please",
    "pull up the dashboard", "what's the KPI picture", "how are we tracking on everything", "overall status?", "give me the overview",
    "numbers looking ok?", "how's it all looking", "show me where we are", "where are we on everything", "quick health check on the numbers",
    "full picture please", "how's the quarter looking", "where are we at with the KPIs", "hows the scorecard", "the dashboard pls",
    "how do the numbers look this month", "what's the state of the metrics", "give me the KPIs", "are the numbers on track",
    "how are we doing on our metrics overall", "status of the KPIs?")
add("delete_data", "command",
    "erase all of the data you hold", "delete every record you have on us", "get rid of all our data", "wipe everything you've got on us",
    "I'd like our data deleted", "please forget our workspace", "delete all of the records you keep", "erase our history and numbers",
    "we want our data erased", "scrub all our data")
add("ask_value", "hypothetical",
    "envisage {ind} at {val}", "if {ind} were {val} we'd be fine", "if {ind} hits {val} next month great",
    "in theory {ind} could hit {val}", "on paper {ind} is {val}", "say {ind} comes in at {val}", "even if {ind} was {val}")
add("ask_value", "negation",
    "{ind} definitely isn't {val}", "nah {ind} wasn't {val}", "no way {ind} is {val}", "don't save {ind} as {val}",
    "{ind} is nowhere near {val}")

NOISE = ["none"] * 6 + ["typo", "emoji", "polite", "markup", "shout", "abbrev"]
EMOJI = [" 🙏", " 📊", " 👀", " :chart_with_upwards_trend:", " 🤔", " ✅", " :pray:"]
POLITE_PRE = ["could you ", "can you please ", "please ", "hey, ", "quick one: ", "sorry to bother, ", "hi coach, ", "when you get a chance "]
POLITE_POST = [" please", " thanks", ", thank you", " pls", " cheers", " thx"]
MARKUP_PRE = ["<@U07BOT123> ", "<at>ChatCoach</at> ", "@ChatCoach ", "/coach ", "<@U07BOT123|chatcoach> "]
ABBREV = {"please": "pls", "thanks": "thx", "you": "u", "are": "r", "what is": "whats", "what's": "whats", "the ": "", "with": "w/", "because": "bc"}

def typo(s):
    words = s.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cands:
        return s, False
    i = random.choice(cands); w = words[i]; j = random.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if random.random() < 0.6 else w[:j] + w[j + 1:]
    return " ".join(words), True

NOISE_FIVE = ["none"] * 4 + ["typo"] * 3 + ["emoji", "polite", "markup", "shout", "abbrev"]

def noisy(s, mood, choices=NOISE):
    kind = random.choice(choices)
    if kind == "typo":
        s2, ok = typo(s); return (s2, "typo") if ok else (s, "none")
    if kind == "emoji":
        return s + random.choice(EMOJI), "emoji"
    if kind == "polite" and mood in ("command", "question"):
        return random.choice(POLITE_PRE) + s + (random.choice(POLITE_POST) if random.random() < 0.5 else ""), "polite"
    if kind == "markup":
        return random.choice(MARKUP_PRE) + s, "markup"
    if kind == "shout":
        return s.upper() if random.random() < 0.5 else s.capitalize(), "case"
    if kind == "abbrev":
        s2 = s
        for a, b in ABBREV.items():
            if a in s2 and random.random() < 0.7:
                s2 = s2.replace(a, b, 1)
        return (s2, "abbrev") if s2 != s else (s, "none")
    return s, "none"

ROUND_THREE = {t for _, _, templates in T[ROUND_THREE_START:] for t in templates}
ROUND_FIVE = {t for _, _, templates in T[ROUND_FIVE_START:] for t in templates}
BEFORE_FIVE = {t for _, _, templates in T[:ROUND_FIVE_START] for t in templates}
assert not ROUND_FIVE & BEFORE_FIVE, f"round five repeats earlier templates: {ROUND_FIVE & BEFORE_FIVE}"
EARLIER = {t for _, _, templates in T[:ROUND_THREE_START] for t in templates}
assert not ROUND_THREE & EARLIER, f"round three repeats earlier templates: {ROUND_THREE & EARLIER}"

def held_out(template):
    """Fixed per template: the same template is held out whatever else is added to the corpus. Round three
    only trains: the held-out fifth stays the rows it was."""
    return template not in ROUND_THREE and zlib.crc32(template.encode()) % 5 == 0

rows, seen = [], set()
for intent, mood, templates in T:
    for n, t in enumerate(templates):
        tid = f"{intent}/{mood}/{zlib.crc32(t.encode()):08x}"
        split = "heldout" if held_out(t) else "train"
        reps = 4 if "{" not in t else (8 if intent in ("record_value", "ask_value") else 6)
        for _ in range(reps * 4):
            text, slots = fill(t)
            choices = NOISE_FIVE if t in ROUND_FIVE else NOISE
            text, noise = noisy(text, mood, choices) if len([r for r in rows if r["template"] == tid]) > 0 else (text, "none")
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            rows.append({"text": text, "intent": intent, "mood": mood, "noise": noise, "slots": slots, "template": tid, "split": split})
            if len([r for r in rows if r["template"] == tid]) >= reps:
                break

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
held = sum(1 for r in rows if r["split"] == "heldout")
print(f"{len(rows)} utterances, {held} held out ({held / len(rows):.0%}), {len(T)} groups, {sum(len(t[2]) for t in T)} templates")

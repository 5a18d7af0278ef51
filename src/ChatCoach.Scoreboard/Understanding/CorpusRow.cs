using System.Text.Json;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// One labelled utterance of the corpus (Corpus/utterances.jsonl, written by scripts/nlu-corpus.py):
/// what was said, what it asks for, how it is said (mood) and what noise it carries (typo, emoji,
/// polite wrapper, Slack/Teams markup...). <see cref="Split"/> "heldout" rows are never trained on.
/// </summary>
public sealed record CorpusRow(string Text, string Intent, string Mood, string Noise, IReadOnlyDictionary<string, string> Slots, string Template, string Split)
{
    private const string Resource = "ChatCoach.Scoreboard.Understanding.utterances.jsonl";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool HeldOut => Split == "heldout";

    private static readonly Lazy<IReadOnlyList<CorpusRow>> All = new(Load);

    /// <summary>The whole corpus, held-out rows included (they are marked).</summary>
    public static IReadOnlyList<CorpusRow> Corpus => All.Value;

    private static IReadOnlyList<CorpusRow> Load()
    {
        using var stream = typeof(CorpusRow).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The intent corpus {Resource} is not embedded in the planner.");
        using var reader = new StreamReader(stream);
        var rows = new List<CorpusRow>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(JsonSerializer.Deserialize<CorpusRow>(line, Json) ?? throw new InvalidOperationException("An empty corpus line."));
            }
        }
        return rows;
    }
}

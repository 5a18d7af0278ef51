namespace ChatCoach.Conversation.LanguageModel.Grounding;

/// <summary>
/// Reads numbers written in English words: "thirty-one", "four hundred and twelve", "twelve
/// thousand". A lone "one" is left alone — it is far more often a pronoun ("which one?") than a figure.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
    };

    public static IEnumerable<WrittenNumber> Read(string text)
    {
        var words = text.Split([' ', '-', '\n', '\t', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        var run = new List<string>();
        foreach (var word in words.Append(""))
        {
            if (IsNumberWord(word) || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && run.Count > 0))
            {
                run.Add(word);
                continue;
            }
            if (Value(run) is { } number)
            {
                yield return number;
            }
            run.Clear();
        }
    }

    private static bool IsNumberWord(string word) => Small.ContainsKey(word) || Multipliers.ContainsKey(word);

    private static WrittenNumber? Value(List<string> run)
    {
        var words = run.Where(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase)).ToList();
        if (words.Count == 0 || (words.Count == 1 && words[0].Equals("one", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        // A run starting with a multiplier ("thousand") on its own is not a figure: "a hundred" is rare and vague.
        if (!Small.ContainsKey(words[0]))
        {
            return null;
        }
        long total = 0, current = 0;
        foreach (var word in words)
        {
            if (Small.TryGetValue(word, out var small))
            {
                current += small;
            }
            else if (Multipliers[word] == 100)
            {
                current = Math.Max(current, 1) * 100;
            }
            else
            {
                total += Math.Max(current, 1) * Multipliers[word];
                current = 0;
            }
        }
        return new WrittenNumber(string.Join(' ', run), total + current, 0m);
    }
}

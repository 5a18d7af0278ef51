using System.Globalization;
using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation.LanguageModel.Grounding;

/// <summary>
/// Finds every number a reply states: digits in any form the bot or a model writes (412, $1,250,
/// 31%, 0.31, 1.2k, 3rd, Q4, 2026-10) and numbers spelled out ("thirty-one percent"), so spelling
/// a figure out does not slip it past the guard. Mentions (&lt;@slack:U123&gt;) are not numbers.
/// </summary>
public static partial class NumberReader
{
    [GeneratedRegex(@"[$€£]?(?<num>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?|\.\d+)(\s?(?<scale>k|m|bn|million|thousand|billion)\b)?%?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Digits();

    public static IReadOnlyList<WrittenNumber> Read(string text)
    {
        var plain = MentionSyntax.Strip(text);
        return [.. ReadDigits(plain), .. NumberWords.Read(WithoutDigits(plain))];
    }

    private static IEnumerable<WrittenNumber> ReadDigits(string text)
    {
        foreach (Match match in Digits().Matches(text))
        {
            var written = match.Groups["num"].Value;
            var number = decimal.Parse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var scale = Scale(match.Groups["scale"].Value);
            var tolerance = 0.5m * scale / Pow10(decimals);
            // "412" is exact as an integer; half a unit still lets "31%" stand for 31.4%.
            yield return new WrittenNumber(match.Value.Trim(), number * scale, tolerance);
        }
    }

    private static string WithoutDigits(string text) => Digits().Replace(text, " ");

    private static decimal Scale(string word) => word.ToLowerInvariant() switch
    {
        "k" or "thousand" => 1_000m,
        "m" or "million" => 1_000_000m,
        "bn" or "billion" => 1_000_000_000m,
        _ => 1m,
    };

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < Math.Min(decimals, 20); i++)
        {
            result *= 10;
        }
        return result;
    }
}

using System.Globalization;
using System.Text;
using CsCheck;

namespace ChatCoach.TestSupport;

/// <summary>
/// Generators of JSON text as a platform could send it and as no platform should: keys given twice,
/// escapes with half a surrogate pair, control characters, right-to-left and zero-width marks,
/// numbers out of range, values of the wrong kind. Written as text (not through a serializer) so the
/// malformed cases can be produced at all.
/// </summary>
public static class OddJson
{
    private static readonly string[] Oddities =
    [
        "\\ud83d\\ude00 ok", "\\u0000", "<!channel> &amp; <@U1|x>", "\\u202eevil\\u200b", "", "record 5 for cost per opp", "where do we stand",
        "<@UBOT> who owns what", "a\\\"b\\\\", "\\t\\n",
    ];

    /// <summary>Half a surrogate pair, which no platform should send: rare, so most bodies get past it to the parts behind.</summary>
    private static readonly string[] HalfPairs = ["\\ud800", "x\\udfff", "\\udc00\\ud800"];

    /// <summary>A JSON string literal (quotes included).</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (6, Gen.Char.Array[0, 12].Select(chars => Literal(new string([.. chars.Where(c => !char.IsSurrogate(c))])))),
        (4, Gen.Char['a', 'z'].Array[1, 10].Select(chars => Literal(new string(chars)))),
        (8, Gen.OneOf(Oddities).Select(raw => $"\"{raw}\"")),
        (1, Gen.OneOf(HalfPairs).Select(raw => $"\"{raw}\"")));

    public static Gen<string> Scalar { get; } = Gen.Frequency(
        (5, Text),
        (2, Gen.OneOf("0", "-1", "1e400", "12.5", "true", "false", "null", "9007199254740993", "[]", "{}")));

    /// <summary>Any JSON value, nested at most <paramref name="depth"/> deep.</summary>
    public static Gen<string> Value(int depth) => depth <= 0
        ? Scalar
        : Gen.Frequency((6, Scalar), (1, Value(depth - 1).Array[0, 3].Select(Array)), (1, ObjectOf(new Dictionary<string, Gen<string>>(), depth - 1)));

    /// <summary>A quoted string from the given choices.</summary>
    public static Gen<string> OneOf(params string[] choices) => Gen.Frequency((4, Gen.OneOf(choices).Select(Literal)), (1, Text));

    /// <summary>
    /// An object of up to seven members whose keys come mostly from <paramref name="fields"/> (so the
    /// same key can come up twice), each with its own generator, and otherwise from odd keys.
    /// </summary>
    public static Gen<string> ObjectOf(IReadOnlyDictionary<string, Gen<string>> fields, int depth)
    {
        string[] keys = [.. fields.Keys, "type", "\\u00e9t\\u00e9"];
        var member = Gen.Frequency((30, Gen.OneOf(keys)), (1, Gen.Const("\\ud800"))).SelectMany(key => (fields.TryGetValue(key, out var value) ? value : Value(depth - 1))
            .Select(v => (Key: key, Member: $"\"{key}\":{v}")));
        // Keys are drawn with replacement; one object in six keeps a key that came up twice.
        return Gen.Select(member.Array[0, 7], Gen.Int[0, 5], (members, dice) =>
            "{" + string.Join(",", (dice == 0 ? members : members.DistinctBy(m => m.Key)).Select(m => m.Member)) + "}");
    }

    /// <summary>An object that has each of <paramref name="fields"/> once, in order, then in one case out of four a repeat of some of them.</summary>
    public static Gen<string> Shaped(IReadOnlyDictionary<string, Gen<string>> fields) =>
        Gen.Select(Complete(fields), ObjectOf(fields, 2), Gen.Int[0, 3], (whole, extra, dice) =>
            dice == 0 && extra.Length > 2 ? whole[..^1] + "," + extra[1..] : whole);

    private static Gen<string> Complete(IReadOnlyDictionary<string, Gen<string>> fields) =>
        fields.Aggregate(Gen.Const(""), (sofar, field) => Gen.Select(sofar, field.Value, (text, value) =>
            (text.Length == 0 ? "" : text + ",") + $"\"{field.Key}\":{value}")).Select(members => "{" + members + "}");

    private static string Array(string[] items) => "[" + string.Join(",", items) + "]";

    /// <summary>Quotes a string, writing every surrogate as an escape (so half a pair stays half a pair).</summary>
    public static string Literal(string raw)
    {
        var text = new StringBuilder("\"");
        foreach (var c in raw)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}

using System.Text;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// The part of "what users type is shown, never obeyed" that is the same on every surface: control
/// characters and explicit bidirectional controls are dropped before a channel escapes its own markup.
/// C0/C1 controls carry terminal escapes (ESC starts every ANSI sequence, a lone carriage return overwrites
/// the line) and an unclosed right-to-left override or isolate reverses the bot's own words after a
/// name ("Trojan Source"). Line breaks and tabs stay; zero-width joiners and direction marks
/// (U+200E/F) stay too, since scripts and emoji need them and they cannot take over anything.
/// </summary>
public static class ShownText
{
    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // Every \r goes, so \r\n reads as the line break \n it means and a lone \r cannot rewrite the line.
            if (!IsUnsafe(text[i]))
            {
                clean.Append(text[i]);
            }
        }
        return clean.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(IsUnsafe), '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    private static bool IsUnsafe(char c) => c switch
    {
        '\n' or '\t' => false,
        < ' ' or '\u007F' => true,
        >= '\u0080' and < '\u00A0' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}

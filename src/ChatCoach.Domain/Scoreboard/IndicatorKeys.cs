using System.Text;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Keys are stable slugs made once from the name an indicator was added with ("Pipeline per
/// program dollar" → <c>pipeline-per-program-dollar</c>). A rename never changes the key, so values,
/// nudges and exports keep pointing at the same row.
/// </summary>
public static class IndicatorKeys
{
    public const int MaxLength = 60;

    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        text = text.Length > MaxLength ? text[..MaxLength].TrimEnd('-') : text;
        return text.Length == 0 ? "indicator" : text;
    }

    /// <summary>The slug of <paramref name="name"/>, numbered when a row (retired ones included) already has it.</summary>
    public static string UniqueSlug(string name, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var slug = Slug(name);
        var candidate = slug;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }
}

using System.Text.RegularExpressions;

namespace ChatCoach.Architecture.Tests;

/// <summary>
/// A phrase pattern is read and changed by people: a long one is written over several lines, one
/// group of alternatives per line, so a diff shows which alternative changed (issue 28 found one of
/// 663 characters on a single line).
/// </summary>
public sealed partial class PhrasePatternTests
{
    private const int Longest = 250;

    [Fact]
    public void No_regex_pattern_is_written_on_one_line_longer_than_250_characters()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var tooLong = sources.SelectMany(file => File.ReadLines(file).Select((line, n) => (file, line, n)))
            .Where(l => l.line.Length > Longest && RegexLine().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.file)}:{l.n + 1} ({l.line.Length} characters)");

        Assert.Empty(tooLong);
    }

    [GeneratedRegex(@"GeneratedRegex\(|new Regex\(")]
    private static partial Regex RegexLine();
}

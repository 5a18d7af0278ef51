using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>The indicator slot of a message the classifier labelled, read on the default board.</summary>
public sealed class SlotReaderTests
{
    [Theory]
    [InlineData("I'll look after time to proof from now on", "result-to-proof-days")]
    [InlineData("who runs referenceable proof these days", "proof-shipped")]
    [InlineData("proof shipped and time to offer change", null)]
    public void A_name_inside_a_longer_name_does_not_make_a_second_row(string cleaned, string? row) =>
        Assert.Equal(row, SlotReader.Indicator(cleaned, DefaultScoreboard.Indicators));

    /// <summary>
    /// The slot reader skips the windows of a message without a word that may be part of a name; what
    /// it finds must be what trying every window finds, on every way of talking the corpus has.
    /// </summary>
    [Fact]
    public void Skipping_windows_without_a_name_word_finds_what_trying_every_window_finds()
    {
        var board = DefaultScoreboard.Indicators;
        foreach (var row in CorpusRow.Corpus.Where((_, i) => i % 4 == 0))
        {
            var cleaned = ChatCoach.Conversation.Utterance.Clean(row.Text);
            if (IndicatorMatcher.MentionedIn(cleaned, board).Count > 0)
            {
                continue; // A row named outright is read before any window is tried.
            }
            Assert.True(EveryWindow(cleaned, board) == SlotReader.Indicator(cleaned, board), $"\"{row.Text}\"");
        }
    }

    /// <summary>The slot reader's windows as they were read before any was skipped: every window, longest first.</summary>
    private static string? EveryWindow(string cleaned, IReadOnlyList<Indicator> board)
    {
        var words = cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var length = Math.Min(5, words.Length); length >= 1 && found.Count == 0; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (IndicatorMatcher.Match(string.Join(' ', words, start, length), board).Indicator is { } row)
                {
                    found.Add(row.Key);
                }
            }
        }
        return found.Count == 1 ? found.First() : null;
    }
}

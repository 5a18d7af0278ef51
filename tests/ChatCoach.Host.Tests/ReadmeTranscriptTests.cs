namespace ChatCoach.Host.Tests;

/// <summary>
/// The README's console transcripts cannot drift: each marked one is replayed through the real
/// console on its fixed clock and must come out the same. After a deliberate change of wording,
/// scripts/regenerate-readme-transcripts.sh rewrites them (it runs this test with
/// CHATCOACH_REGENERATE_README=1).
/// </summary>
public sealed class ReadmeTranscriptTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("chatcoach-readme-");

    [Fact]
    public async Task Every_marked_transcript_in_the_README_is_what_the_console_prints()
    {
        var path = ReadmeTranscripts.ReadmePath();
        var readme = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        var transcripts = ReadmeTranscripts.In(readme);
        var printed = new List<string>();
        foreach (var transcript in transcripts)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, transcript.Session)).FullName;
            var environment = new Dictionary<string, string>(transcript.Environment) { ["ChatCoach__Clock__StartAt"] = transcript.At };
            printed.Add(await ReplayAsync(transcript, folder, environment));
        }

        if (Environment.GetEnvironmentVariable("CHATCOACH_REGENERATE_README") == "1")
        {
            await File.WriteAllTextAsync(path, Rewritten(readme, transcripts, printed));
            return;
        }
        Assert.NotEmpty(transcripts);
        for (var i = 0; i < transcripts.Count; i++)
        {
            Assert.True(ReadmeTranscripts.Tidy(transcripts[i].Body) == printed[i],
                $"README transcript {i + 1} (session {transcripts[i].Session}) drifted; run scripts/regenerate-readme-transcripts.sh. The console printed:\n{printed[i]}");
        }
    }

    /// <summary>Runs the block's session once: a reply that went wrong is a drift like any other.</summary>
    private static async Task<string> ReplayAsync(ReadmeTranscripts.Transcript transcript, string folder, Dictionary<string, string> environment)
    {
        var result = await HostProcess.RunAsync(transcript.Arguments, transcript.Input, folder, environment, TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, $"{transcript.Arguments} exited {result.ExitCode}: {result.Error}");
        // The session's data folder is a temporary one: shown as the default a reader's console uses.
        return ReadmeTranscripts.Tidy(result.Output.Replace(folder, ReadmeTranscripts.ShownDataFolder, StringComparison.Ordinal));
    }

    private static string Rewritten(string readme, IReadOnlyList<ReadmeTranscripts.Transcript> transcripts, List<string> printed)
    {
        // From the end, so the earlier blocks' offsets stay right.
        for (var i = transcripts.Count - 1; i >= 0; i--)
        {
            readme = readme[..transcripts[i].Start] + printed[i] + readme[(transcripts[i].Start + transcripts[i].Length)..];
        }
        return readme;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }
}

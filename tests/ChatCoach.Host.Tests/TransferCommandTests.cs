using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Host.Tests;

/// <summary>`export` and `import` run as the real executable, on real SQLite files.</summary>
public sealed class TransferCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("chatcoach-transfer-");

    private string PathOf(string name) => Path.Combine(_directory.FullName, name);

    [Fact]
    public async Task An_export_written_to_a_file_imports_into_another_database_and_a_bad_file_stores_nothing()
    {
        // October 2026 has ended whenever this runs, so the values are valid on any day.
        var session = await HostProcess.RunAsync($"console --user dana --db \"{PathOf("a.db")}\"",
            "record 412 for cost per opp for October 2026\nrecord 400 for cost per opp for October 2026\nexport the scoreboard as csv\n", _directory.FullName);

        var export = await HostProcess.RunAsync($"export --db \"{PathOf("a.db")}\" --output \"{PathOf("a.csv")}\"", "", _directory.FullName);
        var lines = File.ReadAllLines(PathOf("a.csv"));

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(string.Join(',', ScoreboardCsv.Header), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("local,cost-per-qualified-opp,Cost per qualified opportunity,currency,2026-10,2,value,400,local:dana,", lines[2], StringComparison.Ordinal);
        // "export the scoreboard" in the console writes the same CSV and answers with its path.
        var chatExport = Assert.Single(Directory.GetFiles(PathOf("exports")));
        Assert.Contains($"✓ Exported 2 value revisions with their provenance as CSV: {chatExport}", session.Output, StringComparison.Ordinal);
        Assert.Equal(lines, File.ReadAllLines(chatExport));

        var dry = await HostProcess.RunAsync($"import \"{PathOf("a.csv")}\" --dry-run --user ops --db \"{PathOf("b.db")}\"", "", _directory.FullName);
        var imported = await HostProcess.RunAsync($"import \"{PathOf("a.csv")}\" --user ops --db \"{PathOf("b.db")}\"", "", _directory.FullName);
        var again = await HostProcess.RunAsync($"import \"{PathOf("a.csv")}\" --user ops --db \"{PathOf("b.db")}\"", "", _directory.FullName);

        Assert.StartsWith("Dry run: would import 2 values", dry.Output, StringComparison.Ordinal);
        Assert.StartsWith("Imported 2 values", imported.Output, StringComparison.Ordinal);
        Assert.StartsWith("Imported 0 values", again.Output, StringComparison.Ordinal);
        Assert.Contains("2 already stored and skipped", again.Output, StringComparison.Ordinal);
        var history = await HostProcess.RunAsync($"console --user dana --db \"{PathOf("b.db")}\"", "history of cost per opp\n", _directory.FullName);
        Assert.Contains("imported by local:ops", history.Output, StringComparison.Ordinal);

        File.WriteAllLines(PathOf("bad.csv"), [lines[0], lines[1].Replace(",412,", ",lots,", StringComparison.Ordinal)]);
        var bad = await HostProcess.RunAsync($"import \"{PathOf("bad.csv")}\" --db \"{PathOf("c.db")}\"", "", _directory.FullName);
        var empty = await HostProcess.RunAsync($"export --db \"{PathOf("c.db")}\"", "", _directory.FullName);

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Nothing was imported", bad.Error, StringComparison.Ordinal);
        Assert.Contains("line 2: value 'lots' is not a number", bad.Error, StringComparison.Ordinal);
        Assert.Equal(string.Join(',', ScoreboardCsv.Header), empty.Output.Trim());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}

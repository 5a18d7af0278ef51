namespace ChatCoach.Host.Tests;

/// <summary>The terminal commands write into the data folder, never into the folder they are run from.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly DirectoryInfo _workingDirectory = Directory.CreateTempSubdirectory("chatcoach-cwd-");
    private readonly DirectoryInfo _setting = Directory.CreateTempSubdirectory("chatcoach-setting-");
    private readonly DirectoryInfo _option = Directory.CreateTempSubdirectory("chatcoach-option-");

    [Fact]
    public async Task The_console_keeps_its_database_and_exports_in_the_data_folder_and_says_where()
    {
        var environment = new Dictionary<string, string> { ["ChatCoach__DataDir"] = _setting.FullName };

        var chat = await HostProcess.RunAsync("console --user dana", "record 412 for cost per opp for October 2026\nexport the scoreboard as csv\n",
            _workingDirectory.FullName, environment);
        var export = await HostProcess.RunAsync("export", "", _workingDirectory.FullName, environment);

        Assert.Equal(0, chat.ExitCode);
        Assert.Empty(_workingDirectory.GetFileSystemInfos());
        Assert.True(File.Exists(Path.Combine(_setting.FullName, "chatcoach.db")));
        Assert.Single(Directory.GetFiles(Path.Combine(_setting.FullName, "exports")));
        Assert.Contains(_setting.FullName, chat.Error, StringComparison.Ordinal);
        Assert.Contains(",cost-per-qualified-opp,", export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_dir_moves_the_folder_ahead_of_the_setting_and_db_still_names_the_database()
    {
        var environment = new Dictionary<string, string> { ["ChatCoach__DataDir"] = _setting.FullName };
        var elsewhere = Path.Combine(_option.FullName, "mine.db");

        var moved = await HostProcess.RunAsync($"console --user dana --data-dir \"{_option.FullName}\"", "record 412 for cost per opp for October 2026\n",
            _workingDirectory.FullName, environment);
        var named = await HostProcess.RunAsync($"console --user dana --db \"{elsewhere}\"", "record 400 for cost per opp for October 2026\n",
            _workingDirectory.FullName, environment);

        Assert.Equal(0, moved.ExitCode);
        Assert.Equal(0, named.ExitCode);
        Assert.True(File.Exists(Path.Combine(_option.FullName, "chatcoach.db")));
        Assert.True(File.Exists(elsewhere));
        Assert.Empty(_setting.GetFiles("*.db"));
        Assert.Empty(_workingDirectory.GetFileSystemInfos());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var directory in new[] { _workingDirectory, _setting, _option })
        {
            directory.Delete(recursive: true);
        }
    }
}

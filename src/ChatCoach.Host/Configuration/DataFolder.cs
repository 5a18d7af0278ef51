namespace ChatCoach.Host.Configuration;

/// <summary>
/// Where the terminal commands keep what they write — the database, console pictures and exports —
/// so that trying the bot from a clone leaves the source tree as it was. A per-user folder unless
/// --data-dir or ChatCoach:DataDir moves it.
/// </summary>
public sealed class DataFolder(string path)
{
    public const string OptionName = "data-dir";
    public const string SettingKey = "ChatCoach:DataDir";
    public const string DatabaseFile = "chatcoach.db";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Pictures => System.IO.Path.Combine(Path, "pictures");

    public string Exports => System.IO.Path.Combine(Path, "exports");

    public string Database => System.IO.Path.Combine(Path, DatabaseFile);

    /// <summary>$XDG_DATA_HOME/chatcoach, else ~/.local/share/chatcoach (on Windows, %LOCALAPPDATA%\chatcoach).</summary>
    public static string DefaultPath =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "chatcoach");

    /// <summary>The option wins over the setting, the setting over the per-user default. Created only when something is written to it.</summary>
    public static DataFolder Resolve(string? option, IConfiguration configuration) =>
        new(option is { Length: > 0 } ? option : configuration[SettingKey] is { Length: > 0 } set ? set : DefaultPath);
}

namespace ChatCoach.Host.Configuration;

/// <summary>
/// Configuration is read once, at start-up, where the options are validated. The host's default
/// would watch the content root for appsettings changes, and that watch covers every file beneath
/// it, the SQLite database and its write-ahead log included: under load the watcher thread spent
/// a seventh of the process's CPU reading change events for database writes (docs/performance.md).
/// </summary>
public static class ConfigurationReadOnce
{
    /// <summary>The host setting that turns the appsettings watch off.</summary>
    public const string Setting = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>The command line with the watch turned off ahead of whatever the operator passed.</summary>
    public static string[] Args(IEnumerable<string> args) => [Setting, .. args];
}

namespace ChatCoach.Host.Commands;

/// <summary>
/// Configuration written on the command line, --Section:Key=value (ASP.NET Core's form). They are
/// not options of any command, so they are set aside before parsing and handed to the configuration.
/// </summary>
public static class Settings
{
    public static bool IsSetting(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=') is > 2 and var equals && token[..equals].Contains(':', StringComparison.Ordinal);

    /// <summary>The configuration a command without a host reads (teams-package): appsettings.json, the environment, the settings.</summary>
    public static IConfiguration Configuration(CommandLine line) =>
        new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().AddCommandLine([.. line.PassThrough]).Build();
}

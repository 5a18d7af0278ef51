using ChatCoach.Channels.Teams.Package;

namespace ChatCoach.Host.Commands;

/// <summary>`teams-package [--app-id ID] [--output PATH]`: builds the Teams app package zip from manifests/teams.</summary>
public static class TeamsPackageCommand
{
    public static int Run(CommandLine line, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var appId = line.Option("app-id") ?? configuration["ChatCoach:Teams:AppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            error.WriteLine("teams-package needs the bot's app id: pass --app-id or set ChatCoach:Teams:AppId.");
            return 2;
        }
        var manifests = line.Option("manifests") ?? Path.Combine("manifests", "teams");
        if (!File.Exists(Path.Combine(manifests, "manifest.json")))
        {
            error.WriteLine($"No manifest.json in '{manifests}'; run from the repository root or pass --manifests DIR.");
            return 2;
        }
        var zip = line.Option("output") ?? "chatcoach-teams.zip";
        TeamsAppPackage.Build(manifests, appId, zip);
        output.WriteLine($"Wrote {Path.GetFullPath(zip)} for app {appId}. Upload it in Teams (Apps → Manage your apps → Upload an app).");
        return 0;
    }
}

using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatCoach.Channels.Teams.Package;

/// <summary>
/// Builds the app package to upload to Teams: manifest.json (with the bot's app id filled in) and
/// the two icons at the root of a zip:
/// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package
/// </summary>
public static class TeamsAppPackage
{
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    public static void Build(string manifestDir, string appId, string outputZipPath)
    {
        if (!Guid.TryParse(appId, out var id))
        {
            throw new ArgumentException($"The app id must be the bot's Entra app id (a GUID), not '{appId}'.", nameof(appId));
        }
        var manifest = FilledManifest(Path.Combine(manifestDir, "manifest.json"), id.ToString("D"));
        if (Path.GetDirectoryName(Path.GetFullPath(outputZipPath)) is { } outputDir)
        {
            Directory.CreateDirectory(outputDir);
        }
        File.Delete(outputZipPath);
        using var zip = ZipFile.Open(outputZipPath, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }
        foreach (var icon in Files.Skip(1))
        {
            zip.CreateEntryFromFile(Path.Combine(manifestDir, icon), icon);
        }
    }

    // The app and its bot share one id: one Entra registration is all a single-bot app needs.
    private static string FilledManifest(string path, string appId)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        manifest["id"] = appId;
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            bot!["botId"] = appId;
        }
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

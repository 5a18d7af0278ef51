using System.Globalization;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Scoreboard;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatCoach.Host.Configuration;

/// <summary>
/// Opens the definition file named by ChatCoach:Scoreboard:Definition. YAML (.yaml, .yml) is read
/// into the JSON shape, so both formats are checked by the one reader, problem by problem.
/// </summary>
public static class ScoreboardDefinitionFile
{
    public static ScoreboardTemplate Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScoreboardDefinitionException([$"the file '{path}' does not exist."]);
        }
        var text = File.ReadAllText(path);
        var yaml = Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";
        return ScoreboardDefinitionReader.Parse(yaml ? YamlToJson(text, path) : text, Path.GetFileName(path));
    }

    private static string YamlToJson(string yaml, string path)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StringReader(yaml);
            stream.Load(reader);
            return stream.Documents.Count == 0 ? "{}" : (Convert(stream.Documents[0].RootNode)?.ToJsonString() ?? "{}");
        }
        catch (YamlException e)
        {
            throw new ScoreboardDefinitionException([$"{Path.GetFileName(path)} is not valid YAML (line {e.Start.Line}): {e.Message}"]);
        }
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Value: null or "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value!.ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };
}

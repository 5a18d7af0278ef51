using ChatCoach.Domain.Scoreboard;
using ChatCoach.Host.Configuration;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

public sealed class ScoreboardDefinitionTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("chatcoach-definition-");

    [Fact]
    public async Task A_yaml_definition_seeds_a_new_workspace_instead_of_the_defaults()
    {
        var file = Write("board.yaml", """
            indicators:
              - name: Pipeline per program dollar
                unit: currency
                better: higher
                target: 3
                lagging: Pipeline
                why: Every program should pay for itself in pipeline.
              - key: analyst-mentions
                name: Analyst mentions
                unit: count
                better: higher
                owner: slack:UDANA
            """);
        using var sqlite = new TempSqlite();
        var store = new SqlScoreboardStore(await sqlite.MigratedAsync(), TimeProvider.System, ScoreboardDefinitionFile.Load(file));

        await store.EnsureWorkspaceAsync(new("slack:TNEW"), CancellationToken.None);

        var rows = await store.IndicatorsAsync(new("slack:TNEW"), CancellationToken.None);
        Assert.Equal(["pipeline-per-program-dollar", "analyst-mentions"], rows.Select(r => r.Key));
        Assert.Equal((Unit.Currency, 3m, "Pipeline", "Every program should pay for itself in pipeline."), (rows[0].Unit, rows[0].Target, rows[0].LaggingMetric, rows[0].Why));
        Assert.Equal("slack:UDANA", rows[1].Owner?.Id);
    }

    [Fact]
    public void Every_problem_in_a_json_definition_is_named_with_its_place()
    {
        var file = Write("board.json", """
            { "indicators": [
              { "name": "Cost per opp", "unit": "currency", "better": "lower" },
              { "name": "Win rate", "unit": "furlongs", "better": "sideways", "target": "140%" },
              { "name": "Cost per opp", "unit": "currency", "better": "lower", "owner": "dana" }
            ] }
            """);

        var problems = new ScoreboardOptionsValidator().Validate(null, new ScoreboardOptions { Definition = file }).Failures!.Single();

        Assert.Contains("ChatCoach:Scoreboard:Definition", problems, StringComparison.Ordinal);
        Assert.Contains("indicators[1].unit: 'furlongs' is not a unit", problems, StringComparison.Ordinal);
        Assert.Contains("indicators[1].better: 'sideways' should be higher or lower.", problems, StringComparison.Ordinal);
        Assert.Contains("indicators[2]: 'Cost per opp' (cost-per-opp) collides with or is too close to an earlier row.", problems, StringComparison.Ordinal);
        Assert.Contains("indicators[2].owner: 'dana' is not a user reference", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_broken_yaml_are_start_up_errors_that_name_the_key()
    {
        var broken = Write("broken.yml", "indicators:\n  - name: [unclosed\n");

        var missing = new ScoreboardOptionsValidator().Validate(null, new ScoreboardOptions { Definition = Path.Combine(_directory.FullName, "nope.json") });
        var invalid = new ScoreboardOptionsValidator().Validate(null, new ScoreboardOptions { Definition = broken });

        Assert.Contains("ChatCoach:Scoreboard:Definition", missing.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("does not exist", missing.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("broken.yml is not valid YAML", invalid.FailureMessage, StringComparison.Ordinal);
        Assert.True(new ScoreboardOptionsValidator().Validate(null, new ScoreboardOptions()).Succeeded);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _directory.Delete(recursive: true);
}

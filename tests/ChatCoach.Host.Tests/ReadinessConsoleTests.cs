using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>The readiness interview in the console, through the real host process and its shipped question bank.</summary>
public sealed class ReadinessConsoleTests : IDisposable
{
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    private Task<HostProcess.Result> ChatAsync(params string[] lines) =>
        HostProcess.RunAsync($"console --user dana --db \"{_file.Path}\"", string.Join("\n", lines) + "\n", Path.GetDirectoryName(_file.Path)!, new Dictionary<string, string>());

    [Fact]
    public async Task A_full_interview_survives_a_restart_mid_way_and_ends_with_the_result()
    {
        var first = await ChatAsync("start the readiness survey", "1", "1", "4", "mostly", "1", "no idea", "skip", "back", "5");
        var second = await ChatAsync(
            "resume the survey", "4", "3", "2", "not really", "yes", "5", "4", "3", "4", "5", "5", "4", "2", "close the survey");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var before = first.Output.Split("\n> ");
        Assert.Contains("[1] Take the survey", before[0]);
        Assert.Contains("Question 1 of 16", before[1]);
        Assert.Contains("I read “mostly” as 4 — Agree.", before[4]);
        Assert.Contains("answer \"skip\"", before[6]);
        Assert.Contains("Back one question", before[8]);
        Assert.Contains("Question 5 of 16", before[9]);
        var after = second.Output.Split("\n> ");
        Assert.Contains("Welcome back", after[0]);
        Assert.Contains("Question 5 of 16", after[0]);
        Assert.Contains("Here is your own result", after[13]);
        var result = after[14];
        Assert.Contains("Survey closed.", result);
        Assert.Matches(@"Organizational capacity  [█░]{10} 85%", result);
        Assert.Contains("Position:", result);
        Assert.Contains("1 started, 1 finished (1 leader and 0 individual contributors answered).", result);
        Assert.Contains("Stage the team believes it is at: Experimentation (1).", result);
    }

    [Fact]
    public async Task A_broken_question_bank_stops_the_host_with_its_problems_listed()
    {
        var bank = Path.Combine(Path.GetDirectoryName(_file.Path)!, "bank.json");
        await File.WriteAllTextAsync(bank, """{ "scale": ["a","b"], "questions": [] }""");

        var result = await HostProcess.RunAsync($"console --user dana --db \"{_file.Path}\"", "help\n", Path.GetDirectoryName(_file.Path)!,
            new Dictionary<string, string> { ["ChatCoach__Readiness__QuestionBank"] = bank });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ChatCoach:Readiness:QuestionBank", result.Error);
        Assert.Contains("scale must list 5 non-empty labels", result.Error);
        Assert.Contains("\"role\" is missing", result.Error);
    }
}

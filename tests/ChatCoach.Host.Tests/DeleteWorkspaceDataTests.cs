using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>"Delete this workspace's data" through the real console: a confirmation first, admins only, then everything goes.</summary>
public sealed class DeleteWorkspaceDataTests : IDisposable
{
    private readonly TempSqlite _file = new();
    private readonly Dictionary<string, string> _environment = new() { ["ChatCoach__Admins__0"] = "local:alex" };

    public void Dispose() => _file.Dispose();

    private Task<HostProcess.Result> ChatAsync(string user, params string[] lines) =>
        HostProcess.RunAsync($"console --user {user} --db \"{_file.Path}\"", string.Join("\n", lines) + "\n",
            Path.GetDirectoryName(_file.Path)!, _environment);

    [Fact]
    public async Task The_data_is_deleted_only_after_an_admin_confirms()
    {
        var asked = await ChatAsync("alex", "record 412 for cost per qualified opportunity for 2026-10", "delete this workspace's data", "history of cost per opp");
        var lee = await ChatAsync("lee", "yes, delete all of this workspace's data", "history of cost per opp");
        var confirmed = await ChatAsync("alex", "Yes, delete all of this workspace's data.", "history of cost per opp");

        var before = asked.Output.Split("\n> ");
        Assert.Contains("permanently deletes everything", before[1]);
        Assert.Contains("$412", before[2]);
        Assert.Contains("Only an admin can do that.", lee.Output);
        Assert.Contains("$412", lee.Output.Split("\n> ")[1]);
        var after = confirmed.Output.Split("\n> ");
        Assert.Contains("this workspace's data is deleted", after[0]);
        Assert.DoesNotContain("$412", after[1]);
    }
}

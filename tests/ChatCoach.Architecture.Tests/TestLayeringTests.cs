using System.Xml.Linq;

namespace ChatCoach.Architecture.Tests;

/// <summary>
/// Tests follow the tree: a test of the domain, storage, the conversation or one feature compiles
/// without the host, so it runs the feature as its own Add…() wires it and builds only what it tests.
/// Only the host's tests, the channels' end-to-end tests and the benchmark's start the whole application.
/// Read from the test projects' files, since a test assembly is not copied beside this one.
/// </summary>
public sealed class TestLayeringTests
{
    private static readonly string[] WholeApplicationTests =
        ["ChatCoach.Host.Tests", "ChatCoach.Channels.Slack.Tests", "ChatCoach.Channels.Teams.Tests", "ChatCoach.TestSupport.Host", "ChatCoach.Architecture.Tests", "ChatCoach.Bench.Tests"];

    public static TheoryData<string> ProjectsWithoutTheHost()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.GetDirectories(Path.Combine(Repository.Root, "tests")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!WholeApplicationTests.Contains(project) && File.Exists(ProjectFile(project!)))
            {
                data.Add(project!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProjectsWithoutTheHost))]
    public void A_test_project_below_the_host_references_neither_the_host_nor_its_test_support(string project)
    {
        var references = XDocument.Load(ProjectFile(project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')));

        Assert.DoesNotContain(references, r => r is "ChatCoach.Host" or "ChatCoach.TestSupport.Host");
    }

    private static string ProjectFile(string project) => Path.Combine(Repository.Root, "tests", project, project + ".csproj");
}

namespace ChatCoach.Architecture.Tests;

/// <summary>
/// Dependencies point inward: the domain does no I/O; the kernel and the conversation name no feature;
/// features (scoreboard, nudges, readiness, API tokens) and the shared code (plugins, conversation, charts)
/// know no channel and no host (a feature with a table of its own uses the storage toolkit);
/// channels and storage know only the domain. Adding a reference the wrong
/// way fails here, with the offending names.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] Channels = ["ChatCoach.Channels.Console", "ChatCoach.Channels.Slack", "ChatCoach.Channels.Teams"];

    /// <summary>The shared projects, where no single feature's code belongs.</summary>
    private static readonly string[] Core = ["ChatCoach.Domain", "ChatCoach.Plugins", "ChatCoach.Conversation", "ChatCoach.Host", "ChatCoach.Storage"];

    private static readonly string[] FeatureProjects = ["ChatCoach.Scoreboard", "ChatCoach.Nudges", "ChatCoach.Readiness", "ChatCoach.ApiTokens"];

    private static readonly string[] Features = ["ChatCoach.Plugins", "ChatCoach.Conversation", "ChatCoach.Charts", "ChatCoach.Scoreboard", "ChatCoach.Nudges", "ChatCoach.Readiness", "ChatCoach.ApiTokens"];

    /// <summary>Namespaces whose types do I/O or tie code to a framework the domain must not know.</summary>
    private static readonly string[] IoNamespaces =
    [
        "System.IO.", "System.Net.", "System.Data.", "Microsoft.Data.", "Npgsql.", "Microsoft.AspNetCore.",
        "Microsoft.Extensions.Hosting.", "Microsoft.SemanticKernel.", "SkiaSharp.",
    ];

    /// <summary>Pure types from System.IO: text read from a string in memory, no file or socket.</summary>
    private static readonly string[] PureIoTypes = ["System.IO.StringReader", "System.IO.StringWriter", "System.IO.TextReader", "System.IO.TextWriter", "System.IO.InvalidDataException"];

    [Fact]
    public void The_domain_uses_no_type_that_does_io()
    {
        var domain = CompiledAssembly.Read("ChatCoach.Domain");

        var io = domain.TypesUsed
            .Where(t => IoNamespaces.Any(n => t.StartsWith(n, StringComparison.Ordinal)) || t is "System.Console")
            .Except(PureIoTypes)
            .ToList();

        Assert.Empty(io);
    }

    [Fact]
    public void The_domain_references_no_other_product_project() =>
        Assert.Empty(CompiledAssembly.Read("ChatCoach.Domain").ProductReferences);

    [Theory]
    [InlineData("ChatCoach.Plugins")]
    [InlineData("ChatCoach.Conversation")]
    [InlineData("ChatCoach.Charts")]
    [InlineData("ChatCoach.Scoreboard")]
    [InlineData("ChatCoach.Nudges")]
    [InlineData("ChatCoach.Readiness")]
    [InlineData("ChatCoach.ApiTokens")]
    public void A_feature_references_no_channel_or_host(string feature)
    {
        var references = CompiledAssembly.Read(feature).ProductReferences.ToList();

        Assert.DoesNotContain(references, r => Channels.Contains(r) || r is "ChatCoach.Host");
    }

    [Theory]
    [InlineData("ChatCoach.Plugins")]
    [InlineData("ChatCoach.Conversation")]
    [InlineData("ChatCoach.Charts")]
    [InlineData("ChatCoach.Scoreboard")]
    public void Shared_feature_code_keeps_no_table_of_its_own(string feature) =>
        Assert.DoesNotContain("ChatCoach.Storage", CompiledAssembly.Read(feature).ProductReferences);

    /// <summary>A feature plugs in (its plugins, presenters, flows and planner registered by its Add…()); the kernel and the conversation never name one.</summary>
    [Theory]
    [InlineData("ChatCoach.Plugins")]
    [InlineData("ChatCoach.Conversation")]
    public void The_kernel_and_the_conversation_name_no_feature(string shared) =>
        Assert.Empty(CompiledAssembly.Read(shared).ProductReferences.Intersect(FeatureProjects));

    [Theory]
    [InlineData("Nudges")]
    [InlineData("Readiness")]
    public void A_feature_lives_in_its_own_project(string feature)
    {
        var elsewhere = Core
            .SelectMany(a => System.Reflection.Assembly.Load(a).GetTypes())
            .Where(t => t.Namespace?.Split('.').Contains(feature) == true)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(elsewhere);
    }

    [Theory]
    [InlineData("ChatCoach.Channels.Console")]
    [InlineData("ChatCoach.Channels.Slack")]
    [InlineData("ChatCoach.Channels.Teams")]
    public void A_channel_references_only_the_domain(string channel) =>
        Assert.Equal(["ChatCoach.Domain"], CompiledAssembly.Read(channel).ProductReferences);

    [Fact]
    public void Storage_references_only_the_domain() =>
        Assert.Equal(["ChatCoach.Domain"], CompiledAssembly.Read("ChatCoach.Storage").ProductReferences);

    [Fact]
    public void Only_the_host_references_a_channel()
    {
        var referrers = Features.Append("ChatCoach.Domain").Append("ChatCoach.Storage")
            .Where(a => CompiledAssembly.Read(a).ProductReferences.Any(Channels.Contains));

        Assert.Empty(referrers);
    }
}

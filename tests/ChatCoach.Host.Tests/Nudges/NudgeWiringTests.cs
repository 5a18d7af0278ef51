using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Host.Commands;
using ChatCoach.Nudges.Jobs;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Host.Tests.Nudges;

/// <summary>The server's wiring of the nudge loop.</summary>
public sealed class NudgeWiringTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Lee = new("slack:ULEE");

    [Fact]
    public async Task The_server_wires_the_scheduler_the_flow_and_the_nudges_plugin()
    {
        using var file = new TempSqlite();
        await using var app = ServeCommand.Build([$"--ConnectionStrings:ChatCoach={file.ConnectionString}", "--urls=http://127.0.0.1:0"]);
        await Host.Configuration.CoreServices.PrepareAsync(app.Services, CancellationToken.None);

        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is NudgeScheduler);
        Assert.Contains(app.Services.GetServices<IConversationFlow>(), f => f is ChatCoach.Nudges.Conversation.NudgeFlow);
        var coach = app.Services.GetRequiredService<ICoach>();
        var reply = await coach.ReplyAsync(new TurnContext(Acme, Lee, "slack", "D1"), "snooze 3 days", CancellationToken.None);
        Assert.Contains("You don't owe any value", Text(reply));
        Assert.Empty(app.Services.GetServices<IProactiveChannel>());
    }

    private static string Text(Reply reply) => Channels.Console.ConsoleRenderer.Render(reply);
}

using System.Net;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.Http;

namespace ChatCoach.Channels.Slack.Tests.Install;

/// <summary>
/// oauth.v2.access answering 200 with something that is not Slack's answer (issue 27, row 7): the
/// person gets the "not installed" page with 502 and nothing is stored. Before the fix both were a 500.
/// </summary>
public sealed class BrokenTokenExchangeTests
{
    public static TheoryData<string, string> BrokenAnswers() => new()
    {
        { "text/html", "<html><body>Gateway says hello</body></html>" },
        { "application/json", """{"ok":"yes"}""" },
        { "application/json", "[true]" },
    };

    [Theory]
    [MemberData(nameof(BrokenAnswers))]
    public async Task A_token_exchange_slack_answers_with_something_unreadable_gets_the_not_installed_page_with_502(string contentType, string answer)
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        var state = await bot.StartInstallAsync();
        bot.Slack.Script("oauth.v2.access", context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(answer);
        });

        var page = await bot.ReturnFromSlackAsync("any-code", state);

        Assert.Equal(HttpStatusCode.BadGateway, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("ChatCoach was not installed", html);
        Assert.Contains("could not be read", html);
        Assert.Null(await bot.InstallationAsync("TALPHA"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Slack install not completed: SlackAnswerBroken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refusal_whose_error_is_not_a_string_is_still_a_refusal_page_not_a_500()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        var state = await bot.StartInstallAsync();
        bot.Slack.Script("oauth.v2.access", context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"ok":false,"error":{"nested":true}}""");
        });

        var page = await bot.ReturnFromSlackAsync("any-code", state);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Slack did not accept the install (unknown_error)", await page.Content.ReadAsStringAsync());
    }
}

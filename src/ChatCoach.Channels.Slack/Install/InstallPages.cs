using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace ChatCoach.Channels.Slack.Install;

/// <summary>The plain pages a person sees while installing. Everything shown is HTML-encoded.</summary>
public static class InstallPages
{
    public static IResult AddToSlack(Uri authorizeUrl) => Page(StatusCodes.Status200OK, "Add ChatCoach to Slack",
        "ChatCoach keeps your marketing scoreboard honest, right where your team talks.",
        $"""
        <p><a href="{Encode(authorizeUrl.ToString())}" style="display:inline-block;padding:10px 18px;background:#4a154b;color:#fff;border-radius:6px;text-decoration:none">Add to Slack</a></p>
        <p>This link works once, in this browser, for the next ten minutes.</p>
        """);

    public static IResult For(InstallOutcome outcome) => outcome.Failure switch
    {
        InstallFailure.None => Page(StatusCodes.Status200OK, "ChatCoach is installed",
            $"ChatCoach is now part of {outcome.Grant!.TeamName}.", "<p>Mention @ChatCoach in a channel, or send it a direct message: try “where do we stand”.</p>"),
        InstallFailure.CancelledInSlack => Failed(StatusCodes.Status400BadRequest,
            $"The install was not approved in Slack ({outcome.Detail}). Nothing was stored."),
        InstallFailure.NotStartedHere => Failed(StatusCodes.Status400BadRequest,
            "This page only finishes an install that was started from the “Add to Slack” page."),
        InstallFailure.OtherBrowser => Failed(StatusCodes.Status400BadRequest,
            "This install was started in a different browser, or the browser did not keep its cookie. Start again in this browser."),
        InstallFailure.StateRejected => Failed(StatusCodes.Status400BadRequest,
            "This install link has expired, was already used, or belongs to another browser. Start again from the “Add to Slack” page."),
        InstallFailure.SlackRefused => Failed(StatusCodes.Status400BadRequest,
            $"Slack did not accept the install ({outcome.Detail}). Nothing was stored; start again, and if it keeps failing check the app's client id and secret."),
        InstallFailure.SlackAnswerBroken => Failed(StatusCodes.Status502BadGateway,
            "Slack's answer to the install could not be read, so nothing was stored. Please start again; if it keeps happening, something between this server and Slack is changing its answers."),
        _ => Failed(StatusCodes.Status503ServiceUnavailable,
            "Slack could not be reached to finish the install. Nothing was stored; please try again in a minute."),
    };

    private static IResult Failed(int status, string message) =>
        Page(status, "ChatCoach was not installed", message, """<p><a href="/slack/install">Start the install again</a></p>""");

    private static IResult Page(int status, string title, string lead, string trustedHtml) => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{Encode(title)}</title></head>
        <body style="font-family:sans-serif;max-width:40em;margin:3em auto">
        <h1>{Encode(title)}</h1>
        <p>{Encode(lead)}</p>
        {trustedHtml}
        </body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

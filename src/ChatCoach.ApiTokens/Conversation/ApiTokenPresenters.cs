using System.Globalization;
using ChatCoach.ApiTokens.Plugin;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.ApiTokens.Conversation;

internal sealed class ApiTokenCreatedPresenter : ResultPresenter<ApiTokenCreated>
{
    public override bool IsReceipt => true;

    // The secret is a paragraph of its own so it copies cleanly; it is shown here and nowhere else.
    public override Reply ForPeople(ApiTokenCreated c) => new([
        new Paragraph([new TextRun("Made the API token "), new Strong(c.Name),
            new TextRun($" ({string.Join(", ", c.Scopes)}). Copy its secret now: I show it this once and keep only a fingerprint of it.")], Tone.Success),
        new Paragraph([new TextRun(c.Secret)]),
        new Paragraph([new TextRun("Send it as \"Authorization: Bearer <secret>\". Say \"revoke the API token " + c.Name + "\" if it ever leaks.")]),
    ]);

    // A model never sees the secret: it could repeat it anywhere.
    public override object ForModel(ApiTokenCreated c) => new
    {
        Outcome = "API token created; the bot shows its secret to the person itself, you do not have it",
        c.Name,
        c.Scopes,
    };

    public override void Back(ApiTokenCreated result, BackedFigures figures)
    {
    }
}

internal sealed class SecretNeedsDirectMessagePresenter : ResultPresenter<SecretNeedsDirectMessage>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(SecretNeedsDirectMessage s) => Reply.Text(
        $"I won't show a token's secret where others can read it, so I made nothing. Send me \"create an API token called {s.Name} …\" in a direct message.",
        Tone.Refusal);

    public override object ForModel(SecretNeedsDirectMessage s) => Says(s);
}

internal sealed class ApiTokensListedPresenter : ResultPresenter<ApiTokensListed>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(ApiTokensListed l) => l.Tokens.Count == 0
        ? Reply.Text("This workspace has no API tokens. An admin makes one in a direct message: \"create an API token called hubspot-sync that can write values\".")
        : new Reply([new Paragraph([new Strong("API tokens of this workspace")]), .. l.Tokens.Select(Line)]);

    public override object ForModel(ApiTokensListed l) => new
    {
        Tokens = l.Tokens.Select(t => new { t.Name, t.Scopes, CreatedBy = ModelView.Person(t.CreatedBy), CreatedOn = Day(t.CreatedAt), RevokedOn = t.RevokedAt is { } r ? Day(r) : null }).ToList(),
    };

    private static Paragraph Line(ApiToken t) => new([
        new Strong(t.Name), new TextRun($" — {string.Join(", ", t.Scopes)}, made by "), new Mention(t.CreatedBy),
        new TextRun($" on {Day(t.CreatedAt)}" + (t.RevokedAt is { } revoked ? $", revoked on {Day(revoked)}" : ", active")),
    ]);

    private static string Day(DateTimeOffset at) => at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

internal sealed class ApiTokenRevokedPresenter : ResultPresenter<ApiTokenRevoked>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ApiTokenRevoked r) => Reply.Text($"Revoked the API token {r.Name}: requests carrying it are refused from now on.", Tone.Success);

    public override object ForModel(ApiTokenRevoked r) => Says(r);
}

internal sealed class NoSuchApiTokenPresenter : ResultPresenter<NoSuchApiToken>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(NoSuchApiToken n) => Reply.Text($"This workspace has no active API token called {n.Name}. Say \"list API tokens\" to see them.", Tone.Warning);

    public override object ForModel(NoSuchApiToken n) => Says(n);
}

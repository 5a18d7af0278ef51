using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Domain.People;
using ChatCoach.Scoreboard.Board;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// "export the scoreboard" in Teams through the real host (the real plugin writes the CSV, the
/// pending file lives in SQLite) against the fake Bot Framework platform, whose upload URL stands in
/// for the person's OneDrive: the consent card in a personal chat, then each answer to it.
/// </summary>
public sealed class FileConsentEndToEndTests : IAsyncLifetime
{
    private const string ConsentCard = "application/vnd.microsoft.teams.card.file.consent";
    private const string InfoCard = "application/vnd.microsoft.teams.card.file.info";
    private const string PersonalChat = "a:1personalConversationWithDana";
    private static readonly WorkspaceId Tenant = new("teams:7a1b2c3d-0000-4000-8000-00000000a001");

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse(TestSupport.TestClock.DefaultStartAt, System.Globalization.CultureInfo.InvariantCulture));
    private RealTeamsHost _host = null!;
    private int _seen;

    public async Task InitializeAsync() =>
        _host = await RealTeamsHost.StartAsync(services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task In_a_personal_chat_the_export_is_offered_with_a_consent_card_carrying_only_an_opaque_id()
    {
        var (message, card) = await AskForTheExportAsync();

        Assert.Equal("POST", message.Method);
        Assert.Contains("Here is the scoreboard export", message.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("scoreboard-teams-7a1b2c3d-0000-4000-8000-00000000a001-20261118-100000.csv", card["name"]!.GetValue<string>());
        var content = card["content"]!;
        Assert.Contains("Scoreboard export", content["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((await CsvAsync()).Length, content["sizeInBytes"]!.GetValue<long>());
        var accept = content["acceptContext"]!.AsObject();
        Assert.Equal(["offer"], accept.Select(p => p.Key));
        Assert.True(accept["offer"]!.GetValue<string>().Length >= 43, "at least 256 random bits");
        Assert.Equal(accept.ToJsonString(), content["declineContext"]!.ToJsonString());
        Assert.DoesNotContain("cost-per-qualified-opp", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_puts_the_exact_csv_at_the_upload_url_and_shows_a_file_info_card()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);

        var (status, body) = await _host.PostForAnswerAsync(Answer("accept", offer, "f:accept-1"), _clock.GetUtcNow());
        var shown = await NextCallAsync(c => c.Body.Contains(InfoCard, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, JsonNode.Parse(body)!["statusCode"]!.GetValue<int>());
        var csv = await CsvAsync();
        var upload = Assert.Single(_host.Platform.Uploads);
        Assert.Equal("/upload/f:accept-1", upload.Path);
        Assert.Equal(csv, upload.Bytes);
        Assert.Equal($"bytes 0-{csv.Length - 1}/{csv.Length}", upload.ContentRange);
        Assert.Equal(csv.Length, upload.ContentLength);
        Assert.Equal("", upload.Authorization);
        Assert.EndsWith($"/v3/conversations/{PersonalChat}/activities", shown.Path, StringComparison.Ordinal);
        var info = Assert.Single(shown.Json!["attachments"]!.AsArray())!;
        Assert.Equal(InfoCard, info["contentType"]!.GetValue<string>());
        Assert.Equal("scoreboard.csv", info["name"]!.GetValue<string>());
        Assert.EndsWith("/ChatCoach/scoreboard.csv", info["contentUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("1150D938-8870-4044-9F2C-5BBDEBA70C9D", "csv"), (info["content"]!["uniqueId"]!.GetValue<string>(), info["content"]!["fileType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Declining_sends_nothing_says_so_and_uses_up_the_offer()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);

        var (status, _) = await _host.PostForAnswerAsync(Answer("decline", offer, "f:decline-1"), _clock.GetUtcNow());
        var said = await NextCallAsync(c => c.Path.Contains(PersonalChat, StringComparison.Ordinal));
        await _host.PostAsync(Answer("accept", offer, "f:accept-after-decline"), _clock.GetUtcNow());
        var refused = await NextCallAsync(c => c.Path.Contains(PersonalChat, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("won't send scoreboard-teams-", Text(said), StringComparison.Ordinal);
        Assert.Contains("no longer open", Text(refused), StringComparison.Ordinal);
        Assert.Empty(_host.Platform.Uploads);
    }

    [Fact]
    public async Task A_second_accept_of_the_same_offer_is_refused_and_uploads_nothing()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);
        await _host.PostAsync(Answer("accept", offer, "f:accept-1"), _clock.GetUtcNow());
        await NextCallAsync(c => c.Body.Contains(InfoCard, StringComparison.Ordinal));

        var (status, _) = await _host.PostForAnswerAsync(Answer("accept", offer, "f:accept-2"), _clock.GetUtcNow());
        var refused = await NextCallAsync(c => c.Path.Contains(PersonalChat, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("no longer open", Text(refused), StringComparison.Ordinal);
        Assert.Single(_host.Platform.Uploads);
    }

    [Fact]
    public async Task An_offer_answered_after_24_hours_is_refused()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);
        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var (status, _) = await _host.PostForAnswerAsync(Answer("accept", offer, "f:late"), _clock.GetUtcNow());
        var refused = await NextCallAsync(c => c.Path.Contains(PersonalChat, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("expired", Text(refused), StringComparison.Ordinal);
        Assert.Empty(_host.Platform.Uploads);
    }

    [Fact]
    public async Task Someone_else_or_another_conversation_cannot_claim_the_offer_which_stays_open_for_its_owner()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);
        var otherPerson = Answer("accept", offer, "f:sam");
        otherPerson["from"] = new JsonObject { ["id"] = "29:1SamTeamsUserId", ["name"] = "Sam", ["aadObjectId"] = "5a5a5a5a-1111-4222-8333-444444444444" };
        var otherConversation = Answer("accept", offer, "f:elsewhere");
        otherConversation["conversation"]!["id"] = "a:1anotherPersonalConversation";
        var forged = Answer("accept", "not-an-offer-anyone-made", "f:forged");

        foreach (var attempt in new[] { otherPerson, otherConversation, forged })
        {
            Assert.Equal(HttpStatusCode.OK, (await _host.PostForAnswerAsync(attempt, _clock.GetUtcNow())).Status);
            Assert.Contains("no longer open", Text(await NextCallAsync(_ => true)), StringComparison.Ordinal);
        }
        Assert.Empty(_host.Platform.Uploads);

        await _host.PostAsync(Answer("accept", offer, "f:dana"), _clock.GetUtcNow());
        await NextCallAsync(c => c.Body.Contains(InfoCard, StringComparison.Ordinal));
        Assert.Single(_host.Platform.Uploads);
    }

    [Fact]
    public async Task A_refused_upload_is_answered_with_a_sentence_naming_the_host_command()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);
        _host.Platform.UploadStatus = 500;

        var (status, body) = await _host.PostForAnswerAsync(Answer("accept", offer, "f:accept-1"), _clock.GetUtcNow());
        var said = await NextCallAsync(c => c.Path.Contains(PersonalChat, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        var text = Text(said);
        Assert.Contains("the upload failed", text, StringComparison.Ordinal);
        Assert.Contains($"export --workspace {Tenant.Value} --output scoreboard.csv", text, StringComparison.Ordinal);
        Assert.DoesNotContain(InfoCard, said.Body, StringComparison.Ordinal);
        Assert.Single(_host.Platform.Uploads);
    }

    [Fact]
    public async Task An_unreachable_upload_url_is_answered_with_the_same_sentence()
    {
        var offer = OfferOf((await AskForTheExportAsync()).Card);
        var answer = Answer("accept", offer, "f:accept-1");
        answer["value"]!["uploadInfo"]!["uploadUrl"] = "http://127.0.0.1:1/upload/nowhere";

        Assert.Equal(HttpStatusCode.OK, (await _host.PostForAnswerAsync(answer, _clock.GetUtcNow())).Status);
        var said = await NextCallAsync(c => c.Path.Contains(PersonalChat, StringComparison.Ordinal));

        Assert.Contains("the upload failed", Text(said), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_channel_the_export_is_a_sentence_pointing_to_the_personal_chat()
    {
        var mention = _host.Activity("message-channel-mention", "1759881512000", "<at>ChatCoach</at> export the scoreboard");
        mention["entities"] = new JsonArray(mention["entities"]!.AsArray()[0]!.DeepClone());

        Assert.Equal(HttpStatusCode.OK, await _host.PostAsync(mention, _clock.GetUtcNow()));
        var answer = await NextCallAsync(_ => true);

        Assert.Contains("personal chat", answer.Body, StringComparison.Ordinal);
        Assert.Contains($"export --workspace {Tenant.Value}", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsentCard, answer.Body, StringComparison.Ordinal);
    }

    /// <summary>Dana asks in her personal chat; the bot's answer and its consent card.</summary>
    private async Task<(ConnectorCall Message, JsonNode Card)> AskForTheExportAsync()
    {
        Assert.Equal(HttpStatusCode.OK, await _host.PostAsync(_host.Activity("message-personal", "1767765600001", "export the scoreboard"), _clock.GetUtcNow()));
        var message = await NextCallAsync(c => c.Body.Contains(ConsentCard, StringComparison.Ordinal));
        var card = message.Json!["attachments"]!.AsArray().Single(a => a!["contentType"]!.GetValue<string>() == ConsentCard)!;
        return (message, card);
    }

    private static string OfferOf(JsonNode card) => card["content"]!["acceptContext"]!["offer"]!.GetValue<string>();

    /// <summary>Dana's answer to the card, with an upload URL on the fake named after the activity.</summary>
    private JsonObject Answer(string action, string offer, string activityId)
    {
        var answer = _host.Activity("invoke-fileconsent", activityId);
        answer["value"]!["action"] = action;
        answer["value"]!["context"]!["offer"] = offer;
        answer["value"]!["uploadInfo"]!["uploadUrl"] = _host.Platform.UploadUrl(activityId);
        return answer;
    }

    private async Task<byte[]> CsvAsync() =>
        Encoding.UTF8.GetBytes(await _host.Services.GetRequiredService<ScoreboardTransfer>().ExportAsync(Tenant, CancellationToken.None));

    private static string Text(ConnectorCall call) => call.Json?["text"]?.GetValue<string>() ?? call.Body;

    /// <summary>The next connector call after those already looked at that matches (calls are read, not consumed).</summary>
    private async Task<ConnectorCall> NextCallAsync(Func<ConnectorCall, bool> wanted)
    {
        for (var poll = 0; poll < 300; poll++)
        {
            var fresh = _host.Platform.Calls.Skip(_seen).ToList();
            if (fresh.FindIndex(c => wanted(c)) is var at and >= 0)
            {
                _seen += at + 1;
                return fresh[at];
            }
            await Task.Delay(30);
        }
        throw new TimeoutException("The connector never saw the expected call. It saw: " + string.Join(" | ", _host.Platform.Calls.Select(c => $"{c.Method} {c.Path}")));
    }
}

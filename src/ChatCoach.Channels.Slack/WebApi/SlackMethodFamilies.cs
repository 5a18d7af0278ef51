using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>chat.* — https://api.slack.com/methods/chat.postMessage</summary>
public sealed class SlackChatApi(SlackWebApi api, string? team, ChannelPacer pacer)
{
    /// <returns>The posted message's ts.</returns>
    /// <param name="metadata">Message metadata (event_type, event_payload) Slack keeps with the message: https://api.slack.com/metadata</param>
    public async Task<string> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken, JsonObject? metadata = null)
    {
        using var turn = await pacer.WaitTurnAsync(channel, cancellationToken);
        var arguments = message.ToArguments(channel);
        if (threadTs is not null)
        {
            arguments["thread_ts"] = threadTs;
        }
        if (metadata is not null)
        {
            arguments["metadata"] = metadata;
        }
        var answer = await api.CallForTeamAsync(team, "chat.postMessage", arguments, cancellationToken);
        return answer.GetProperty("ts").GetString()!;
    }

    public Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var arguments = message.ToArguments(channel);
        arguments["ts"] = ts;
        return api.CallForTeamAsync(team, "chat.update", arguments, cancellationToken);
    }

    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken)
    {
        using var turn = await pacer.WaitTurnAsync(channel, cancellationToken);
        var arguments = message.ToArguments(channel);
        arguments["user"] = user;
        await api.CallForTeamAsync(team, "chat.postEphemeral", arguments, cancellationToken);
    }
}

/// <summary>conversations.* — https://api.slack.com/methods/conversations.open</summary>
public sealed class SlackConversationsApi(SlackWebApi api, string? team)
{
    /// <returns>The id of the direct-message channel with the user.</returns>
    public async Task<string> OpenAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await api.CallForTeamAsync(team, "conversations.open", new JsonObject { ["users"] = userId }, cancellationToken);
        return answer.GetProperty("channel").GetProperty("id").GetString()!;
    }

    /// <summary>
    /// The metadata of the messages in a thread (conversations.replies) or, without one, of the
    /// channel's messages since <paramref name="oldest"/> (conversations.history), newest pages
    /// first, at most <paramref name="pages"/> pages: https://api.slack.com/methods/conversations.replies
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> MetadataAsync(string channel, string? threadTs, DateTimeOffset oldest, int pages, CancellationToken cancellationToken)
    {
        var found = new List<JsonElement>();
        string? cursor = null;
        for (var page = 0; page < pages; page++)
        {
            var arguments = new JsonObject
            {
                ["channel"] = channel, ["include_all_metadata"] = true, ["limit"] = 200,
                ["oldest"] = (oldest.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (threadTs is not null)
            {
                arguments["ts"] = threadTs;
            }
            if (cursor is not null)
            {
                arguments["cursor"] = cursor;
            }
            var answer = await api.CallForTeamAsync(team, threadTs is null ? "conversations.history" : "conversations.replies", arguments, cancellationToken);
            if (!answer.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                break;
            }
            found.AddRange(messages.EnumerateArray().Where(m => m.TryGetProperty("metadata", out _)).Select(m => m.GetProperty("metadata")));
            cursor = answer.TryGetProperty("response_metadata", out var meta) && meta.TryGetProperty("next_cursor", out var next) ? next.GetString() : null;
            if (string.IsNullOrEmpty(cursor))
            {
                break;
            }
        }
        return found;
    }
}

/// <summary>A person as users.info describes them: what the bot needs (name, time zone).</summary>
public sealed record SlackUser(string Id, string Name, string? TimeZone);

/// <summary>users.* — https://api.slack.com/methods/users.info (cached: names and zones rarely change).</summary>
public sealed class SlackUsersApi(SlackWebApi api, string? team, TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (SlackUser User, DateTimeOffset At)> _cache = new(StringComparer.Ordinal);

    public async Task<SlackUser> InfoAsync(string userId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(userId, out var cached) && clock.GetUtcNow() - cached.At < Keep)
        {
            return cached.User;
        }
        var user = (await api.CallForTeamAsync(team, "users.info", new JsonObject { ["user"] = userId }, cancellationToken)).GetProperty("user");
        var name = Text(user, "real_name") ?? Text(user, "name") ?? userId;
        var info = new SlackUser(userId, name, Text(user, "tz"));
        _cache[userId] = (info, clock.GetUtcNow());
        return info;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}

/// <summary>The bot's own identity, from auth.test.</summary>
public sealed record SlackIdentity(string UserId, string? BotId, string TeamId);

/// <summary>auth.* — https://api.slack.com/methods/auth.test (cached after the first success).</summary>
public sealed class SlackAuthApi(SlackWebApi api, string? team)
{
    private SlackIdentity? _identity;

    public async Task<SlackIdentity> TestAsync(CancellationToken cancellationToken)
    {
        if (_identity is not null)
        {
            return _identity;
        }
        var answer = await api.CallForTeamAsync(team, "auth.test", [], cancellationToken);
        _identity = new SlackIdentity(answer.GetProperty("user_id").GetString()!,
            answer.TryGetProperty("bot_id", out var bot) ? bot.GetString() : null, answer.GetProperty("team_id").GetString()!);
        return _identity;
    }
}

/// <summary>views.* — https://api.slack.com/methods/views.publish, views.open</summary>
public sealed class SlackViewsApi(SlackWebApi api, string? team)
{
    public Task PublishAsync(string userId, JsonObject view, CancellationToken cancellationToken) =>
        api.CallForTeamAsync(team, "views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view }, cancellationToken);

    public Task OpenAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        api.CallForTeamAsync(team, "views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);
}

/// <summary>apps.* — https://api.slack.com/methods/apps.connections.open (with the app-level token).</summary>
public sealed class SlackAppsApi(SlackWebApi api)
{
    public async Task<Uri> OpenConnectionAsync(string appToken, CancellationToken cancellationToken)
    {
        var answer = await api.CallAsync("apps.connections.open", [], cancellationToken, appToken);
        return new Uri(answer.GetProperty("url").GetString()!);
    }
}

using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ChatCoach.Channels.Teams.Auth;

/// <summary>
/// The channels a signing key may sign for ("endorsements" in the Bot Connector's JWKS). A key
/// that lists endorsements must list the activity's channelId.
/// </summary>
internal static class Endorsements
{
    public static IReadOnlyList<string>? Of(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return null;
        }
        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(e => e.ToString()).ToList(),
            string text => [text],
            IEnumerable items => items.Cast<object?>().Select(i => i?.ToString() ?? "").ToList(),
            _ => [raw.ToString() ?? ""],
        };
    }

    public static bool Allow(JsonWebKey key, string? channelId)
    {
        var endorsements = Of(key);
        return endorsements is null || (channelId is not null && endorsements.Contains(channelId, StringComparer.Ordinal));
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatCoach.Domain.Inbound;

/// <summary>Why a platform's body could not be read, for the log line and the dropped-input metric.</summary>
public enum MalformedInput
{
    None,
    NotJson,
    RepeatedKey,
    LoneSurrogate,
}

/// <summary>
/// The one reading of a platform's JSON body both channels trust. System.Text.Json accepts two
/// things that blow up later, far from the door: a key given twice (a JsonObject throws when first
/// touched; other readers would pick a different copy than the one the signature check looked at)
/// and a string escape with half a surrogate pair ("\ud800", which throws when the string is read).
/// A body with either is refused here, once, so nothing behind it needs to be defensive about it.
/// </summary>
public static class WellFormedJson
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>The body as a JSON object, or null with the reason it cannot be read.</summary>
    public static JsonObject? TryParseObject(string json, out MalformedInput problem)
    {
        problem = Scan(json);
        if (problem != MalformedInput.None)
        {
            return null;
        }
        try
        {
            var node = JsonNode.Parse(json, documentOptions: Strict);
            problem = node is JsonObject ? MalformedInput.None : MalformedInput.NotJson;
            return node as JsonObject;
        }
        catch (JsonException)
        {
            // The scan passed, so the text is JSON: what the strict parse refuses is a repeated key.
            problem = MalformedInput.RepeatedKey;
            return null;
        }
    }

    /// <summary>What is wrong with this JSON text, or <see cref="MalformedInput.None"/>.</summary>
    public static MalformedInput Check(string json)
    {
        var problem = Scan(json);
        if (problem != MalformedInput.None)
        {
            return problem;
        }
        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            return MalformedInput.None;
        }
        catch (JsonException)
        {
            return MalformedInput.RepeatedKey;
        }
    }

    /// <summary>The syntax and the escapes, in one pass of the reader over the text's UTF-8.</summary>
    private static MalformedInput Scan(string json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return HasLoneSurrogate(buffer.AsSpan(0, length)) ? MalformedInput.LoneSurrogate : MalformedInput.None;
        }
        catch (JsonException)
        {
            return MalformedInput.NotJson;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One pass of the reader; only escaped strings can hold half a pair, so only those are decoded.</summary>
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !Decodes(ref reader))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// A stored form of <see cref="Reply"/>, for messages that wait in the outbox: every part and inline
/// carries a "$type" name, and people, workspaces and periods are written as their text forms. The
/// names are the storage format, so renaming a class never breaks rows already written.
/// </summary>
public static class ReplyJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Write(Reply reply) => JsonSerializer.Serialize(reply, Options);

    public static Reply Read(string json) => JsonSerializer.Deserialize<Reply>(json, Options) ?? throw new JsonException("A stored reply was empty.");

    /// <summary>
    /// Several replies as one JSON array of reply objects, written in one pass. (An inbox row once kept
    /// an array of JSON strings, each a reply serialised on its own: every reply was escaped a second
    /// time — a chart's 36 KB of base64 included — for every answer kept.)
    /// </summary>
    public static string WriteAll(IReadOnlyList<Reply> replies) => JsonSerializer.Serialize(replies, Options);

    /// <summary>Reads <see cref="WriteAll"/>'s array, and the older array of one JSON string per reply that rows written before it hold.</summary>
    public static IReadOnlyList<Reply> ReadAll(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(element => element.ValueKind == JsonValueKind.String
            ? Read(element.GetString()!)
            : element.Deserialize<Reply>(Options) ?? throw new JsonException("A stored reply was empty."))];
    }

    private static JsonSerializerOptions Create()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(Polymorphic);
        resolver.Modifiers.Add(LeaveOutComputed);
        var options = new JsonSerializerOptions { TypeInfoResolver = resolver };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new TextConverter<UserRef>(u => u.Id, s => new UserRef(s)));
        options.Converters.Add(new TextConverter<WorkspaceId>(w => w.Value, s => new WorkspaceId(s)));
        options.Converters.Add(new TextConverter<Period>(p => p.ToString(), Period.Parse));
        return options;
    }

    /// <summary>
    /// Properties with only a getter are computed from the others (a standing's missing rows, a
    /// paragraph's plain text): stored, they doubled a standing's size in every kept answer, and
    /// reading ignored them. Rows written with them still read. (The serializer's own option keeps
    /// read-only collections, so the standing's rows would still be there twice.)
    /// </summary>
    private static void LeaveOutComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var computed in info.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
        {
            info.Properties.Remove(computed);
        }
    }

    private static void Polymorphic(JsonTypeInfo info)
    {
        (string, Type)[]? derived = info.Type == typeof(ReplyPart)
            ? [("paragraph", typeof(Paragraph)), ("standing", typeof(StandingTable)), ("history", typeof(HistoryTable)),
                ("owners", typeof(OwnerTable)), ("choices", typeof(Choices)), ("input", typeof(InputRequest)), ("picture", typeof(Picture)), ("file", typeof(FileAttachment))]
            : info.Type == typeof(Inline)
                ? [("text", typeof(TextRun)), ("strong", typeof(Strong)), ("mention", typeof(Mention))]
                : null;
        if (derived is null)
        {
            return;
        }
        info.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization };
        foreach (var (name, type) in derived)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
        }
    }

    private sealed class TextConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            read(reader.GetString() ?? throw new JsonException($"Expected text for {typeof(T).Name}."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts;

/// <summary>
/// Instrument panels already drawn, by everything they show: every tile's standing row (the
/// indicator as it is now, its latest and previous values with who and when, status, what is owed)
/// and its six months, and the reporting period — written out in full as the key, so an equal panel
/// is the same picture and any write, correction, new target or new month draws afresh. A panel is
/// 6–10 ms of drawing and the same one goes out again and again: with every owner's digest, and to
/// everyone who asks for it between two writes. Bounded: when full it starts over.
/// </summary>
internal sealed class PanelPictureMemo(Func<IReadOnlyList<PanelTile>, Period, ChartPicture> draw, int capacity = 64)
{
    private static readonly JsonSerializerOptions KeyOptions = new() { Converters = { new PeriodAsText() } };

    private readonly ConcurrentDictionary<string, ChartPicture> _drawn = new(StringComparer.Ordinal);

    public ChartPicture Draw(IReadOnlyList<PanelTile> tiles, Period reportingPeriod)
    {
        var key = JsonSerializer.Serialize(new { reportingPeriod, tiles }, KeyOptions);
        if (_drawn.TryGetValue(key, out var picture))
        {
            return picture;
        }
        picture = draw(tiles, reportingPeriod);
        if (_drawn.Count >= capacity)
        {
            _drawn.Clear();
        }
        _drawn[key] = picture;
        return picture;
    }

    // A period as "2026-10": its Next and Previous properties would otherwise be written without end.
    private sealed class PeriodAsText : JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Period.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}

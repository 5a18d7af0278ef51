using SkiaSharp;

namespace ChatCoach.Charts;

/// <summary>
/// The one typeface every chart uses, loaded from this assembly rather than the system: a bare
/// server has no fonts, and Skia's default typeface there draws nothing.
/// </summary>
internal static class ChartFont
{
    private static readonly Lazy<SKTypeface> Typeface = new(Load);

    public static SKFont Of(float size) => new(Typeface.Value, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream("ChatCoach.Charts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The chart font is missing from ChatCoach.Charts.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("The chart font could not be read.");
    }
}

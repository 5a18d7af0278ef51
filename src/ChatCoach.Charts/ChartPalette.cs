using SkiaSharp;

namespace ChatCoach.Charts;

/// <summary>
/// The chart colours. The series, target and status colours are distinct and opaque, so a test can
/// find what was plotted by its colour.
/// </summary>
public static class ChartPalette
{
    public static SKColor Background { get; } = SKColors.White;
    public static SKColor Text { get; } = new(0x33, 0x33, 0x33);
    public static SKColor Muted { get; } = new(0x77, 0x77, 0x77);
    public static SKColor Grid { get; } = new(0xE4, 0xE4, 0xE4);
    public static SKColor Series { get; } = new(0x1F, 0x5F, 0xBF);
    public static SKColor Target { get; } = new(0xE0, 0x7B, 0x00);
    public static SKColor OnTrack { get; } = new(0x2E, 0x8B, 0x3E);
    public static SKColor OffTrack { get; } = new(0xC6, 0x28, 0x28);
    public static SKColor NoStatus { get; } = new(0x9E, 0x9E, 0x9E);
}

using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts;

/// <summary>Where a recorded value was drawn: its month, the value, and the centre of its marker.</summary>
public sealed record PlottedPoint(Period Period, decimal Value, float X, float Y);

/// <summary>
/// A rendered chart: the PNG, its alt text, and the layout it was drawn with, so what was drawn can
/// be checked against what was recorded.
/// </summary>
/// <param name="GapColumns">The x position of every month that has no value (drawn as nothing).</param>
public sealed record ChartPicture(
    byte[] Png,
    int Width,
    int Height,
    string AltText,
    ValueAxis? Axis,
    IReadOnlyList<PlottedPoint> Points,
    IReadOnlyList<float> GapColumns,
    float? TargetY)
{
    public Picture ToPicture(string fileName, string title, string textLine) =>
        new(Png, Width, Height, fileName, title, AltText, textLine);
}

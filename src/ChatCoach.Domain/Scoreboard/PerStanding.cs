using System.Runtime.CompilerServices;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Something built from a standing, kept with it. The scoreboard hands every turn the same standing
/// until something is recorded (StandingMemo), so a channel that draws it (Slack's blocks, Teams'
/// card) builds its drawing once per standing. <c>variant</c> names whatever else the drawing
/// depends on (room left in the message, the names it shows); a different variant builds again.
/// Keyed weakly: a superseded standing and what was built from it are collected together.
/// </summary>
public sealed class PerStanding<T>
{
    private readonly ConditionalWeakTable<Standing, Kept> _byStanding = new();

    private sealed record Kept(string Variant, T Value);

    public T GetOrBuild(Standing standing, string variant, Func<T> build)
    {
        if (!_byStanding.TryGetValue(standing, out var kept) || kept.Variant != variant)
        {
            kept = new Kept(variant, build());
            _byStanding.AddOrUpdate(standing, kept);
        }
        return kept.Value;
    }
}

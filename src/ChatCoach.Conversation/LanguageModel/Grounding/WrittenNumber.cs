namespace ChatCoach.Conversation.LanguageModel.Grounding;

/// <summary>
/// A number as it appears in a reply. <see cref="Tolerance"/> is half a unit of its last written
/// digit, scaled: "31%" stands for 30.5–31.5, "1.2k" for 1,150–1,250 — so a rounded figure is
/// still the figure it rounds.
/// </summary>
public sealed record WrittenNumber(string Text, decimal Value, decimal Tolerance)
{
    public bool Stands(decimal candidate) => Math.Abs(Math.Abs(candidate) - Value) <= Tolerance;
}

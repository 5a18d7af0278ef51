using System.Diagnostics.Metrics;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// The model planner's instruments on the Meter "ChatCoach": what the model costs (tokens) and how
/// often its answers could not be used (grounding incidents, fallbacks).
/// </summary>
public sealed class PlannerMetrics : IDisposable
{
    public const string MeterName = "ChatCoach";

    private readonly Meter _meter;
    private readonly Counter<long> _promptTokens;
    private readonly Counter<long> _completionTokens;
    private readonly Counter<long> _groundingIncidents;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _turns;

    public PlannerMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _promptTokens = _meter.CreateCounter<long>("chatcoach.llm.prompt_tokens", "{token}", "Prompt (input) tokens the model service reported.");
        _completionTokens = _meter.CreateCounter<long>("chatcoach.llm.completion_tokens", "{token}", "Completion (output) tokens the model service reported.");
        _groundingIncidents = _meter.CreateCounter<long>("chatcoach.llm.grounding_incidents", "{reply}", "Model replies withheld because a number in them was not backed by this turn's function results.");
        _fallbacks = _meter.CreateCounter<long>("chatcoach.llm.fallbacks", "{turn}", "Turns answered without the model after it failed (timeout, error, malformed tool call, too many rounds).");
        _turns = _meter.CreateCounter<long>("chatcoach.llm.turns", "{turn}", "Turns by path: fast (no model call) or model.");
    }

    public Meter Meter => _meter;

    public void Tokens(long prompt, long completion, string model)
    {
        var tag = new KeyValuePair<string, object?>("model", model);
        _promptTokens.Add(prompt, tag);
        _completionTokens.Add(completion, tag);
    }

    public void GroundingIncident() => _groundingIncidents.Add(1);

    public void Fallback(ModelFailureKind kind) => _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", kind.ToString()));

    public void Turn(string path) => _turns.Add(1, new KeyValuePair<string, object?>("path", path));

    public void Dispose() => _meter.Dispose();
}

using ChatCoach.Plugins;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>What the model wrote at the end of a turn, and what the functions it called returned.</summary>
public sealed record ModelAnswer(string Text, IReadOnlyList<PluginResult> Results, int Rounds);

/// <summary>Tokens the service reported over all of a turn's requests, including failed turns' earlier rounds.</summary>
public sealed class TokenTally
{
    public long Prompt { get; private set; }

    public long Completion { get; private set; }

    public int Requests { get; private set; }

    public void Add(long prompt, long completion)
    {
        Prompt += prompt;
        Completion += completion;
        Requests++;
    }
}

using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Plugins;

namespace ChatCoach.Conversation.Presenting;

/// <summary>
/// Everything the conversation needs to know about one kind of plugin result, in one place: the
/// reply a person reads, what a language model is shown, the figures the result backs (so the
/// grounding guard can check a model's sentence against it), and whether it is a receipt (a write,
/// a refusal or a picture that must be stated under any model answer). Every concrete
/// <see cref="PluginResult"/> has exactly one presenter; a test enumerates them.
/// </summary>
public interface IResultPresenter
{
    Type ResultType { get; }

    Reply ForPeople(PluginResult result);

    object ForModel(PluginResult result);

    void Back(PluginResult result, BackedFigures figures);

    bool IsReceipt { get; }
}

/// <summary>The typed base each presenter derives from; the registry finds them by reflection.</summary>
public abstract class ResultPresenter<T> : IResultPresenter where T : PluginResult
{
    public Type ResultType => typeof(T);

    /// <summary>True for writes, refusals and pictures: the bot states these itself under a model's answer.</summary>
    public abstract bool IsReceipt { get; }

    public abstract Reply ForPeople(T result);

    public abstract object ForModel(T result);

    /// <summary>
    /// The numbers this result lets a model repeat. Unless a presenter knows better, exactly the
    /// figures its own rendering shows: the bot never lets a model say more than it would itself.
    /// </summary>
    public virtual void Back(T result, BackedFigures figures) => figures.AddText(ForPeople(result).PlainText);

    Reply IResultPresenter.ForPeople(PluginResult result) => ForPeople((T)result);

    object IResultPresenter.ForModel(PluginResult result) => ForModel((T)result);

    void IResultPresenter.Back(PluginResult result, BackedFigures figures) => Back((T)result, figures);

    /// <summary>A model view for results whose meaning is the bot's own sentence: the outcome and what the bot says.</summary>
    protected object Says(T result) => new { Outcome = typeof(T).Name, Says = ForPeople(result).PlainText };
}

using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Console;

/// <summary>
/// The console channel: each line is a turn through the same <see cref="ICoach"/> the chat platforms
/// use. On a terminal it prompts; with piped input it echoes each message before its reply so a
/// transcript reads like a chat.
/// </summary>
public sealed class ConsoleChat(ICoach coach, ConsolePictures pictures)
{
    private Choices? _lastChoices;

    public async Task RunAsync(TurnContext turn, TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (interactive)
        {
            await output.WriteLineAsync($"ChatCoach — you are {ConsoleRenderer.Who(turn.Caller)} in workspace '{turn.Workspace}'. Type 'help' to see what I can do, 'exit' to leave.");
        }
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
            }
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || (interactive && line.Trim() is "exit" or "quit"))
            {
                break;
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (!interactive)
            {
                await output.WriteLineAsync("> " + ShownText.Clean(line));
            }
            var reply = await coach.ReplyAsync(turn, Utterance(line.Trim()), cancellationToken);
            _lastChoices = reply.Parts.OfType<Choices>().LastOrDefault();
            await output.WriteLineAsync(ConsoleRenderer.Render(reply, pictures.Save));
            await output.WriteLineAsync();
        }
    }

    /// <summary>A lone digit picks from the answers just offered (never a navigation choice); anything else is sent as typed.</summary>
    private string Utterance(string line) =>
        _lastChoices is { } choices && Choice.Answers(choices) is var answers
            && int.TryParse(line, out var pick) && pick >= 1 && pick <= answers.Count && line.Length <= 2
            ? answers[pick - 1].Utterance
            : ConsoleMentions.ToNeutral(line);
}

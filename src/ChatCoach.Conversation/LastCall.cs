namespace ChatCoach.Conversation;

/// <summary>
/// A pure text function's last input and answer, kept per thread (the field using it is
/// [ThreadStatic]): the readers of one turn tidy the same message again and again, and each tidying
/// allocates several strings.
/// </summary>
internal struct LastCall
{
    private string? _input;
    private string? _output;

    public static string Of(ref LastCall last, string input, Func<string, string> compute)
    {
        if (last._input is { } seen && string.Equals(seen, input, StringComparison.Ordinal))
        {
            return last._output!;
        }
        var output = compute(input);
        last = new LastCall { _input = input, _output = output };
        return output;
    }
}

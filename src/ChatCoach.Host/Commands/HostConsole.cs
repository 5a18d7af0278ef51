namespace ChatCoach.Host.Commands;

/// <summary>The terminal a command talks to; tests hand in their own writers.</summary>
public sealed record HostConsole(TextReader In, TextWriter Out, TextWriter Error, bool Interactive)
{
    public static HostConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}

using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Api;

/// <summary>ChatCoach:Api — the values API's limits.</summary>
public sealed class ApiOptions
{
    public const string Section = "ChatCoach:Api";

    /// <summary>Requests one token may make per minute before it is answered 429.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>The largest request body accepted; a value and its note fit in far less.</summary>
    public int MaxBodyBytes { get; set; } = 16 * 1024;
}

public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options) =>
        options.RequestsPerMinute < 1 ? ValidateOptionsResult.Fail($"{ApiOptions.Section}:RequestsPerMinute must be at least 1.")
        : options.MaxBodyBytes is < 256 or > (int)Commands.ServeCommand.MaxRequestBodyBytes
            ? ValidateOptionsResult.Fail($"{ApiOptions.Section}:MaxBodyBytes must be between 256 and {Commands.ServeCommand.MaxRequestBodyBytes}.")
            : ValidateOptionsResult.Success;
}

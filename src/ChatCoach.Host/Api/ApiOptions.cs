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

    /// <summary>Whether a row's owner gets a short DM when an integration records their value.</summary>
    public bool NotifyOwner { get; set; } = true;

    /// <summary>How long an Idempotency-Key and its kept answer are kept: a retry after that writes again.</summary>
    public int IdempotencyKeyHours { get; set; } = 24;
}

public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options) =>
        options.RequestsPerMinute < 1 ? ValidateOptionsResult.Fail($"{ApiOptions.Section}:RequestsPerMinute must be at least 1.")
        : options.IdempotencyKeyHours is < 1 or > 24 * 30 ? ValidateOptionsResult.Fail($"{ApiOptions.Section}:IdempotencyKeyHours must be from 1 to 720 (30 days).")
        : options.MaxBodyBytes is < 256 or > (int)Commands.ServeCommand.MaxRequestBodyBytes
            ? ValidateOptionsResult.Fail($"{ApiOptions.Section}:MaxBodyBytes must be between 256 and {Commands.ServeCommand.MaxRequestBodyBytes}.")
            : ValidateOptionsResult.Success;
}

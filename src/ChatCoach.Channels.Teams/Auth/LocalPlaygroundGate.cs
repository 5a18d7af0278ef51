using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Teams.Auth;

/// <summary>
/// The one exception to token validation: the Microsoft 365 Agents Playground sends activities
/// without a token. They are accepted only when every condition holds — Development environment,
/// ChatCoach:Teams:AllowUnauthenticatedLocal, a loopback caller and a loopback serviceUrl.
/// </summary>
internal sealed class LocalPlaygroundGate(IHostEnvironment environment, IOptions<TeamsOptions> options)
{
    public bool Enabled => IsEnabled(environment, options.Value);

    public bool Admits(IPAddress? remoteAddress, string? serviceUrl) =>
        Enabled && remoteAddress is not null && IPAddress.IsLoopback(remoteAddress) && SigningKeySource.IsLoopback(serviceUrl);

    /// <summary>Replies to a loopback connector in this mode carry no token (the Playground has none to check).</summary>
    public bool SendsWithoutToken(Uri serviceUrl) => Enabled && serviceUrl.IsLoopback;

    public static bool IsEnabled(IHostEnvironment environment, TeamsOptions options) =>
        options.AllowUnauthenticatedLocal && environment.IsDevelopment();
}

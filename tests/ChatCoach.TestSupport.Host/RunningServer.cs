using ChatCoach.Host.Commands;
using ChatCoach.Host.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.TestSupport;

/// <summary>The real server (ServeCommand) on a loopback port picked by the OS, with a client for it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebApplication app, HttpClient http)
    {
        App = app;
        Http = http;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    /// <summary>The host's clock (it starts at <see cref="TestClock.DefaultStartAt"/> unless a setting moves it): sign requests with it.</summary>
    public TimeProvider Clock => App.Services.GetRequiredService<TimeProvider>();

    public static Task<RunningServer> StartAsync(string connectionString, params string[] settings) =>
        StartAsync(connectionString, settings, overrides: null);

    public static async Task<RunningServer> StartAsync(string connectionString, string[] settings, Action<IServiceCollection>? overrides)
    {
        var app = ServeCommand.Build(["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:ChatCoach={connectionString}",
            $"--ChatCoach:Clock:StartAt={TestClock.DefaultStartAt}", .. settings], overrides);
        await CoreServices.PrepareAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

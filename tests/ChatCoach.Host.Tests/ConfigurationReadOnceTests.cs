using ChatCoach.Host.Commands;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Configuration;

namespace ChatCoach.Host.Tests;

public sealed class ConfigurationReadOnceTests
{
    [Fact]
    public async Task The_server_does_not_watch_its_content_root_where_the_database_is_written()
    {
        using var file = new TempSqlite();
        await using var app = ServeCommand.Build([$"--ConnectionStrings:ChatCoach={file.ConnectionString}", "--urls=http://127.0.0.1:0"]);

        var fileSources = ((IConfigurationRoot)app.Configuration).Providers
            .OfType<FileConfigurationProvider>().Select(p => p.Source).ToList();

        Assert.NotEmpty(fileSources);
        Assert.All(fileSources, source => Assert.False(source.ReloadOnChange, $"{source.Path} is watched"));
    }
}

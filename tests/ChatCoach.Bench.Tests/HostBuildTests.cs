namespace ChatCoach.Bench.Tests;

/// <summary>Which host build a run measures: ReadyToRun, as deployed, unless asked for the plain one.</summary>
public sealed class HostBuildTests
{
    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--seconds", "8" }, true)]
    [InlineData(new[] { "--jit" }, false)]
    [InlineData(new[] { "--quick" }, false)]
    public void A_full_run_measures_the_host_published_ready_to_run_and_the_quick_one_the_plain_build(string[] args, bool readyToRun) =>
        Assert.Equal(readyToRun, BenchSettings.Parse(args).ReadyToRun);

    [Fact]
    public async Task The_plain_build_is_the_host_next_to_the_benchmark_and_needs_no_publish()
    {
        var host = await HostBuild.PrepareAsync(readyToRun: false);

        Assert.Same(HostBuild.Plain, host);
        Assert.True(File.Exists(host.Dll), host.Dll);
    }
}

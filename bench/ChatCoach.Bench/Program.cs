using ChatCoach.Bench;

// ChatCoach's benchmark. See docs/performance.md for the command, the machine and the latest table.
var settings = BenchSettings.Parse(args);
if (args.Contains("--turns-only"))
{
    // The in-process costs alone (no subjects, no load): a quick look while changing the hot path.
    foreach (var turn in await TurnBenchmarks.MeasureAsync(settings.Turns, Mix.Load(settings.MixPath)))
    {
        Console.WriteLine(FormattableString.Invariant($"{turn.Work}: {turn.Milliseconds:0.000} ms, {turn.AllocatedMiB * 1024:0.0} KiB allocated"));
    }
    return 0;
}
if (args.Contains("--reading-only"))
{
    // Just the reading of messages (issue 29's p99): seconds, no hosts started.
    foreach (var row in ReadingBenchmarks.Measure(settings.Turns * 10))
    {
        Console.WriteLine(FormattableString.Invariant($"{row.Work} over {row.Size} messages: {row.Milliseconds:0.000} ms, {row.AllocatedMiB * 1024:0.0} KiB allocated per reading"));
    }
    Console.WriteLine($"(after {ReadingBenchmarks.WarmUpPasses} warm-up passes over the messages, until the JIT settled)");
    return 0;
}
if (args.Contains("--charts-only"))
{
    // Just the chart rendering phase: seconds, no hosts started.
    foreach (var row in ChartBenchmarks.Rendering(settings.ChartMonths))
    {
        Console.WriteLine(FormattableString.Invariant($"{row.Work} {row.Size}: {row.Milliseconds:0.00} ms, {row.AllocatedMiB:0.00} MiB allocated"));
    }
    Console.WriteLine(FormattableString.Invariant($"PNG sizes: {string.Join(", ", ChartBenchmarks.PngSizes(settings.ChartMonths).Select(s => $"{s.Work} {s.Size}: {s.Bytes / 1024.0:0.0} KiB"))}"));
    return 0;
}
var command = "dotnet run -c Release --project bench/ChatCoach.Bench -- " + string.Join(' ', args);
var report = await BenchRun.RunAsync(settings, command);
var markdown = report.ToMarkdown();
Console.WriteLine(markdown);
if (settings.JsonPath is { } json)
{
    await File.WriteAllTextAsync(json, report.ToJson());
}
if (settings.MarkdownPath is { } path)
{
    await File.WriteAllTextAsync(path, markdown);
}
return 0;

namespace ChatCoach.Nudges.Storage;

/// <summary>
/// How a delivery's indicator keys sit in its <c>contents</c> column: comma-separated, the format
/// rows have always had (indicator keys are slugs, never commas). Only the store reads or writes it.
/// Rows written before version 17 kept other things there for escalations (the owner) and digests
/// (a count); those kinds' keys are never read.
/// </summary>
internal static class IndicatorList
{
    public static string Write(IReadOnlyList<string> keys) => string.Join(',', keys);

    public static IReadOnlyList<string> Read(string column) => column.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

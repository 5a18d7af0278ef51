namespace ChatCoach.Scoreboard.Board;

/// <summary>Where a console export is written: the host's data folder, so nothing lands in the source tree.</summary>
public sealed record ExportFolder(string Path);

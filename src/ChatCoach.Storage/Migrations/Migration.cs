namespace ChatCoach.Storage.Migrations;

/// <summary>One schema step. Versions only grow; a step is never edited once it has shipped.</summary>
public sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);

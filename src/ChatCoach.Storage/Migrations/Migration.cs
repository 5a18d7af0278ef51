namespace ChatCoach.Storage.Migrations;

/// <summary>
/// One schema step. Versions only grow; a step is never edited once it has shipped. A step whose SQL
/// the two engines cannot share (triggers) gives PostgreSQL its own statements.
/// </summary>
public sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements, IReadOnlyList<string>? PostgresStatements = null)
{
    public IReadOnlyList<string> StatementsFor(StorageProvider provider) =>
        provider == StorageProvider.Postgres && PostgresStatements is { } postgres ? postgres : Statements;
}

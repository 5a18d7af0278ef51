namespace ChatCoach.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}

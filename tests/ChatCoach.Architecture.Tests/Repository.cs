namespace ChatCoach.Architecture.Tests;

/// <summary>The repository these tests were built from: for checks read from source and project files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChatCoach.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("ChatCoach.sln not found above " + AppContext.BaseDirectory);
    }
}

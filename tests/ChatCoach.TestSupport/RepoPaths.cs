using Xunit;

namespace ChatCoach.TestSupport;

/// <summary>Where the repository and the steering folder beside it (../shared) are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>A file under ../shared, or null where the checkout has no shared folder beside it.</summary>
    public static string? Shared(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", relative));
        return File.Exists(path) ? path : null;
    }

    private static string FindRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatCoach.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Tests must run inside the ChatCoach repository.");
    }
}

/// <summary>A fact that needs a file from ../shared and is skipped, saying so, where that folder is absent.</summary>
public sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(string relativePath)
    {
        if (RepoPaths.Shared(relativePath) is null)
        {
            Skip = $"../shared/{relativePath} is not beside this checkout; the manifest schema check needs it.";
        }
    }
}

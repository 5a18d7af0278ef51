using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Console;

/// <summary>
/// A terminal cannot show an image, so the console saves each picture as a PNG file in one folder
/// and prints its path; a same-named picture (the same chart asked again) is overwritten.
/// </summary>
public sealed class ConsolePictures(string directory)
{
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <returns>The full path the PNG was written to.</returns>
    public string Save(Picture picture)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, Path.GetFileName(picture.FileName));
        File.WriteAllBytes(path, picture.Png);
        return path;
    }
}

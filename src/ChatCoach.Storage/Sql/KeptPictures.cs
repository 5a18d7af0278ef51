using System.Buffers.Binary;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The pictures of a turn's kept replies, kept as bytes beside the replies' JSON rather than in it.
/// Inside the JSON a chart's PNG was 36 KB of base64: encoded, checked for escaping, turned into a
/// .NET string and back into UTF-8 for the database, for every chart answered (the keep was 7% of
/// the host's busy time on the mix; decision 0036, "perf4"). Here each
/// picture's PNG is framed as a 4-byte little-endian length and its bytes, in the order the
/// pictures appear in the replies, and the JSON carries the picture with an empty PNG.
/// </summary>
internal static class KeptPictures
{
    /// <summary>The replies with every picture's PNG taken out, and those PNGs framed (null when there is no picture).</summary>
    public static (IReadOnlyList<Reply> Replies, byte[]? Pictures) Separate(IReadOnlyList<Reply> replies)
    {
        var pngs = replies.SelectMany(r => r.Parts).OfType<Picture>().Select(p => p.Png).ToList();
        if (pngs.Count == 0)
        {
            return (replies, null);
        }
        var framed = new byte[pngs.Sum(png => sizeof(int) + png.Length)];
        var at = 0;
        foreach (var png in pngs)
        {
            BinaryPrimitives.WriteInt32LittleEndian(framed.AsSpan(at), png.Length);
            png.CopyTo(framed, at + sizeof(int));
            at += sizeof(int) + png.Length;
        }
        return ([.. replies.Select(WithoutPng)], framed);
    }

    /// <summary>
    /// The replies with their pictures' PNGs put back. Without framed pictures the replies are as
    /// read: rows kept before version 18 carry each PNG inside the JSON.
    /// </summary>
    public static IReadOnlyList<Reply> Restore(IReadOnlyList<Reply> replies, byte[]? pictures)
    {
        if (pictures is null)
        {
            return replies;
        }
        var at = 0;
        return [.. replies.Select(reply => reply with { Parts = [.. reply.Parts.Select(part => part is Picture picture ? picture with { Png = Next(pictures, ref at) } : part)] })];
    }

    private static Reply WithoutPng(Reply reply) =>
        reply.Parts.Any(part => part is Picture)
            ? reply with { Parts = [.. reply.Parts.Select(part => part is Picture picture ? picture with { Png = [] } : part)] }
            : reply;

    private static byte[] Next(byte[] pictures, ref int at)
    {
        if (pictures.Length - at < sizeof(int))
        {
            throw new InvalidDataException("A kept reply names more pictures than were kept beside it.");
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(pictures.AsSpan(at));
        if (length < 0 || length > pictures.Length - at - sizeof(int))
        {
            throw new InvalidDataException("A kept picture's length runs past the pictures kept beside its reply.");
        }
        var png = pictures.AsSpan(at + sizeof(int), length).ToArray();
        at += sizeof(int) + length;
        return png;
    }
}

// Draws the Teams app icons deterministically (same bytes every run), so the repository holds the
// generator next to the only binaries it commits. Run from the repository root:
//   dotnet run manifests/teams/tools/GenerateIcons.cs
// Teams wants a 192x192 full-colour icon and a 32x32 white-on-transparent outline icon:
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

var directory = args.Length > 0 ? args[0] : Path.Combine("manifests", "teams");
File.WriteAllBytes(Path.Combine(directory, "color.png"), Png.Encode(192, 192, Icons.Colour));
File.WriteAllBytes(Path.Combine(directory, "outline.png"), Png.Encode(32, 32, Icons.Outline));
Console.WriteLine($"Wrote color.png and outline.png to {directory}");

/// <summary>A rising bar chart: the scoreboard getting better.</summary>
static class Icons
{
    private static readonly (double Left, double Right, double Top)[] Bars = [(0.20, 0.35, 0.55), (0.425, 0.575, 0.38), (0.65, 0.80, 0.20)];

    public static uint Colour(int x, int y, int size) =>
        IsBar(x, y, size) ? 0xFFFFFFFF : 0x1F6F5CFF;

    public static uint Outline(int x, int y, int size) =>
        IsBar(x, y, size) ? 0xFFFFFFFF : 0x00000000;

    private static bool IsBar(int x, int y, int size)
    {
        double u = (x + 0.5) / size, v = (y + 0.5) / size;
        return v <= 0.82 && Bars.Any(b => u >= b.Left && u <= b.Right && v >= b.Top);
    }
}

/// <summary>A minimal PNG encoder: RGBA, 8 bits per channel, no filtering (https://www.w3.org/TR/png/).</summary>
static class Png
{
    public static byte[] Encode(int width, int height, Func<int, int, int, uint> rgbaAt)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type RGBA
        Chunk(output, "IHDR", header);
        Chunk(output, "IDAT", Compress(width, height, rgbaAt));
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] Compress(int width, int height, Func<int, int, int, uint> rgbaAt)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + width * 4];
            for (var y = 0; y < height; y++)
            {
                row[0] = 0; // filter: none
                for (var x = 0; x < width; x++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(row.AsSpan(1 + x * 4), rgbaAt(x, y, width));
                }
                zlib.Write(row);
            }
        }
        return compressed.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    // CRC-32 (ISO-HDLC), as the PNG chunk trailer requires.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}

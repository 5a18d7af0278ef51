namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>Block Kit's limits (https://api.slack.com/reference/block-kit/blocks).</summary>
internal static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int FieldsPerSection = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ElementsPerActions = 25;
    public const int FallbackText = 4000;

    public static string Cut(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}

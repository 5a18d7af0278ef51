using ChatCoach.Conversation.LanguageModel;

namespace ChatCoach.Conversation.Tests;

public sealed class LlmOptionsTests
{
    private static IReadOnlyList<string> Errors(LlmOptions options) =>
        new LlmOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Nothing_configured_is_valid_and_means_the_embedded_planner() =>
        Assert.Empty(Errors(new LlmOptions()));

    [Theory]
    [InlineData("https://api.openai.com/v1", "sk-test")]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "azure-key")]
    [InlineData("http://localhost:11434/v1", null)]
    public void An_endpoint_with_a_model_is_valid_with_or_without_a_key(string endpoint, string? key) =>
        Assert.Empty(Errors(new LlmOptions { Endpoint = endpoint, ApiKey = key, Model = "some-model" }));

    [Fact]
    public void The_model_is_required_when_an_endpoint_is_set() =>
        Assert.Equal(["ChatCoach:Llm:Model is required when ChatCoach:Llm:Endpoint is set."], Errors(new LlmOptions { Endpoint = "http://localhost:11434/v1" }));

    [Theory]
    [InlineData("localhost:11434")]
    [InlineData("/v1")]
    [InlineData("ftp://models.example/v1")]
    public void The_endpoint_must_be_an_absolute_http_url(string endpoint) =>
        Assert.StartsWith("ChatCoach:Llm:Endpoint must be an absolute http(s) URL", Assert.Single(Errors(new LlmOptions { Endpoint = endpoint, Model = "m" })), StringComparison.Ordinal);

    [Fact]
    public void A_model_without_an_endpoint_is_a_half_done_setup() =>
        Assert.StartsWith("ChatCoach:Llm:Endpoint is required when", Assert.Single(Errors(new LlmOptions { Model = "gpt-4o-mini" })), StringComparison.Ordinal);

    [Fact]
    public void Rounds_and_timeout_are_bounded()
    {
        var errors = Errors(new LlmOptions { Endpoint = "http://localhost:11434/v1", Model = "m", MaxRounds = 1, TimeoutSeconds = 0 });

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("ChatCoach:Llm:MaxRounds", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ChatCoach:Llm:TimeoutSeconds", StringComparison.Ordinal));
    }
}

using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests.Model;

public sealed class FreeTextAnswerTests
{
    private static readonly string[] Scale = ["Strongly disagree", "Disagree", "Partly", "Agree", "Strongly agree"];

    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 1 ", 1)]
    [InlineData("Agree", 4)]
    [InlineData("strongly agree", 5)]
    [InlineData("Strongly disagree.", 1)]
    public void Digits_and_the_scales_own_labels_are_exact_picks(string text, int score) =>
        Assert.Equal(new ExactPick(score), FreeTextAnswer.Read(text, Scale));

    [Theory]
    [InlineData("yes", 4)]
    [InlineData("mostly", 4)]
    [InlineData("not really", 2)]
    [InlineData("I don't agree", 2)]
    [InlineData("absolutely!", 5)]
    [InlineData("sort of", 3)]
    [InlineData("not at all", 1)]
    [InlineData("no", 2)]
    public void Everyday_words_are_read_but_need_confirming(string text, int score) =>
        Assert.Equal(new Interpreted(score), FreeTextAnswer.Read(text, Scale));

    [Theory]
    [InlineData("no idea")]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    public void Saying_you_cannot_answer_is_recognised_not_guessed(string text) =>
        Assert.IsType<CannotAnswer>(FreeTextAnswer.Read(text, Scale));

    [Fact]
    public void Numbers_off_the_scale_and_unrelated_words_are_not_answers()
    {
        Assert.Equal(new OutOfRange(6, 5), FreeTextAnswer.Read("6", Scale));
        Assert.IsType<Unreadable>(FreeTextAnswer.Read("banana", Scale));
        Assert.IsType<Unreadable>(FreeTextAnswer.Read("", Scale));
    }

    [Theory]
    [InlineData("I lead marketing", RespondentRole.Leader)]
    [InlineData("CMO", RespondentRole.Leader)]
    [InlineData("IC", RespondentRole.IndividualContributor)]
    [InlineData("individual contributor", RespondentRole.IndividualContributor)]
    public void The_role_question_understands_plain_words(string text, RespondentRole role) =>
        Assert.Equal(role, FreeTextAnswer.ReadRole(text));
}

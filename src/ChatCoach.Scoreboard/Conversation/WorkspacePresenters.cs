using ChatCoach.Domain.Conversation;
using ChatCoach.Scoreboard.WorkspaceData;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Scoreboard.Conversation;

internal sealed class DeletionNeedsConfirmationPresenter : ResultPresenter<WorkspaceDeletionNeedsConfirmation>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(WorkspaceDeletionNeedsConfirmation ask) => Reply.Of(
        new Paragraph([new TextRun("This permanently deletes everything this workspace has stored: every value and correction, owners, targets, "
            + "readiness surveys and nudge history. It cannot be undone, and an export first is wise.")], Tone.Warning),
        new Choices("Are you sure?", [new("Delete everything", ask.ConfirmingPhrase)]));

    public override object ForModel(WorkspaceDeletionNeedsConfirmation result) => new { Outcome = "needs the admin to confirm the deletion", Confirm = result.ConfirmingPhrase };
}

internal sealed class WorkspaceDataDeletedPresenter : ResultPresenter<WorkspaceDataDeleted>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(WorkspaceDataDeleted deleted) => Reply.Text(
        $"Done: this workspace's data is deleted ({deleted.Rows} records). The next message starts a fresh scoreboard with the default indicators.", Tone.Success);

    public override object ForModel(WorkspaceDataDeleted result) => new { Outcome = "workspace data deleted", Records = result.Rows };
}

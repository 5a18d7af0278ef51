using ChatCoach.Storage.Sql;

namespace ChatCoach.Storage.Tests;

/// <summary>SQLite's in-process writer queue: one writer at a time, acknowledgements first.</summary>
public sealed class WriterGateTests
{
    [Fact]
    public async Task A_waiting_urgent_writer_goes_ahead_of_ordinary_writers_that_queued_earlier()
    {
        var gate = new WriterGate();
        await gate.EnterAsync(urgent: false, CancellationToken.None);
        var ordinary = gate.EnterAsync(urgent: false, CancellationToken.None);
        var urgent = gate.EnterAsync(urgent: true, CancellationToken.None);

        gate.Exit();

        Assert.True(urgent.IsCompletedSuccessfully);
        Assert.False(ordinary.IsCompleted);
        gate.Exit();
        Assert.True(ordinary.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_writer_that_gave_up_waiting_does_not_keep_the_gate()
    {
        var gate = new WriterGate();
        await gate.EnterAsync(urgent: false, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var abandoned = gate.EnterAsync(urgent: true, cancel.Token);
        var next = gate.EnterAsync(urgent: false, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        gate.Exit();

        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_gate_is_free_again_once_the_last_writer_leaves()
    {
        var gate = new WriterGate();
        await gate.EnterAsync(urgent: true, CancellationToken.None);
        gate.Exit();

        Assert.True(gate.EnterAsync(urgent: false, CancellationToken.None).IsCompletedSuccessfully);
    }
}

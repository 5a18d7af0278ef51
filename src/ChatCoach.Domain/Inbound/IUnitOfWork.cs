namespace ChatCoach.Domain.Inbound;

/// <summary>
/// Commits several stores' writes together. A turn's write and the reply that reports it go
/// through one (decision 0021), so a crash leaves both or neither.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> so that everything it writes commits together; inside another unit it joins that one.</summary>
    Task InOneTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken);
}

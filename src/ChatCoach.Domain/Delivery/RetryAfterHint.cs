namespace ChatCoach.Domain.Delivery;

/// <summary>
/// A platform's own "try again in …" (HTTP Retry-After on a 429 or 503), carried on the exception a
/// failed call throws. Kept in <see cref="Exception.Data"/> so callers keep catching the exception
/// types they already catch (HttpRequestException, the channels' own).
/// </summary>
public static class RetryAfterHint
{
    private const string Key = "ChatCoach.RetryAfter";

    public static TException With<TException>(this TException exception, TimeSpan? retryAfter) where TException : Exception
    {
        if (retryAfter is { } wait)
        {
            exception.Data[Key] = wait;
        }
        return exception;
    }

    /// <summary>The platform's wait, on this exception or one it wraps.</summary>
    public static TimeSpan? Of(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception.Data[Key] is TimeSpan wait)
            {
                return wait;
            }
        }
        return null;
    }
}

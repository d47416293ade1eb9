namespace Portal.Core.Events;

/// <summary>The current site's failed deliveries (scoped): listed on the admin page and retried from there.</summary>
public interface IEventFailures
{
    Task<IReadOnlyList<ParkedEvent>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Delivers the event to the handler now; returns the error, or null when it succeeded.</summary>
    Task<string?> RetryAsync(string handler, long sequence, CancellationToken cancellationToken = default);
}

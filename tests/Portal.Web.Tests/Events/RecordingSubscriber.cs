using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Contracts;

namespace Portal.Web.Tests.Events;

/// <summary>A subscriber in "another module": records each document event, and throws while told to.</summary>
public sealed class RecordingSubscriber(EventLogbook logbook, TenantContext tenant) : IEventSubscriber<PolicyDocumentChanged>
{
    public Task HandleAsync(PolicyDocumentChanged @event, EventContext context, CancellationToken cancellationToken)
    {
        if (logbook.FailuresLeft.TryGetValue(@event.Title, out var left) && left > 0)
        {
            logbook.FailuresLeft[@event.Title] = left - 1;
            throw new InvalidOperationException($"统计服务暂时不可用（{@event.Title}）");
        }

        logbook.Seen.Enqueue((tenant.Tenant.Name, @event, context));
        return Task.CompletedTask;
    }
}

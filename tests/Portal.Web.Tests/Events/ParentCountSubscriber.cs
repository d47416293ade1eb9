using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Contracts;

namespace Portal.Web.Tests.Events;

/// <summary>A statistics subscriber of the parent site: sees its children's published counts.</summary>
public sealed class ParentCountSubscriber(EventLogbook logbook, TenantContext tenant) : IEventSubscriber<PolicyLibraryCounted>
{
    public Task HandleAsync(PolicyLibraryCounted @event, EventContext context, CancellationToken cancellationToken)
    {
        logbook.Seen.Enqueue((tenant.Tenant.Name, @event, context));
        return Task.CompletedTask;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.Synonyms;

/// <summary>The synonym groups a tenant's editors keep (老干部 ↔ 离退休干部 …), applied to its searches.</summary>
internal sealed class PolicySynonyms(TenantScopeFactory scopes)
{
    private const int ReloadMilliseconds = 30_000;

    public async Task<IReadOnlyList<IReadOnlyList<string>>> GetAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = shell.GetOrAddResource(_ => new SynonymHolder());
        if (holder.ValidUntilTicks > Environment.TickCount64)
        {
            return holder.Groups;
        }

        await using var scope = scopes.Create(shell);
        var rows = await scope.ServiceProvider.GetRequiredService<PoliciesDbContext>().Synonyms.AsNoTracking()
            .OrderBy(s => s.Id).Select(s => s.Terms).ToListAsync(cancellationToken);
        holder.Groups = [.. rows.Select(SynonymGroup.Split).Where(g => g.Count > 1)];
        holder.ValidUntilTicks = Environment.TickCount64 + ReloadMilliseconds;
        return holder.Groups;
    }

    public static void Invalidate(TenantShell shell) => shell.GetOrAddResource(_ => new SynonymHolder()).ValidUntilTicks = 0;
}

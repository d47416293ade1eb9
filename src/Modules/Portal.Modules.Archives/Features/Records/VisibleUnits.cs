using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Features.Records;

/// <summary>The units a user works on, as the site's unit rows: accounts are bound by unit name (ADR 0041).</summary>
internal static class VisibleUnits
{
    /// <summary>Id → name of the units the user may see (every unit with units.all), ordered by name.</summary>
    public static async Task<Dictionary<int, string>> OfAsync(ArchivesDbContext units, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var names = user.VisibleUnits();
        var query = units.Units.AsNoTracking();
        if (names is not null)
        {
            var list = names.ToList();
            query = query.Where(u => list.Contains(u.Name));
        }

        return await query.OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }
}

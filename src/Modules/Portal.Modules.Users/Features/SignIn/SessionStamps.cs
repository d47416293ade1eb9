using Microsoft.EntityFrameworkCore;
using Portal.Modules.Users.Persistence;

namespace Portal.Modules.Users.Features.SignIn;

/// <summary>
/// The account's current security stamp, read from the site's database on every signed-in request. Signing
/// out, changing or resetting a password and disabling an account change the stamp, so every copy of an old
/// session cookie stops working at once, on every host node, with no cache that could keep it alive. One
/// primary-key lookup per signed-in request; public pages read anonymously pay nothing.
/// </summary>
internal sealed class SessionStamps(UsersDbContext db)
{
    public Task<string?> CurrentAsync(string userId, CancellationToken cancellationToken)
        => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
}

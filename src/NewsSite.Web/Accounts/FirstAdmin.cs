using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Accounts;

/// <summary>
/// On a site with no staff at all, creates the first Admin: from
/// configuration (<c>Accounts:FirstAdmin</c>), or in Development with a generated password that
/// is printed once to the console (never to the log, which may be shipped elsewhere).
/// </summary>
public sealed partial class FirstAdmin(
    UserManager<StaffUser> users, IOptions<AccountOptions> options,
    IHostEnvironment environment, TimeProvider time, ILogger<FirstAdmin> logger)
{
    public const string DevelopmentEmail = "admin@newssite.local";

    public async Task EnsureAsync()
    {
        if (await users.Users.AnyAsync())
        {
            return;
        }
        var configured = options.Value.FirstAdmin;
        var email = configured.Email.Length > 0 ? configured.Email : environment.IsDevelopment() ? DevelopmentEmail : "";
        if (email.Length == 0)
        {
            LogNoAdmin(logger);
            return;
        }
        var password = configured.Password.Length > 0 ? configured.Password : GeneratedPassword();
        var admin = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = configured.DisplayName, CreatedAt = time.GetUtcNow() };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, StaffRoles.Admin));
        if (configured.Password.Length == 0)
        {
            Console.WriteLine();
            Console.WriteLine($"The first Admin account was created. Sign in at {AdminPaths.SignIn} as {email} with the password {password}");
            Console.WriteLine("It is shown this once only.");
            Console.WriteLine();
        }
    }

    private static string GeneratedPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first Admin: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No staff account exists. Set Accounts:FirstAdmin:Email and Accounts:FirstAdmin:Password to create the first Admin.")]
    private static partial void LogNoAdmin(ILogger logger);
}

/// <summary>
/// Runs <see cref="FirstAdmin"/> once the database answers. The site starts, and serves readers,
/// even while PostgreSQL is down or not yet migrated; this keeps trying in the background.
/// </summary>
public sealed partial class FirstAdminWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<FirstAdminWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<FirstAdmin>().EnsureAsync();
                return;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
            {
                LogNotMigrated(logger);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or RetryLimitExceededException or InvalidOperationException or DbUpdateException
                                      && !stoppingToken.IsCancellationRequested)
            {
                // A database that is down, or another instance that created the first Admin at the same moment.
                // Whatever it is, it must not stop the site: readers are served without it.
                LogRetrying(logger, e.Message);
            }
            try
            {
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database has no NewsSite tables yet. Apply the migrations: dotnet NewsSite.Web.dll --migrate")]
    private static partial void LogNotMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the staff accounts yet ({Reason}); trying again shortly.")]
    private static partial void LogRetrying(ILogger logger, string reason);
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure.Security;

namespace NewsSite.Web.Accounts;

public static class AccountsRegistration
{
    /// <summary>The rate-limiting policy applied to the sign-in form.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// Staff accounts with ASP.NET Core Identity in PostgreSQL, and the rules of the admin area:
    /// every page under <c>/admin</c> needs a member of staff unless it says otherwise, its cookies
    /// are sent to <c>/admin</c> only (so public pages stay cookie-free and cacheable for
    /// everyone, editors included), and sign-in is rate limited per address.
    /// </summary>
    public static WebApplicationBuilder AddStaffAccounts(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AccountOptions.SectionName);
        builder.Services.AddOptions<AccountOptions>().Bind(section);
        var options = section.Get<AccountOptions>() ?? new AccountOptions();

        builder.Services.AddIdentity<StaffUser, IdentityRole>(identity =>
            {
                // Length over composition rules, as NIST SP 800-63B advises.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<NewsDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        builder.Services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = StaffPasswords.ResetLinkLifetime);
        builder.Services.Configure<PasswordHasherOptions>(hasher => hasher.IterationCount = options.PasswordHashIterations);
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "newssite.staff";
            cookie.Cookie.Path = AdminPaths.Root;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = AdminPaths.SignIn;
            cookie.LogoutPath = AdminPaths.SignOut;
            cookie.AccessDeniedPath = AdminPaths.AccessDenied;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = SignInRedirects.ToSignIn;
            cookie.Events.OnRedirectToAccessDenied = SignInRedirects.ToAccessDenied;
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "newssite.antiforgery";
            antiforgery.Cookie.Path = AdminPaths.Root;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", StaffPolicies.Staff);
            pages.Conventions.AllowAnonymousToPage("/Admin/AccessDenied");
            // The forms anyone may post to, each limited per address: password guessing and
            // mail-bombing through the reset form cost an attacker time.
            foreach (var page in (string[])["/Admin/SignIn", "/Admin/SignInCode", "/Admin/ForgotPassword", "/Admin/SetPassword"])
            {
                pages.Conventions.AllowAnonymousToPage(page);
                pages.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInRateLimit)));
            }
            pages.Conventions.AddPageRoute("/Admin/SetPassword", StaffLinks.AcceptInvitationPath.TrimStart('/'));
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(tempData =>
        {
            tempData.Cookie.Name = "newssite.tempdata";
            tempData.Cookie.Path = AdminPaths.Root;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, policy => policy.RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.Editors, policy => policy.RequireRole(StaffRoles.Editor, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Admins, policy => policy.RequireRole(StaffRoles.Admin));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimit, context => FormPostLimits.PerMinute(context, options.SignInAttemptsPerMinute));
        });
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditListQuery>();
        builder.Services.AddScoped<FirstAdmin>();
        builder.Services.AddHostedService<FirstAdminWorker>();
        builder.Services.AddScoped<StaffSignIn>();
        builder.Services.AddScoped<StaffLinks>();
        builder.Services.AddScoped<StaffEmails>();
        builder.Services.AddScoped<StaffPasswords>();
        builder.Services.AddScoped<StaffDirectory>();
        builder.Services.AddScoped<TwoFactor.StaffTwoFactor>();
        // The half-signed-in state between password and code lives in a cookie of its own, kept under /admin too.
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Path = AdminPaths.Root;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Role changes and password resets renew the security stamp; signed-in browsers notice within a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = TimeSpan.FromMinutes(1));
        return builder;
    }

    public static WebApplication UseStaffAccounts(this WebApplication app)
    {
        // Admin pages show unpublished work and carry antiforgery tokens: no browser or proxy may keep a copy.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AdminPaths.Root), admin => admin.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}

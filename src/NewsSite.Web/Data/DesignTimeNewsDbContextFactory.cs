using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsSite.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the site (and its
/// local PostgreSQL). Creating a migration needs no live database.
/// </summary>
internal sealed class DesignTimeNewsDbContextFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>();
        NewsDatabaseOptions.Configure(options, "Host=localhost;Database=newssite_design");
        return new NewsDbContext(options.Options);
    }
}

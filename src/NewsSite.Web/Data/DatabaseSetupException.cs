namespace NewsSite.Web.Data;

/// <summary>
/// The database could not be set up: no connection string, or the local PostgreSQL cluster could not be used. The message is written for the person who
/// started the site: it says what went wrong and how to fix it, and is shown without a stack trace.
/// </summary>
public sealed class DatabaseSetupException : Exception
{
    public const string Remedies =
        "Install PostgreSQL's server package (Debian/Ubuntu: apt-get install postgresql), " +
        "or point NewsSite at an existing database with ConnectionStrings__NewsSite, " +
        "or run everything with 'docker compose up'.";

    public DatabaseSetupException(string message) : base(message) { }

    public DatabaseSetupException(string message, Exception innerException) : base(message, innerException) { }

    public DatabaseSetupException() { }
}

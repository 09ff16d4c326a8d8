using NewsSite.Web.Data;

namespace NewsSite.Web.Slugs;

/// <summary>
/// What the tags and authors pages share: create, change and delete one row, each answering with
/// the problems an editor must fix (none when it worked). Bad input changes nothing, and a row in
/// use is kept, with a message saying why.
/// </summary>
public abstract class SluggedEntityEditor<TEntity, TInput>(NewsDbContext db)
    where TEntity : class
    where TInput : class
{
    protected NewsDbContext Db { get; } = db;

    /// <summary>The thing edited, as a message names it ("tag").</summary>
    protected abstract string What { get; }

    protected abstract TEntity CreateEmpty();

    /// <summary>Checks the input and, when it is sound, copies it onto <paramref name="entity"/>.</summary>
    protected abstract Task<IReadOnlyList<string>> ApplyAsync(TEntity entity, TInput input, CancellationToken cancellationToken);

    /// <summary>Why <paramref name="entity"/> may not be deleted now, or null when it may.</summary>
    protected abstract Task<string?> InUseAsync(TEntity entity, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<string>> CreateAsync(TInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entity = CreateEmpty();
        var problems = await ApplyAsync(entity, input, cancellationToken);
        if (problems.Count == 0)
        {
            Db.Add(entity);
            await Db.SaveChangesAsync(cancellationToken);
        }
        return problems;
    }

    public async Task<IReadOnlyList<string>> UpdateAsync(int id, TInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await Db.FindAsync<TEntity>([id], cancellationToken) is not { } entity)
        {
            return [$"That {What} no longer exists."];
        }
        var problems = await ApplyAsync(entity, input, cancellationToken);
        if (problems.Count == 0)
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        return problems;
    }

    /// <summary>Deleting what is already gone is no problem: the editor's wish has come true.</summary>
    public async Task<IReadOnlyList<string>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await Db.FindAsync<TEntity>([id], cancellationToken) is not { } entity)
        {
            return [];
        }
        if (await InUseAsync(entity, cancellationToken) is { } reason)
        {
            return [reason];
        }
        Db.Remove(entity);
        await Db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>"1 article", "3 articles".</summary>
    protected static string Articles(int count) => $"{count} {(count == 1 ? "article" : "articles")}";
}

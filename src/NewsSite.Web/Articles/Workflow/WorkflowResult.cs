namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// What a workflow operation did: success, or messages keyed by the field they are about, the
/// way model validation reports them (<see cref="ArticleKey"/> for the article as a whole), so a
/// page can show them beside its inputs. Expected misuse is reported here, never thrown.
/// </summary>
public class WorkflowResult
{
    /// <summary>The key of messages about the whole article rather than one field, as in ModelState.</summary>
    public const string ArticleKey = "";

    private static readonly Dictionary<string, IReadOnlyList<string>> NoErrors = [];

    private protected WorkflowResult(IReadOnlyDictionary<string, IReadOnlyList<string>> errors) => Errors = errors;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static WorkflowResult Success() => new(NoErrors);

    public static WorkflowResult<T> Success<T>(T value) => new(value, NoErrors);

    public static WorkflowResult<T> Refused<T>(string message) => Invalid<T>(new Dictionary<string, IReadOnlyList<string>> { [ArticleKey] = [message] });

    public static WorkflowResult<T> Invalid<T>(IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 ? new(default, errors) : throw new ArgumentException("A failure needs at least one message.", nameof(errors));
    }

    /// <summary>All the messages, for a log line or a test.</summary>
    public override string ToString() => Succeeded ? "Succeeded" : string.Join(" ", Errors.SelectMany(e => e.Value));
}

/// <summary>A <see cref="WorkflowResult"/> that carries the outcome of a successful operation.</summary>
public sealed class WorkflowResult<T> : WorkflowResult
{
    internal WorkflowResult(T? value, IReadOnlyDictionary<string, IReadOnlyList<string>> errors) : base(errors) => Value = value;

    /// <summary>Set when <see cref="WorkflowResult.Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>The same messages, for an operation whose own outcome has another type.</summary>
    public WorkflowResult WithoutValue() => Succeeded ? Success() : new WorkflowResult<T>(default, Errors);
}

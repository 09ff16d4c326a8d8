using NewsSite.Web.Infrastructure.Background;

namespace NewsSite.Web.Search.Lexicon;

/// <summary>
/// Keeps the lexicon up with the archive: on start it reads whatever was published since it last
/// ran (the whole archive, the first time: a million articles take some minutes of one core, a
/// batch at a time), then every minute the articles published meanwhile.
/// </summary>
public sealed class SearchLexiconWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchLexiconWorker> logger)
    : PollingWorker(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override string Work => "The search lexicon";

    protected override Task RunPassAsync(CancellationToken cancellationToken) =>
        DrainAsync<SearchLexiconReader>(scopes, (service, cancellation) => service.ReadNextBatchAsync(cancellation), cancellationToken);
}

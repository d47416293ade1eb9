using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Web.Tests.Operations;

/// <summary>Keeps every line the host logs, with the scopes that were active, as a structured sink would see them.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LoggedLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            owner._scopes.ForEachScope(
                (scope, bag) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            bag[key] = value;
                        }
                    }
                },
                properties);
            owner.Lines.Enqueue(new LoggedLine(category, formatter(state, exception), properties));
        }
    }
}

using DeploymentSdk.Cloud66.Http;
using DeploymentSdk.Cloud66.Json;
using DeploymentSdk.Http;

namespace DeploymentSdk.Cloud66;

/// <summary>The stacks endpoints; see <see cref="ICloud66StacksClient"/>.</summary>
internal sealed class Cloud66StacksClient : ICloud66StacksClient
{
    /// <summary>The most stacks a find reads before giving up; an account has far fewer.</summary>
    internal const int MaxPagesForFind = 100;

    private readonly ApiPipeline _pipeline;

    public Cloud66StacksClient(HttpClient httpClient, Cloud66ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = Cloud66Pipeline.Create(httpClient, options);
    }

    public AsyncPageable<Stack> ListAsync(CancellationToken cancellationToken = default) =>
        _pipeline.ListPages("stacks", Cloud66JsonContext.Default.Cloud66ListEnvelopeStack, cancellationToken);

    public Task<Stack> GetAsync(string stackId, CancellationToken cancellationToken = default) =>
        _pipeline.SendForResponseAsync(
            new ApiRequest(HttpMethod.Get, $"stacks/{StackSegment(stackId, nameof(stackId))}"),
            Cloud66JsonContext.Default.Cloud66EnvelopeStack,
            cancellationToken);

    public async Task<Stack> FindByNameAsync(string name, StackFindOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var environment = options?.Environment;
        if (environment is not null && string.IsNullOrWhiteSpace(environment))
        {
            throw new ArgumentException("StackFindOptions.Environment must not be empty or white space; leave it null to match any.", nameof(options));
        }

        var matches = new List<Stack>();
        var pages = 0;
        await foreach (var page in ListAsync(cancellationToken).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            matches.AddRange(page.Values.Where(stack =>
                string.Equals(stack.Name, name, StringComparison.Ordinal)
                && (environment is null || string.Equals(stack.Environment, environment, StringComparison.OrdinalIgnoreCase))));
            if (++pages >= MaxPagesForFind)
            {
                break;
            }
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        throw new Cloud66LookupException(name, environment, matches.Select(stack => stack.Uid ?? "?").ToArray());
    }

    /// <summary>A stack UID as one path segment: letters and digits only, so nothing else can reach the path.</summary>
    internal static string StackSegment(string stackId, string paramName)
    {
        ArgumentNullException.ThrowIfNull(stackId, paramName);
        if (stackId.Length is 0 or > 64 || !stackId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{stackId}' is not a Cloud66 stack UID: expected 1 to 64 letters and digits.", paramName);
        }

        return PathSegment.Escape(stackId, paramName);
    }
}

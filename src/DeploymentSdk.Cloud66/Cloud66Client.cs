using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Cloud66;

/// <summary>
/// The Cloud66 API: its clients in one place. Injected when registered with <c>AddCloud66Client</c>, or created
/// without dependency injection by <see cref="Create"/>.
/// </summary>
/// <example>
/// <code>
/// using var cloud66 = Cloud66Client.Create(new Cloud66ClientOptions { Token = token });
/// var redeploy = await cloud66.Deployments.RedeployAsync(stackId);
/// var outcome = await cloud66.Deployments.FollowRedeployAsync(stackId, redeploy);
/// </code>
/// </example>
public sealed class Cloud66Client : IDisposable
{
    private readonly IDisposable? _owner;

    internal Cloud66Client(ICloud66DeploymentsClient deployments, IDisposable? owner)
    {
        Deployments = deployments;
        _owner = owner;
    }

    /// <summary>The stack deployments client.</summary>
    public ICloud66DeploymentsClient Deployments { get; }

    /// <summary>The stacks client (list, get, find by name).</summary>
    public ICloud66StacksClient Stacks { get; internal init; } = null!;

    /// <summary>
    /// Creates a client for an application without dependency injection, with the same HTTP pipeline
    /// (retries, redirects, token scoped to the API's origin) as <c>AddCloud66Client</c>. Dispose it when done.
    /// </summary>
    /// <param name="options">The options; they are copied, so later changes have no effect.</param>
    /// <returns>The client, owning its connections.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid; the message names each option to change.</exception>
    /// <example>
    /// <code>
    /// using var cloud66 = Cloud66Client.Create(new Cloud66ClientOptions
    /// {
    ///     Token = Environment.GetEnvironmentVariable("CLOUD66_ACCESS_TOKEN"),
    /// });
    /// await foreach (var stack in cloud66.Stacks.ListAsync())
    ///     Console.WriteLine($"{stack.Uid}: {stack.Name} ({stack.Environment})");
    /// </code>
    /// </example>
    public static Cloud66Client Create(Cloud66ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddCloud66Client(options.CopyTo);
        var provider = services.BuildServiceProvider();
        try
        {
            // Validate now: there is no host start to do it.
            _ = provider.GetRequiredService<IOptions<Cloud66ClientOptions>>().Value;
            return new Cloud66Client(provider.GetRequiredService<ICloud66DeploymentsClient>(), provider)
            {
                Stacks = provider.GetRequiredService<ICloud66StacksClient>(),
            };
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Releases the connections of a client made by <see cref="Create"/>; does nothing for an injected one.</summary>
    public void Dispose() => _owner?.Dispose();
}

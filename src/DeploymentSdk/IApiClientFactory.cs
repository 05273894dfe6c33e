namespace DeploymentSdk;

/// <summary>
/// Creates the client registered under a name known only at run time, for example
/// <c>IApiClientFactory&lt;INomadClient&gt;</c> after <c>services.AddNomadClient("eu-west", …)</c>. The same shape serves
/// every provider; with the name known at compile time, inject <c>[FromKeyedServices("eu-west")] INomadClient</c> instead.
/// </summary>
/// <typeparam name="TClient">The client type: a provider's facade (<c>INomadClient</c>) or one of its typed clients.</typeparam>
/// <example>
/// <code>
/// public sealed class Deployer(IApiClientFactory&lt;INomadClient&gt; clusters)
/// {
///     public Task&lt;NomadResponse&lt;Job&gt;&gt; GetAsync(string cluster, string jobId) =&gt; clusters.CreateClient(cluster).Jobs.GetAsync(jobId);
/// }
/// </code>
/// </example>
public interface IApiClientFactory<out TClient>
    where TClient : class
{
    /// <summary>Returns the client registered under <paramref name="name"/>; the empty string is the unnamed (default) registration.</summary>
    /// <param name="name">The registration's name, as given to the <c>Add…Client(name, …)</c> call.</param>
    /// <returns>The client; its options, credentials and connections are those of that name only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No client is registered under <paramref name="name"/>.</exception>
    TClient CreateClient(string name);
}

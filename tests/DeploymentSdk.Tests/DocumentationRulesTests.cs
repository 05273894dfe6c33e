using DeploymentSdk.Tests.Shared;

namespace DeploymentSdk.Tests;

/// <summary>
/// The documentation rules run by every provider's convention tests catch what they are meant to, over this assembly's
/// own XML documentation file (the fixtures below): a missing example, a missing exception, and the compiler's member
/// IDs for generic methods, arrays and constructed generic parameters.
/// </summary>
public sealed class DocumentationRulesTests
{
    private static readonly System.Reflection.Assembly Fixtures = typeof(DocumentationRulesTests).Assembly;

    [Fact]
    public void A_watch_a_paging_list_and_a_client_registration_without_an_example_are_reported()
    {
        var problems = DocumentationConventions.EntryPointsWithoutExample(Fixtures).ToList();

        Assert.Contains(problems, p => p.StartsWith("FixtureWatchExtensions.WatchListAsync(", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("IFixtureClient.ListAsync(", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("FixtureRegistration.AddUndocumentedClient(", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("FixtureWatchExtensions.WatchAsync(", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("FixtureRegistration.AddFixtureClient(", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_method_that_does_not_say_what_to_catch_is_reported()
    {
        var problems = DocumentationConventions.AsyncMethodsWithoutExceptions(Fixtures).ToList();

        Assert.Contains("IFixtureClient.DeleteAsync(String id, CancellationToken cancellationToken) has no <exception cref=\"FixtureApiException\">", problems);
        Assert.Contains("IFixtureClient.DeleteAsync(String id, CancellationToken cancellationToken) has no <exception cref=\"OperationCanceledException\">", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("IFixtureClient.GetAsync(", StringComparison.Ordinal));
    }

    [Fact]
    public void Member_ids_are_the_compilers()
    {
        var watch = typeof(FixtureWatchExtensions).GetMethod(nameof(FixtureWatchExtensions.WatchAsync))!;
        var list = typeof(FixtureWatchExtensions).GetMethod(nameof(FixtureWatchExtensions.WatchListAsync))!;

        Assert.Equal(
            "M:DeploymentSdk.Tests.FixtureWatchExtensions.WatchAsync``1(DeploymentSdk.Tests.IFixtureClient,System.Collections.Generic.IEnumerable{``0},System.Nullable{System.TimeSpan},System.Threading.CancellationToken)",
            DocumentationConventions.DocumentationId(watch));
        Assert.Equal(
            "M:DeploymentSdk.Tests.FixtureWatchExtensions.WatchListAsync(DeploymentSdk.Tests.IFixtureClient,System.String[],System.Threading.CancellationToken)",
            DocumentationConventions.DocumentationId(list));
    }
}

/// <summary>The fixture package's one exception type, as each provider has one.</summary>
/// <param name="message">The message.</param>
public sealed class FixtureApiException(string message) : ApiException(message, ApiErrorKind.Unknown, 0);

/// <summary>A client interface with one method that says what to catch, one that does not, and a list without example.</summary>
public interface IFixtureClient
{
    /// <summary>Documented as the rule asks.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FixtureApiException">The server answered with an error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<string> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Says nothing about failures.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>Nothing.</returns>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A paging list without an example.</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The items.</returns>
    /// <exception cref="FixtureApiException">The server answered with an error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<string> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>Watches: a generic one with an example, one without.</summary>
public static class FixtureWatchExtensions
{
    /// <summary>Has an example; its ID has a method type parameter, a constructed generic and a nullable.</summary>
    /// <typeparam name="T">The item.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="seed">The first items.</param>
    /// <param name="wait">The wait.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The items.</returns>
    /// <example><code>await foreach (var item in client.WatchAsync(new[] { 1 })) Console.WriteLine(item);</code></example>
    public static IAsyncEnumerable<T> WatchAsync<T>(this IFixtureClient client, IEnumerable<T> seed, TimeSpan? wait = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>Has no example; its ID has an array.</summary>
    /// <param name="client">The client.</param>
    /// <param name="ids">The IDs.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The IDs.</returns>
    public static IAsyncEnumerable<string> WatchListAsync(this IFixtureClient client, string[] ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}

/// <summary>Registrations: one family that shares an example on its primary overload, one without any.</summary>
public static class FixtureRegistration
{
    /// <summary>The primary overload, with the family's example.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    /// <example><code>services.AddFixtureClient();</code></example>
    public static object AddFixtureClient(this object services) => services;

    /// <summary>A named overload: the family's example covers it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The name.</param>
    /// <returns>The services.</returns>
    public static object AddFixtureClient(this object services, string name) => services;

    /// <summary>No example anywhere in its family.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static object AddUndocumentedClient(this object services) => services;
}

namespace DeploymentSdk.Cloud66;

/// <summary>
/// The Cloud66 stacks API (<c>/stacks</c>), read side, and a find by name so a redeploy can start from the name a
/// person knows. Failures throw <see cref="Cloud66ApiException"/>; invalid arguments throw
/// <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloud66StacksClient
{
    /// <summary>Lists the stacks the token can read (<c>GET /stacks</c>), page by page as it is enumerated.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The stacks; the pages are <see cref="Cloud66Page{T}"/>s whose continuation token is the next page number.</returns>
    /// <example>
    /// <code>
    /// await foreach (var stack in cloud66.Stacks.ListAsync())
    /// {
    ///     Console.WriteLine($"{stack.Name} ({stack.Environment}) {stack.Uid}");
    /// }
    /// </code>
    /// </example>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<Stack> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a stack (<c>GET /stacks/:stack_id</c>).</summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stack.</returns>
    /// <exception cref="ArgumentException"><paramref name="stackId"/> is empty or not a stack UID.</exception>
    /// <exception cref="Cloud66ApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the token cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Stack> GetAsync(string stackId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds exactly one stack by name (and optionally environment). Cloud66 has no name filter, so this reads the
    /// list page by page and compares names exactly.
    /// </summary>
    /// <param name="name">The stack name.</param>
    /// <param name="options">The environment to look in; null matches any.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The stack.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="Cloud66LookupException">No stack has the name (<see cref="ApiErrorKind.NotFound"/>), or several do (<see cref="ApiErrorKind.Conflict"/>).</exception>
    /// <example>
    /// <code>
    /// var stack = await cloud66.Stacks.FindByNameAsync("shop", new() { Environment = "production" });
    /// </code>
    /// </example>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Stack> FindByNameAsync(string name, StackFindOptions? options = null, CancellationToken cancellationToken = default);
}

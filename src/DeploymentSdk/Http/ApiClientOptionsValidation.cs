using System.Globalization;

namespace DeploymentSdk.Http;

/// <summary>
/// The checks every provider's options validator shares, on the <see cref="ApiClientOptions"/> settings: the address
/// (absolute, no user info, query or fragment, a scheme the provider accepts), the credential's characters, and positive
/// timeouts and sizes. Each message names the option, where its value came from (<see cref="OptionSource"/>) and what to
/// change; none prints a token or the user info of an address.
/// </summary>
internal static class ApiClientOptionsValidation
{
    /// <summary>Checks <see cref="ApiClientOptions.Address"/>.</summary>
    /// <param name="failures">Where problems are added.</param>
    /// <param name="options">The options.</param>
    /// <param name="source">Where the values came from.</param>
    /// <param name="example">An address to suggest, such as <c>https://api.sys.example.com</c>.</param>
    /// <param name="checkScheme">Returns the problem with an absolute address's scheme (or path), or null when it is accepted.</param>
    /// <returns>The address when it passed every check; otherwise null.</returns>
    public static Uri? CheckAddress(List<string> failures, ApiClientOptions options, OptionSource source, string example, Func<Uri, string?> checkScheme)
    {
        var option = Name(options, nameof(ApiClientOptions.Address));
        var address = options.Address;
        var from = source.Describe(nameof(ApiClientOptions.Address), address?.OriginalString);
        string? problem;
        if (address is null || string.IsNullOrWhiteSpace(address.OriginalString))
        {
            problem = $"an address is required, such as {example}.";
        }
        else if (!address.IsAbsoluteUri)
        {
            problem = $"'{SecretRedactor.RedactAddress(address.OriginalString)}' is not an absolute URL; use an address such as {example}.";
        }
        else if (!string.IsNullOrEmpty(address.UserInfo) || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            problem = $"the address must not carry user info, a query or a fragment; give the API root only and put the credential in {Name(options, nameof(ApiClientOptions.Token))}.";
        }
        else
        {
            problem = checkScheme(address);
        }

        if (problem is null)
        {
            return address;
        }

        failures.Add($"{option} ({from}): {problem}");
        return null;
    }

    /// <summary>Checks that <see cref="ApiClientOptions.Token"/> can travel in an HTTP header, without printing it.</summary>
    public static void CheckToken(List<string> failures, ApiClientOptions options, OptionSource source)
    {
        if (options.Token is not { } token)
        {
            return;
        }

        var option = $"{Name(options, nameof(ApiClientOptions.Token))} ({source.Describe(nameof(ApiClientOptions.Token), token)})";
        if (token.Any(char.IsControl))
        {
            failures.Add($"{option} contains a control character (a stray newline?); the token itself is not shown.");
        }
        else if (!System.Text.Ascii.IsValid(token))
        {
            // An HTTP header carries ASCII only: every request would fail, and be retried, as a transport error.
            failures.Add($"{option} contains a non-ASCII character (a pasted quote or dash?); the token itself is not shown.");
        }
    }

    /// <summary>Checks that the request timeout, the response size limit and the connection limit are positive.</summary>
    public static void CheckLimits(List<string> failures, ApiClientOptions options, OptionSource source, string? connectionHint = null)
    {
        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{Describe(options, source, nameof(ApiClientOptions.RequestTimeout), options.RequestTimeout.ToString())} must be positive (or Timeout.InfiniteTimeSpan), not {options.RequestTimeout}.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"{Describe(options, source, nameof(ApiClientOptions.MaxResponseBytes), options.MaxResponseBytes.ToString(CultureInfo.InvariantCulture))} must be positive, not {options.MaxResponseBytes}.");
        }

        if (options.MaxConnectionsPerServer <= 0)
        {
            failures.Add($"{Describe(options, source, nameof(ApiClientOptions.MaxConnectionsPerServer), options.MaxConnectionsPerServer.ToString(CultureInfo.InvariantCulture))} must be positive, not {options.MaxConnectionsPerServer}{connectionHint}.");
        }
    }

    /// <summary><c>NomadClientOptions.Token</c>: the options type and the option.</summary>
    public static string Name(ApiClientOptions options, string option) => $"{options.GetType().Name}.{option}";

    private static string Describe(ApiClientOptions options, OptionSource source, string option, string value) =>
        $"{Name(options, option)} ({source.Describe(option, value)})";
}

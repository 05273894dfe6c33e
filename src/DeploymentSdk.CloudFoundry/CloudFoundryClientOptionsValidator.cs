using DeploymentSdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.CloudFoundry;

/// <summary>Checks <see cref="CloudFoundryClientOptions"/> at start-up, with messages that name the option and say what to change.</summary>
internal sealed class CloudFoundryClientOptionsValidator : IValidateOptions<CloudFoundryClientOptions>
{
    private readonly bool _hasTokenSourceService;

    public CloudFoundryClientOptionsValidator(IServiceProvider services) =>
        _hasTokenSourceService = services.GetService<ICloudFoundryTokenSource>() is not null;

    public ValidateOptionsResult Validate(string? name, CloudFoundryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // A token source service serves the default client only; a named client needs its own token.
        var hasTokenSourceService = _hasTokenSourceService && string.IsNullOrEmpty(name);
        var failures = new List<string>();
        const string Prefix = nameof(CloudFoundryClientOptions) + ".";

        if (options.ApiAddress is not { } address)
        {
            failures.Add($"{Prefix}{nameof(options.ApiAddress)} is required: set it to the Cloud Foundry API root, for example https://api.sys.example.com.");
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}{nameof(options.ApiAddress)} '{SecretRedactor.RedactAddress(address)}' must be an absolute http or https address, for example https://api.sys.example.com.");
        }
        else if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment) || !string.IsNullOrEmpty(address.UserInfo))
        {
            failures.Add($"{Prefix}{nameof(options.ApiAddress)} must not contain a query, a fragment or user information; give the API root only.");
        }

        var hasToken = !string.IsNullOrWhiteSpace(options.AccessToken);
        var hasProvider = options.AccessTokenProvider is not null;
        if (hasToken && hasProvider)
        {
            failures.Add($"{Prefix}{nameof(options.AccessToken)} and {Prefix}{nameof(options.AccessTokenProvider)} are both set: keep one.");
        }
        else if (hasTokenSourceService && (hasToken || hasProvider))
        {
            failures.Add(
                $"An {nameof(ICloudFoundryTokenSource)} service is registered and {Prefix}"
                + (hasToken ? nameof(options.AccessToken) : nameof(options.AccessTokenProvider))
                + " is set too: keep one.");
        }
        else if (!hasTokenSourceService && !hasToken && !hasProvider)
        {
            failures.Add(
                $"No token: set {Prefix}{nameof(options.AccessToken)} (for example from 'cf oauth-token') or "
                + $"{Prefix}{nameof(options.AccessTokenProvider)}, or register an {nameof(ICloudFoundryTokenSource)} service.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{Prefix}{nameof(options.RequestTimeout)} must be positive (or Timeout.InfiniteTimeSpan); it is {options.RequestTimeout}.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"{Prefix}{nameof(options.MaxResponseBytes)} must be positive; it is {options.MaxResponseBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

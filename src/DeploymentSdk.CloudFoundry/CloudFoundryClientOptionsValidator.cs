using DeploymentSdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.CloudFoundry;

/// <summary>Checks <see cref="CloudFoundryClientOptions"/> at start-up, with messages that name the option and say what to change.</summary>
internal sealed class CloudFoundryClientOptionsValidator : IValidateOptions<CloudFoundryClientOptions>
{
    private readonly bool _hasTokenSourceService;
    private readonly string? _name;
    private readonly OptionSource _source;

    /// <param name="services">The container, asked whether an <see cref="ICloudFoundryTokenSource"/> service exists.</param>
    /// <param name="name">The options name this validator checks; null checks every name.</param>
    /// <param name="source">Where the registration's values come from.</param>
    public CloudFoundryClientOptionsValidator(IServiceProvider services, string? name = null, OptionSource? source = null)
    {
        _hasTokenSourceService = services.GetService<ICloudFoundryTokenSource>() is not null;
        _name = name;
        _source = source ?? OptionSource.Code;
    }

    public ValidateOptionsResult Validate(string? name, CloudFoundryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_name is not null && !string.Equals(_name, name ?? Options.DefaultName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        // A token source service serves the default client only; a named client needs its own token.
        var hasTokenSourceService = _hasTokenSourceService && string.IsNullOrEmpty(name);
        var failures = new List<string>();
        const string Prefix = nameof(CloudFoundryClientOptions) + ".";

        ApiClientOptionsValidation.CheckAddress(
            failures,
            options,
            _source,
            "https://api.sys.example.com",
            static uri => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp
                ? null
                : $"the scheme '{uri.Scheme}' is not supported; use an http or https address, for example https://api.sys.example.com.");

        var hasToken = !string.IsNullOrWhiteSpace(options.Token);
        var hasProvider = options.TokenProvider is not null;
        if (hasToken && hasProvider)
        {
            failures.Add($"{Prefix}{nameof(options.Token)} and {Prefix}{nameof(options.TokenProvider)} are both set: keep one.");
        }
        else if (hasTokenSourceService && (hasToken || hasProvider))
        {
            failures.Add(
                $"An {nameof(ICloudFoundryTokenSource)} service is registered and {Prefix}"
                + (hasToken ? nameof(options.Token) : nameof(options.TokenProvider))
                + " is set too: keep one.");
        }
        else if (!hasTokenSourceService && !hasToken && !hasProvider)
        {
            failures.Add(
                $"No token: set {Prefix}{nameof(options.Token)} (for example from 'cf oauth-token') or "
                + $"{Prefix}{nameof(options.TokenProvider)}, or register an {nameof(ICloudFoundryTokenSource)} service.");
        }

        ApiClientOptionsValidation.CheckToken(failures, options, _source);
        ApiClientOptionsValidation.CheckLimits(failures, options, _source);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

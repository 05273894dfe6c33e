using DeploymentSdk.Http;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.CloudFoundry.Authentication.Uaa;

/// <summary>Checks <see cref="UaaTokenSourceOptions"/>, with messages that name the option and where a bad value came from.</summary>
/// <param name="source">Where the values come from (a configuration section, or code); code when null.</param>
internal sealed class UaaTokenSourceOptionsValidator(OptionSource? source = null) : IValidateOptions<UaaTokenSourceOptions>
{
    private readonly OptionSource _source = source ?? OptionSource.Code;

    public ValidateOptionsResult Validate(string? name, UaaTokenSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Prefix = nameof(UaaTokenSourceOptions) + ".";
        if (options.UaaAddress is not { } address)
        {
            failures.Add($"{Prefix}{nameof(options.UaaAddress)} is required: set it to the UAA root, for example https://uaa.sys.example.com.");
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.UserInfo))
        {
            failures.Add($"{Prefix}{nameof(options.UaaAddress)} ({_source.Describe(nameof(options.UaaAddress), address.OriginalString)}) '{SecretRedactor.RedactAddress(address)}' must be an absolute http or https address without query or user information.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{Prefix}{nameof(options.ClientId)} is required (the cf CLI's client is 'cf').");
        }

        if (string.IsNullOrWhiteSpace(options.RefreshToken) && string.IsNullOrEmpty(options.ClientSecret))
        {
            failures.Add(
                $"Set {Prefix}{nameof(options.RefreshToken)} (refresh_token grant) or {Prefix}{nameof(options.ClientSecret)} "
                + "(client_credentials grant).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{Prefix}{nameof(options.RequestTimeout)} ({_source.Describe(nameof(options.RequestTimeout), options.RequestTimeout.ToString())}) must be positive; it is {options.RequestTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

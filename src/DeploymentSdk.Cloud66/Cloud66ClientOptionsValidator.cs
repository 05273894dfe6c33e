using DeploymentSdk.Http;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Cloud66;

/// <summary>Checks <see cref="Cloud66ClientOptions"/> at start-up; each message names the option and says what to change.</summary>
internal sealed class Cloud66ClientOptionsValidator : IValidateOptions<Cloud66ClientOptions>
{
    private readonly string? _name;
    private readonly OptionSource _source;

    /// <summary>A validator of every name, with sources unknown (code).</summary>
    public Cloud66ClientOptionsValidator()
        : this(null, OptionSource.Code)
    {
    }

    /// <param name="name">The options name this validator checks; null checks every name.</param>
    /// <param name="source">Where the registration's values come from.</param>
    public Cloud66ClientOptionsValidator(string? name, OptionSource source)
    {
        _name = name;
        _source = source;
    }

    public ValidateOptionsResult Validate(string? name, Cloud66ClientOptions options)
    {
        if (_name is not null && !string.Equals(_name, name ?? Options.DefaultName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        ApiClientOptionsValidation.CheckAddress(
            failures,
            options,
            _source,
            "https://app.cloud66.com/api/3/",
            static uri => uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
                ? null
                : $"the address must use https (http is accepted only for a loopback address); it is {uri.Scheme}://{uri.Authority}.");

        var hasToken = !string.IsNullOrEmpty(options.Token);
        if (hasToken && options.TokenProvider is not null)
        {
            failures.Add("Set only one of Cloud66ClientOptions.Token and Cloud66ClientOptions.TokenProvider.");
        }
        else if (!hasToken && options.TokenProvider is null)
        {
            failures.Add("Cloud66ClientOptions.Token (or TokenProvider) is required: the Cloud66 personal access token or OAuth token to send as a bearer token.");
        }

        ApiClientOptionsValidation.CheckToken(failures, options, _source);
        ApiClientOptionsValidation.CheckLimits(failures, options, _source);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

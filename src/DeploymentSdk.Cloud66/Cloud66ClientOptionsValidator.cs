using Microsoft.Extensions.Options;

namespace DeploymentSdk.Cloud66;

/// <summary>Checks <see cref="Cloud66ClientOptions"/> at start-up; each message names the option and says what to change.</summary>
internal sealed class Cloud66ClientOptionsValidator : IValidateOptions<Cloud66ClientOptions>
{
    public ValidateOptionsResult Validate(string? name, Cloud66ClientOptions options)
    {
        var failures = new List<string>();
        var address = options.BaseAddress;
        if (address is null)
        {
            failures.Add("Cloud66ClientOptions.BaseAddress is required; the public API is https://app.cloud66.com/api/3/.");
        }
        else if (!address.IsAbsoluteUri)
        {
            failures.Add("Cloud66ClientOptions.BaseAddress must be an absolute URI such as https://app.cloud66.com/api/3/.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            failures.Add($"Cloud66ClientOptions.BaseAddress must use https (http is accepted only for a loopback address); it is {address.Scheme}://{address.Authority}.");
        }
        else if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment) || !string.IsNullOrEmpty(address.UserInfo))
        {
            failures.Add("Cloud66ClientOptions.BaseAddress must not contain a query string, a fragment or user information.");
        }

        var hasToken = !string.IsNullOrEmpty(options.AccessToken);
        if (hasToken && options.AccessTokenProvider is not null)
        {
            failures.Add("Set only one of Cloud66ClientOptions.AccessToken and Cloud66ClientOptions.AccessTokenProvider.");
        }
        else if (!hasToken && options.AccessTokenProvider is null)
        {
            failures.Add("Cloud66ClientOptions.AccessToken (or AccessTokenProvider) is required: the Cloud66 personal access token or OAuth token to send as a bearer token.");
        }
        else if (hasToken && !IsHeaderSafe(options.AccessToken!))
        {
            // Never echo the token itself.
            failures.Add("Cloud66ClientOptions.AccessToken contains white space or control characters; copy the token again without them.");
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"Cloud66ClientOptions.Timeout must be positive (or Timeout.InfiniteTimeSpan); it is {options.Timeout}.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"Cloud66ClientOptions.MaxResponseBytes must be positive; it is {options.MaxResponseBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHeaderSafe(string token)
    {
        foreach (var c in token)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.Http;

namespace DeploymentSdk.CloudFoundry.Http;

/// <summary>Turns Cloud Foundry's error answers into <see cref="CloudFoundryApiException"/>.</summary>
internal static class CloudFoundryErrors
{
    public const string InvalidAuthToken = "CF-InvalidAuthToken";

    /// <summary>
    /// True when the answer says the token was rejected as invalid or expired (<c>401 CF-InvalidAuthToken</c>), so a new
    /// token may help; other 401s (<c>CF-NotAuthenticated</c>) and 403s would be answered the same with any token.
    /// </summary>
    public static bool IsExpiredToken(int status, string? body) =>
        status == 401 && Parse(body).Any(error => error.Title == InvalidAuthToken);

    /// <summary>Builds the exception for an unsuccessful answer; the pipeline's error factory.</summary>
    public static ApiException Create(ApiErrorResponse response)
    {
        var errors = Parse(response.Body);
        var detail = string.Join("; ", errors.Select(Describe).Where(text => text.Length > 0));
        return new CloudFoundryApiException(
            response.DescribeWith("Cloud Foundry", detail.Length > 0 ? detail : response.Body),
            KindOf(response.Status, errors),
            response.Status,
            response.Method,
            response.Path,
            response.Body,
            errors,
            response.RetryAfter,
            RateLimitOf(response.Headers));
    }

    /// <summary>
    /// Reads the <c>errors</c> envelope, or a bare error object (some gateway answers have no envelope). Anything
    /// else, including a body that is not JSON, yields no errors: the status still classifies the failure.
    /// </summary>
    public static IReadOnlyList<CloudFoundryError> Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            if (JsonSerializer.Deserialize(body, CloudFoundryJsonContext.Default.CloudFoundryErrorList) is { Errors: { } list })
            {
                return list.Where(error => error is not null).ToArray();
            }

            if (JsonSerializer.Deserialize(body, CloudFoundryJsonContext.Default.CloudFoundryError) is { } single
                && (single.Title is not null || single.Code is not null))
            {
                return [single];
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML page or plain text: no structured errors.
        }

        return [];
    }

    /// <summary>The status decides the kind, except where a well-known title is more precise.</summary>
    internal static ApiErrorKind KindOf(int status, IReadOnlyList<CloudFoundryError> errors)
    {
        foreach (var error in errors)
        {
            ApiErrorKind? kind = error.Title switch
            {
                "CF-ResourceNotFound" => ApiErrorKind.NotFound,
                "CF-InvalidAuthToken" or "CF-NotAuthenticated" => ApiErrorKind.Unauthorized,
                "CF-NotAuthorized" => ApiErrorKind.PermissionDenied,
                "CF-RateLimitExceeded" or "CF-IPBasedRateLimitExceeded" or "CF-UaaRateLimited"
                    or "CF-ServiceBrokerRateLimitExceeded" => ApiErrorKind.RateLimited,
                _ => null,
            };
            if (kind is { } known)
            {
                return known;
            }
        }

        return ApiException.KindFromStatus(status);
    }

    /// <summary>Reads <c>X-RateLimit-Limit</c>, <c>-Remaining</c> and <c>-Reset</c> (names compare case-insensitively); null when none is present.</summary>
    internal static CloudFoundryRateLimit? RateLimitOf(HttpResponseHeaders headers)
    {
        var limit = LongHeader(headers, "X-RateLimit-Limit");
        var remaining = LongHeader(headers, "X-RateLimit-Remaining");
        var reset = LongHeader(headers, "X-RateLimit-Reset");
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        DateTimeOffset? resetAt = reset is >= 0 and <= 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(reset.Value) : null;
        return new CloudFoundryRateLimit(limit, remaining, resetAt);
    }

    private static long? LongHeader(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Describe(CloudFoundryError error) => (error.Title, error.Detail) switch
    {
        ({ } title, { } text) => $"{title}: {text}",
        ({ } title, null) => title,
        (null, { } text) => text,
        _ => string.Empty,
    };
}

using System.Text.Json;
using DeploymentSdk.Http;

namespace DeploymentSdk.Cloud66.Http;

/// <summary>Turns Cloud66's error answers into <see cref="Cloud66ApiException"/>.</summary>
internal static class Cloud66Errors
{
    public static ApiException Create(ApiErrorResponse response)
    {
        var (isJson, error, description, details) = ReadBody(response.Body);
        var throttled = response.Status == 503 && IsThrottled(response.Body);
        var kind = response.Status switch
        {
            402 => ApiErrorKind.PermissionDenied,
            503 when throttled => ApiErrorKind.RateLimited,
            _ => ApiException.KindFromStatus(response.Status),
        };

        // The server's own words first; a body that is not JSON (a proxy's page, "throttled") is shown as it is.
        var detail = isJson ? description ?? error ?? details : response.Body;
        var hint = response.Status switch
        {
            401 => "check the access token",
            402 => "the account's trial has expired or its plan does not allow this",
            403 => "the access token lacks the scope for this operation",
            503 when throttled => "rate limited: Cloud66 allows 3,000 requests per user per hour",
            _ => null,
        };
        var message = response.DescribeWith("Cloud66", hint is null ? detail : detail is null ? hint : $"{detail} ({hint})");
        return new Cloud66ApiException(
            message,
            kind,
            response.Status,
            response.Method,
            response.Path,
            response.Body,
            error,
            description,
            details,
            response.RetryAfter);
    }

    /// <summary>Cloud66's hourly "throttled" 503 will not clear within a retry's backoff: it is final, not retried.</summary>
    internal static bool IsThrottledAnswer(int status, string? body) => status == 503 && IsThrottled(body);

    private static bool IsThrottled(string? body) =>
        body is not null && body.Contains("throttl", StringComparison.OrdinalIgnoreCase);

    private static (bool IsJson, string? Error, string? Description, string? Details) ReadBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return default;
            }

            return (true, TextOf(root, "error"), TextOf(root, "error_description"), TextOf(root, "details"));
        }
        catch (JsonException)
        {
            // Cut off at the excerpt limit, or not JSON after all: the body is still shown as text.
            return default;
        }
    }

    private static string? TextOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;
}

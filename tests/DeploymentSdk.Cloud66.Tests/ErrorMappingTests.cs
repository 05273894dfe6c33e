using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests;

/// <summary>
/// Error answers become <see cref="Cloud66ApiException"/> with the right kind. The cancel endpoint (DELETE) is used
/// where a GET would be retried by the pipeline (408, 503), so each test sees exactly one exchange.
/// </summary>
public sealed class ErrorMappingTests : IDisposable
{
    private readonly Cloud66Server _c66 = new();

    public void Dispose() => _c66.Dispose();

    [Theory]
    [InlineData(401, ApiErrorKind.Unauthorized, "invalid_token", "The access token is invalid")]
    [InlineData(402, ApiErrorKind.PermissionDenied, "payment_required", "Your trial has expired")]
    [InlineData(403, ApiErrorKind.PermissionDenied, "insufficient_scope", "The token needs the deploy scope")]
    [InlineData(404, ApiErrorKind.NotFound, "not_found", "Stack not found")]
    [InlineData(408, ApiErrorKind.ServerError, "timeout", "The request timed out")]
    [InlineData(409, ApiErrorKind.Conflict, "conflict", "A deployment is already running")]
    [InlineData(503, ApiErrorKind.RateLimited, "throttled", "Too many requests")]
    public async Task Json_error_bodies_map_to_the_kind_and_keep_their_fields(int status, ApiErrorKind kind, string error, string description)
    {
        var body = $$"""{"error": "{{error}}", "error_description": "{{description}}", "details": {"stack": "{{StackId}}"} }""";
        _c66.Answer("DELETE", $"/stacks/{StackId}/deployments/107", body, status);

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.CancelAsync(StackId, 107));

        Assert.Equal(kind, e.Kind);
        Assert.Equal(status, e.Status);
        Assert.Equal("DELETE", e.Method);
        Assert.Equal($"/api/3/stacks/{StackId}/deployments/107", e.RequestPath);
        Assert.Equal(error, e.Error);
        Assert.Equal(description, e.ErrorDescription);
        Assert.Equal($$"""{"stack": "{{StackId}}"}""", e.Details);
        Assert.Equal([error], e.ErrorCodes);
        Assert.Equal(body, e.ResponseBodyExcerpt);
        Assert.Contains(description, e.Message, StringComparison.Ordinal);
        Assert.Contains($"{status}", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, e.ToString(), StringComparison.Ordinal);
        Assert.Single(_c66.Requests);
    }

    [Fact]
    public async Task A_plain_text_throttled_answer_is_rate_limited_with_the_text_in_the_message()
    {
        _c66.Server
            .Given(Request.Create().UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/plain").WithBody("throttled"));

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.CancelAsync(StackId, 107));

        Assert.Equal(ApiErrorKind.RateLimited, e.Kind);
        Assert.Null(e.Error);
        Assert.Null(e.ErrorDescription);
        Assert.Null(e.Details);
        Assert.Empty(e.ErrorCodes);
        Assert.Equal("throttled", e.ResponseBodyExcerpt);
        Assert.Contains("throttled", e.Message, StringComparison.Ordinal);
        Assert.Contains("3,000 requests per user per hour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_read_is_not_retried_because_the_hourly_limit_will_not_clear_in_a_backoff()
    {
        _c66.Server
            .Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/plain").WithBody("throttled"));

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.GetAsync(StackId, 107));

        Assert.Equal(ApiErrorKind.RateLimited, e.Kind);
        Assert.Single(_c66.Requests);
    }

    [Fact]
    public async Task A_503_that_does_not_say_throttled_is_a_server_error()
    {
        _c66.Server
            .Given(Request.Create().UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/html").WithBody("<html><body>Down for maintenance</body></html>"));

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.CancelAsync(StackId, 107));

        Assert.Equal(ApiErrorKind.ServerError, e.Kind);
        Assert.Contains("Down for maintenance", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_read_with_a_long_retry_after_is_not_retried_and_reports_the_wait()
    {
        _c66.Server
            .Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1800").WithBody("""{"error": "throttled"}"""));

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.GetAsync(StackId, 107));

        Assert.Equal(ApiErrorKind.RateLimited, e.Kind);
        Assert.Equal(TimeSpan.FromMinutes(30), e.RetryAfter);
        Assert.Equal("throttled", e.Error);
        Assert.Single(_c66.Requests);
    }

    [Fact]
    public async Task A_redeploy_that_fails_is_never_sent_twice()
    {
        _c66.Server
            .Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"error": "internal_error"}"""));

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.RedeployAsync(StackId));

        Assert.Equal(ApiErrorKind.ServerError, e.Kind);
        Assert.Single(_c66.Requests);
    }

    [Theory]
    [InlineData("""{"error": "not_found"}""", "not_found", null, null)]
    [InlineData("""{"error_description": "Stack not found", "details": "check the UID"}""", null, "Stack not found", "check the UID")]
    [InlineData("""{"details": ["a", "b"]}""", null, null, """["a", "b"]""")]
    [InlineData("""["not", "an", "object"]""", null, null, null)]
    [InlineData("{ not json", null, null, null)]
    [InlineData("", null, null, null)]
    public async Task Error_bodies_of_any_shape_are_read_as_far_as_they_go(string body, string? error, string? description, string? details)
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments/107", body, 404);

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.GetAsync(StackId, 107));

        Assert.Equal(ApiErrorKind.NotFound, e.Kind);
        Assert.Equal(error, e.Error);
        Assert.Equal(description, e.ErrorDescription);
        Assert.Equal(details, e.Details);
        Assert.Equal(string.IsNullOrEmpty(body) ? null : body, e.ResponseBodyExcerpt);
        Assert.StartsWith("Cloud66 answered 404 (NotFound) to GET /api/3/stacks/", e.Message, StringComparison.Ordinal);
    }
}

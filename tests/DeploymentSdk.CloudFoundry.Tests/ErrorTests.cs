using DeploymentSdk.CloudFoundry.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests;

public sealed class ErrorTests : IDisposable
{
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData(400, ApiErrorKind.BadRequest)]
    [InlineData(401, ApiErrorKind.Unauthorized)]
    [InlineData(403, ApiErrorKind.PermissionDenied)]
    [InlineData(409, ApiErrorKind.Conflict)]
    [InlineData(422, ApiErrorKind.BadRequest)]
    [InlineData(500, ApiErrorKind.ServerError)]
    [InlineData(503, ApiErrorKind.ServerError)]
    public async Task The_seed_error_envelope_is_parsed_for_every_documented_status(int status, ApiErrorKind kind)
    {
        // POST, so the SDK's retry of safe requests does not repeat the 5xx answers.
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost()).RespondWith(JsonAnswer(status, Fixture.Read("Errors/seed-error.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CreateAsync(new CreateDeploymentRequest("app")));

        Assert.Equal(status, error.Status);
        Assert.Equal(kind, error.Kind);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/v3/deployments", error.RequestPath);
        Assert.Equal(["string"], error.ErrorCodes);
        var only = Assert.Single(error.Errors);
        Assert.Equal(0, only.Code);
        Assert.Equal("string", only.Title);
        Assert.Equal("string", only.Detail);
        Assert.Null(error.RateLimit);
        Assert.Contains($"Cloud Foundry answered {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("string: string", error.Message, StringComparison.Ordinal);
        Assert.Equal(Fixture.Read("Errors/seed-error.json"), error.ResponseBodyExcerpt);
        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task The_seed_bad_gateway_answer_without_envelope_is_parsed()
    {
        _host.Server.Given(Request.Create().UsingPost()).RespondWith(JsonAnswer(502, Fixture.Read("Errors/seed-bad-gateway.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CreateAsync(new CreateDeploymentRequest("app")));

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Equal(502, error.Status);
        Assert.Equal(["string"], error.ErrorCodes);
        Assert.Equal(0, Assert.Single(error.Errors).Code);
        Assert.Equal("string", error.Errors[0].Detail);
    }

    [Fact]
    public async Task Not_found_is_distinguishable_without_reading_the_message()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(404, Fixture.Read("Errors/not-found.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.GetAsync("missing"));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
        Assert.Equal(["CF-ResourceNotFound"], error.ErrorCodes);
        Assert.Equal(10010, Assert.Single(error.Errors).Code);
        Assert.Equal("Deployment not found", error.Errors[0].Detail);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v3/deployments/missing", error.RequestPath);
        Assert.Equal("Cloud Foundry answered 404 (NotFound) to GET /v3/deployments/missing: CF-ResourceNotFound: Deployment not found", error.Message);
    }

    [Fact]
    public async Task Rate_limit_headers_are_read_case_insensitively()
    {
        // Cloud Foundry's rate limiter answers text/plain with a JSON body.
        _host.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create()
            .WithStatusCode(429)
            .WithHeader("content-type", "text/plain; charset=utf-8")
            .WithHeader("retry-after", "12")
            .WithHeader("x-ratelimit-limit", "20000")
            .WithHeader("X-RATELIMIT-REMAINING", "0")
            .WithHeader("x-RateLimit-reset", "1700000000")
            .WithBody(Fixture.Read("Errors/rate-limit-exceeded.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CreateAsync(new CreateDeploymentRequest("app")));

        Assert.Equal(ApiErrorKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
        Assert.Equal(new CloudFoundryRateLimit(20000, 0, DateTimeOffset.FromUnixTimeSeconds(1700000000)), error.RateLimit);
        Assert.Equal(["CF-RateLimitExceeded"], error.ErrorCodes);
        Assert.Equal(10013, Assert.Single(error.Errors).Code);
    }

    [Fact]
    public async Task Several_errors_are_all_kept_with_unknown_fields()
    {
        _host.Server.Given(Request.Create().UsingPost()).RespondWith(JsonAnswer(422, Fixture.Read("Errors/compound.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CreateAsync(new CreateDeploymentRequest("app")));

        Assert.Equal(ApiErrorKind.BadRequest, error.Kind);
        Assert.Equal(["CF-UnprocessableEntity", "CF-UnprocessableEntity"], error.ErrorCodes);
        Assert.Equal(2, error.Errors.Count);
        Assert.EndsWith("must be sorted in ascending order", error.Errors[1].Detail, StringComparison.Ordinal);
        Assert.True(error.Errors[1].AdditionalProperties!.ContainsKey("test_mode_info"));
        Assert.Contains("between 1-100 (inclusive); CF-UnprocessableEntity: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_leaves_the_status_to_classify()
    {
        _host.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create()
            .WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>502 Bad Gateway: Registered endpoint failed to handle the request.</body></html>"));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CreateAsync(new CreateDeploymentRequest("app")));

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Empty(error.Errors);
        Assert.Empty(error.ErrorCodes);
        Assert.Contains("Registered endpoint failed", error.ResponseBodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_answer_without_a_body_is_an_invalid_response()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("null"));

        var error = await Assert.ThrowsAsync<ApiException>(() => _host.Deployments.GetAsync("d-1"));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Equal("/v3/deployments/d-1", error.RequestPath);
    }

    [Fact]
    public async Task A_successful_answer_that_is_not_json_is_an_invalid_response()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html>login</html>"));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.GetAsync("d-1"));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, "CF-ResourceNotFound", ApiErrorKind.NotFound)]
    [InlineData(400, "CF-ResourceNotFound", ApiErrorKind.NotFound)]
    [InlineData(422, "CF-NotAuthorized", ApiErrorKind.PermissionDenied)]
    [InlineData(503, "CF-RateLimitExceeded", ApiErrorKind.RateLimited)]
    [InlineData(401, "CF-NotAuthenticated", ApiErrorKind.Unauthorized)]
    [InlineData(403, "CF-DeploymentsDisabled", ApiErrorKind.PermissionDenied)]
    [InlineData(422, "CF-UnprocessableEntity", ApiErrorKind.BadRequest)]
    [InlineData(502, "CF-UaaUnavailable", ApiErrorKind.ServerError)]
    public void The_kind_comes_from_a_well_known_title_before_the_status(int status, string title, ApiErrorKind kind) =>
        Assert.Equal(kind, CloudFoundryErrors.KindOf(status, [new CloudFoundryError { Title = title }]));
}

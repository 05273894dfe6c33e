using DeploymentSdk.Polling;

namespace DeploymentSdk.Tests;

public sealed class ApiExceptionTests
{
    [Theory]
    [InlineData(400, ApiErrorKind.BadRequest)]
    [InlineData(422, ApiErrorKind.BadRequest)]
    [InlineData(401, ApiErrorKind.Unauthorized)]
    [InlineData(403, ApiErrorKind.PermissionDenied)]
    [InlineData(404, ApiErrorKind.NotFound)]
    [InlineData(409, ApiErrorKind.Conflict)]
    [InlineData(429, ApiErrorKind.RateLimited)]
    [InlineData(408, ApiErrorKind.ServerError)]
    [InlineData(503, ApiErrorKind.ServerError)]
    [InlineData(302, ApiErrorKind.Unknown)]
    public void Status_codes_map_to_kinds(int status, ApiErrorKind kind) =>
        Assert.Equal(kind, ApiException.KindFromStatus(status));

    [Fact]
    public void Body_excerpt_is_bounded()
    {
        var error = new ApiException("failed", ApiErrorKind.ServerError, 500, "GET", "/v1/jobs", new string('x', 100_000));

        Assert.Equal(ApiException.MaxExcerptLength + 1, error.ResponseBodyExcerpt!.Length);
        Assert.Empty(error.ErrorCodes);
    }

    [Fact]
    public void Backoff_doubles_with_jitter_up_to_the_cap_and_resets()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalSeconds).ToArray();

        double[] steps = [1, 2, 4, 8, 8, 8];
        Assert.All(delays.Zip(steps), pair => Assert.InRange(pair.First, pair.Second * 0.8, pair.Second * 1.2));
        Assert.Equal(6, backoff.Attempt);
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalSeconds, 0.8, 1.2);
    }
}

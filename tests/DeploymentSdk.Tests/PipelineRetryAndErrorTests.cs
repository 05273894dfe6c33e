using System.Net;
using System.Security.Authentication;
using System.Text.Json.Serialization;
using DeploymentSdk.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Tests;

/// <summary>The shared pipeline and retry handler over an in-memory primary handler: what is retried, and what an error carries.</summary>
public sealed class PipelineRetryAndErrorTests
{
    [Fact]
    public async Task An_answer_the_provider_calls_final_is_not_retried_and_its_body_still_reaches_the_exception()
    {
        var server = new StubHandler(_ => Answer(HttpStatusCode.ServiceUnavailable, "throttled", "Throttled"));
        string? seen = null;
        var pipeline = server.Pipeline((status, body) =>
        {
            seen = body;
            return status == 503 && body == "throttled";
        });

        var error = await Assert.ThrowsAsync<ApiException>(() => pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CancellationToken.None));

        Assert.Equal(1, server.Calls);
        Assert.Equal("throttled", seen);
        Assert.Equal("throttled", error.ResponseBodyExcerpt);
        Assert.Equal(503, error.Status);
    }

    [Fact]
    public async Task An_answer_the_provider_does_not_call_final_is_retried_as_before()
    {
        var server = new StubHandler(_ => Answer(HttpStatusCode.ServiceUnavailable, "maintenance"));
        var pipeline = server.Pipeline((_, body) => body == "throttled");

        var error = await Assert.ThrowsAsync<ApiException>(() => pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CancellationToken.None));

        Assert.Equal(1 + SdkHttpClientBuilderExtensions.MaxRetryAttempts, server.Calls);
        Assert.Equal("maintenance", error.ResponseBodyExcerpt);
    }

    [Fact]
    public async Task Without_a_predicate_every_transient_answer_of_a_read_is_retried()
    {
        var server = new StubHandler(_ => Answer(HttpStatusCode.ServiceUnavailable, "throttled"));

        await Assert.ThrowsAsync<ApiException>(() => server.Pipeline(null).SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CancellationToken.None));

        Assert.Equal(1 + SdkHttpClientBuilderExtensions.MaxRetryAttempts, server.Calls);
    }

    [Fact]
    public async Task The_predicate_sees_at_most_the_error_body_limit_of_a_huge_error_body()
    {
        var server = new StubHandler(_ => Answer(HttpStatusCode.InternalServerError, new string('x', 5 * 1024 * 1024)));
        var length = -1;
        var pipeline = server.Pipeline((_, body) =>
        {
            length = body!.Length;
            return true;
        });

        var error = await Assert.ThrowsAsync<ApiException>(() => pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CancellationToken.None));

        Assert.Equal(ApiPipelineSettings.MaxErrorBodyBytes, length);
        Assert.Equal(ApiException.MaxExcerptLength + 1, error.ResponseBodyExcerpt!.Length);
        Assert.InRange(error.Message.Length, 1, 1024);
    }

    [Fact]
    public async Task A_rejected_server_certificate_is_not_retried()
    {
        var server = new StubHandler(_ => throw new HttpRequestException(
            "The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate was rejected by the provided RemoteCertificateValidationCallback.")));

        var error = await Assert.ThrowsAsync<ApiException>(() => server.Pipeline(null).SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CancellationToken.None));

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(1, server.Calls);
    }

    [Fact]
    public async Task The_error_factory_gets_the_reason_phrase()
    {
        var server = new StubHandler(_ => Answer(HttpStatusCode.Forbidden, "no", "Plan Limit Reached"));
        ApiErrorResponse? received = null;
        var pipeline = server.Pipeline(null, error =>
        {
            received = error;
            return new ApiException("failed", ApiErrorKind.PermissionDenied, error.Status);
        });

        await Assert.ThrowsAsync<ApiException>(() => pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CancellationToken.None));

        Assert.Equal("Plan Limit Reached", received!.ReasonPhrase);
        Assert.Equal("no", received.Body);
    }

    [Fact]
    public async Task A_parser_message_quoting_a_huge_server_value_is_cut_to_a_bounded_length()
    {
        // System.Text.Json names the dictionary key in its path, so a 100,000-character key makes a 100,000-character message.
        var key = new string('k', 100_000);
        var server = new StubHandler(_ => Answer(HttpStatusCode.OK, $$"""{"{{key}}": "not a number"}"""));

        var error = await Assert.ThrowsAsync<ApiException>(() =>
            server.Pipeline(null).SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CoreTestJsonContext.Default.DictionaryStringInt32, CancellationToken.None));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.InRange(error.Message.Length, 1, 1024);
        Assert.Contains("not valid JSON for Dictionary", error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body, string? reason = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        response.ReasonPhrase = reason;
        if ((int)status >= 500)
        {
            // Retry-After: 0 keeps the retries of this test immediate; the count is what matters.
            response.Headers.TryAddWithoutValidation("Retry-After", "0");
        }

        return response;
    }

    /// <summary>An in-memory server behind the SDK's real handler stack (retry, redirect, credential).</summary>
    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ApiPipeline Pipeline(Func<int, string?, bool>? isFinalAnswer, Func<ApiErrorResponse, ApiException>? createError = null)
        {
            var services = new ServiceCollection();
            services.AddHttpClient("test").AddSdkPipeline(
                _ => this,
                _ => new OriginScopedCredentialHandler(new Uri("http://127.0.0.1/"), "X-Token", _ => ValueTask.FromResult<string?>("secret")));
            var http = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("test");
            var settings = new ApiPipelineSettings("Test", new Uri("http://127.0.0.1/"), TimeSpan.FromSeconds(30), 1024 * 1024)
            {
                IsFinalAnswer = isFinalAnswer,
            };
            return new ApiPipeline(http, settings, createError ?? (e => new ApiException(e.DescribeWith("Test", e.Body), ApiException.KindFromStatus(e.Status), e.Status, e.Method, e.Path, e.Body)));
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(answer(request));
        }
    }
}

[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class CoreTestJsonContext : JsonSerializerContext;

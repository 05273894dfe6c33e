using System.Net;
using System.Text;
using DeploymentSdk.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Tests;

/// <summary>
/// The allocation-saving paths of the shared pipeline (issue #22) keep their behaviour: requests sent straight to the
/// handler chain, redirects followed inside the retry handler, the body stream taken synchronously or not, and the size
/// cap for bodies of unknown length.
/// </summary>
public sealed class PipelineFastPathTests
{
    private static readonly Uri Origin = new("http://127.0.0.1/");

    [Fact]
    public async Task Sent_straight_to_the_handler_chain_a_redirect_is_followed_and_its_transient_answer_retried()
    {
        var stub = new Stub(request => request.RequestUri!.AbsolutePath switch
        {
            "/v1/x" => Redirect("/v1/y"),
            _ => null,
        })
        {
            Sequence = [HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK],
        };
        var pipeline = stub.Pipeline(direct: true);

        var answer = await pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CoreTestJsonContext.Default.DictionaryStringInt32, CancellationToken.None);

        Assert.Equal(1, answer.Value!["a"]);
        Assert.Equal(["/v1/x", "/v1/y", "/v1/x", "/v1/y"], stub.Paths);
        Assert.All(stub.Tokens, token => Assert.Equal("secret", token)); // the credential handler saw every hop
    }

    [Fact]
    public async Task A_client_configured_with_default_headers_is_used_as_it_is()
    {
        var stub = new Stub(_ => Json("""{"a":2}"""));
        var pipeline = stub.Pipeline(direct: true, configure: client => client.DefaultRequestHeaders.Add("X-Team", "payments"));

        var answer = await pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CoreTestJsonContext.Default.DictionaryStringInt32, CancellationToken.None);

        Assert.Equal(2, answer.Value!["a"]);
        Assert.Equal("payments", Assert.Single(stub.Teams));
    }

    [Fact]
    public async Task A_body_of_unknown_length_over_the_cap_fails_as_an_invalid_response()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":" + new string(' ', 4096) + "1}");
        var stub = new Stub(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new NonSeekableStream(body)) });
        var pipeline = stub.Pipeline(direct: true, maxResponseBytes: 1024);

        var error = await Assert.ThrowsAsync<ApiException>(() =>
            pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CoreTestJsonContext.Default.DictionaryStringInt32, CancellationToken.None));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("1,024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_type_without_a_synchronous_read_is_read_asynchronously()
    {
        var stub = new Stub(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new AsyncOnlyContent("""{"a":3}""") });
        var pipeline = stub.Pipeline(direct: true);

        var answer = await pipeline.SendAsync(new ApiRequest(HttpMethod.Get, "v1/x"), CoreTestJsonContext.Default.DictionaryStringInt32, CancellationToken.None);

        Assert.Equal(3, answer.Value!["a"]);
    }

    private static HttpResponseMessage Redirect(string location)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location = new Uri(location, UriKind.Relative);
        return response;
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>An in-memory server behind the SDK's real handler stack; answers in <see cref="Sequence"/> order where <c>answer</c> gives none.</summary>
    private sealed class Stub(Func<HttpRequestMessage, HttpResponseMessage?> answer) : HttpMessageHandler
    {
        private int _next;

        public List<HttpStatusCode> Sequence { get; init; } = [];

        public List<string> Paths { get; } = [];

        public List<string?> Tokens { get; } = [];

        public List<string?> Teams { get; } = [];

        public ApiPipeline Pipeline(bool direct, Action<HttpClient>? configure = null, long maxResponseBytes = 1024 * 1024)
        {
            var services = new ServiceCollection();
            var builder = services.AddHttpClient("test").AddSdkPipeline(
                _ => this,
                _ => new OriginScopedCredentialHandler(Origin, "X-Token", _ => ValueTask.FromResult<string?>("secret")));
            if (configure is not null)
            {
                builder.ConfigureHttpClient(configure);
            }

            var provider = services.BuildServiceProvider();
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("test");
            var handler = direct ? provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("test") : null;
            var settings = new ApiPipelineSettings("Test", Origin, TimeSpan.FromSeconds(30), maxResponseBytes);
            return new ApiPipeline(http, settings, e => new ApiException(e.DescribeWith("Test", e.Body), ApiException.KindFromStatus(e.Status), e.Status, e.Method, e.Path, e.Body), handler);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Paths)
            {
                Paths.Add(request.RequestUri!.AbsolutePath);
                Tokens.Add(request.Headers.TryGetValues("X-Token", out var token) ? token.Single() : null);
                Teams.Add(request.Headers.TryGetValues("X-Team", out var team) ? team.Single() : null);
            }

            var response = answer(request);
            if (response is null)
            {
                var status = Sequence[Interlocked.Increment(ref _next) - 1];
                response = status == HttpStatusCode.OK ? Json("""{"a":1}""") : new HttpResponseMessage(status);
                response.Headers.TryAddWithoutValidation("Retry-After", "0");
            }

            return Task.FromResult(response);
        }
    }

    /// <summary>A body whose length is not known in advance, as a chunked or inflated one.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>A content type from outside System.Net.Http that implements only the asynchronous read.</summary>
    private sealed class AsyncOnlyContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

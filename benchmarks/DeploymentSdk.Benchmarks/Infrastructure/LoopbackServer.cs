using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using DeploymentSdk.Benchmarks.Payloads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// A stand-in Nomad agent on 127.0.0.1 (Kestrel, one terminal middleware, no routing or logging) that answers from
/// prebuilt bytes, so what is measured is the client. It listens on two ports: <see cref="IdentityAddress"/> never
/// compresses; <see cref="GzipAddress"/> answers with prebuilt gzip bytes when the client accepts gzip, as a Nomad
/// agent does.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>GET /v1/allocations</c>: <see cref="Allocations"/>; with <c>per_page</c>, pages of <see cref="PageItems"/>
/// (the same bytes every page) over <see cref="PagingTotal"/> items, keyed by <c>next_token</c> (<c>p1</c>, <c>p2</c>, …).</item>
/// <item><c>GET /v1/jobs</c>: an empty list, for the cost of a call with nothing to read.</item>
/// <item><c>GET /v1/job/web</c>: <see cref="Job"/>; with <c>index</c> (a blocking query) the answer is held for
/// <see cref="LongPollHold"/> and then sent unchanged (same index), as Nomad does when nothing changed.</item>
/// </list>
/// </remarks>
internal sealed class LoopbackServer : IAsyncDisposable
{
    public const ulong Index = 3_000_000_000;

    private static readonly byte[] EmptyList = "[]"u8.ToArray();

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<byte[], byte[]> _gzipped = new(ReferenceEqualityComparer.Instance);
    private int _gzipPort;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri IdentityAddress { get; private set; } = null!;

    public Uri GzipAddress { get; private set; } = null!;

    public byte[] Allocations { get; set; } = "[]"u8.ToArray();

    public byte[] Job { get; set; } = JobPayload.Generate();

    public byte[] PageItems { get; set; } = "[]"u8.ToArray();

    public int PageItemCount { get; set; }

    public int PagingTotal { get; set; }

    public TimeSpan LongPollHold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many requests the server received; for checks outside the measurements.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>How many blocking queries the server is holding now.</summary>
    public long Holding => Interlocked.Read(ref _holding);

    /// <summary>How many job reads (plain or blocking) the server has answered.</summary>
    public long JobAnswers => Interlocked.Read(ref _jobAnswers);

    private long _requests;
    private long _holding;
    private long _jobAnswers;

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxConcurrentConnections = null;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)))
            .OrderBy(a => a.Port)
            .ToArray();
        server.IdentityAddress = addresses[0];
        server.GzipAddress = addresses[1];
        server._gzipPort = addresses[1].Port;
        return server;
    }

    /// <summary>Compresses every body the server may send now, so no compression happens inside a measurement.</summary>
    public void PrepareGzip()
    {
        foreach (var body in new[] { Allocations, Job, PageItems })
        {
            Gzipped(body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var request = context.Request;
        var response = context.Response;
        string? nextToken = null;
        byte[] body;
        switch (request.Path.Value)
        {
            case "/v1/allocations" when request.Query.TryGetValue("per_page", out var perPage):
                var size = int.Parse(perPage.ToString(), CultureInfo.InvariantCulture);
                if (size != PageItemCount)
                {
                    response.StatusCode = 400;
                    return;
                }

                var token = request.Query["next_token"].ToString();
                var page = token.Length == 0 ? 0 : int.Parse(token.AsSpan(1), CultureInfo.InvariantCulture);
                if ((long)(page + 1) * size < PagingTotal)
                {
                    nextToken = "p" + (page + 1).ToString(CultureInfo.InvariantCulture);
                }

                body = PageItems;
                break;
            case "/v1/allocations":
                body = Allocations;
                break;
            case "/v1/jobs":
                body = EmptyList;
                break;
            case "/v1/job/" + JobPayload.JobId:
                if (request.Query.ContainsKey("index"))
                {
                    Interlocked.Increment(ref _holding);
                    try
                    {
                        await Task.Delay(LongPollHold, context.RequestAborted).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _holding);
                    }
                }

                Interlocked.Increment(ref _jobAnswers);
                body = Job;
                break;
            default:
                response.StatusCode = 404;
                return;
        }

        var headers = response.Headers;
        headers.ContentType = "application/json";
        headers["X-Nomad-Index"] = "3000000000";
        headers["X-Nomad-KnownLeader"] = "true";
        headers["X-Nomad-LastContact"] = "0";
        if (nextToken is not null)
        {
            headers["X-Nomad-NextToken"] = nextToken;
        }

        if (context.Connection.LocalPort == _gzipPort && AcceptsGzip(request))
        {
            body = Gzipped(body);
            headers.ContentEncoding = "gzip";
            headers.Vary = "Accept-Encoding";
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);

    private byte[] Gzipped(byte[] body) => _gzipped.GetOrAdd(body, static b =>
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(b);
        }

        return output.ToArray();
    });
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Nomad.Tests.Exec;

/// <summary>A loopback Kestrel server speaking Nomad's exec WebSocket protocol, scripted per test.</summary>
internal sealed class ExecServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ExecServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public ConcurrentQueue<HttpRequestSnapshot> Requests { get; } = new();

    public static async Task<ExecServer> StartAsync(Func<HttpContext, WebSocket?, Task> session, bool accept = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ExecServer(app);
        app.UseWebSockets();
        app.Run(async context =>
        {
            server.Requests.Enqueue(new HttpRequestSnapshot(
                context.Request.Path.Value ?? string.Empty,
                context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            var socket = accept && context.WebSockets.IsWebSocketRequest ? await context.WebSockets.AcceptWebSocketAsync() : null;
            await session(context, socket);
        });
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public NomadClient CreateClient() =>
        NomadClient.Create(
            o =>
            {
                o.Address = new Uri(Url!);
                o.Token = NomadTestServer.Token;
            },
            static _ => null);

    public static async Task<string?> ReceiveTextAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cancellationToken);
            length += result.Count;
        }
        while (!result.EndOfMessage);
        return result.MessageType == WebSocketMessageType.Close ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>An output frame as Nomad writes it: <c>{"stdout":{"data":"base64"}}</c>.</summary>
    public static string Output(string stream, string text) =>
        "{\"" + stream + "\":{\"data\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "\"}}";

    public static Task SendTextAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record HttpRequestSnapshot(string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers);

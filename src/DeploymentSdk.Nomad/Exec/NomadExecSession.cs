using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Runs one command over Nomad's exec WebSocket protocol (the same for allocation exec and job actions): JSON text
/// frames with base64 data. The upgrade request goes through the client's own handler chain, so the token travels as
/// the <c>X-Nomad-Token</c> header (as Nomad's Go client sends it), only to the configured address, over the same TLS
/// and unix-socket settings as every other call.
/// </summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
internal static class NomadExecSession
{
    private const int InputChunk = 2048;
    private const int MaxFrameBytes = 4 * 1024 * 1024;

    public static async Task<int> RunAsync(NomadPipeline pipeline, ApiRequest request, NomadExecOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(pipeline, request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && !(e is OperationCanceledException c && c.CancellationToken == cancellationToken))
        {
            // Cancelled mid-handshake or mid-read, the socket reports its own abort (a WebSocketException wrapping the
            // handler's failure, or a cancellation of an inner token); the caller asked to stop, so that is what they
            // are told, with their own token.
            throw new OperationCanceledException("The exec session was cancelled.", e, cancellationToken);
        }
    }

    private static async Task<int> RunCoreAsync(NomadPipeline pipeline, ApiRequest request, NomadExecOptions options, CancellationToken cancellationToken)
    {
        var address = NomadAddress.Parse(pipeline.Options.Address).BaseAddress;
        var target = new UriBuilder(new Uri(address, request.BuildRelativeUri()))
        {
            Scheme = address.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
        }.Uri;

        using var invoker = new HttpMessageInvoker(new UpgradeHandler(pipeline.HttpClient), disposeHandler: true);
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(10);
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(target, invoker, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException) when (socket.HttpStatusCode is var status && (int)status >= 400)
        {
            throw new NomadApiException(
                $"Nomad refused the exec connection to {request.Path} with {(int)status}.",
                ApiException.KindFromStatus((int)status),
                (int)status,
                "GET",
                request.Path,
                null);
        }

        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sendLock = new SemaphoreSlim(1, 1);
        var input = PumpInputAsync(socket, sendLock, options, session.Token);
        var sizes = PumpSizesAsync(socket, sendLock, options, session.Token);
        try
        {
            return await ReceiveAsync(socket, options, session.Token).ConfigureAwait(false);
        }
        finally
        {
            await session.CancelAsync().ConfigureAwait(false);
            if (socket.State == WebSocketState.Open)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    socket.Abort(); // the caller gave up: drop the connection now
                }
                else
                {
                    try
                    {
                        using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
                    {
                        socket.Abort();
                    }
                }
            }

            // A standard input that ignores cancellation (a console) must not hold the result back; the pumps see the
            // cancelled session at their next step.
            await Task.WhenAny(Task.WhenAll(Quietly(input), Quietly(sizes)), Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private static async Task<int> ReceiveAsync(ClientWebSocket socket, NomadExecOptions options, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (length == buffer.Length)
                    {
                        if (buffer.Length >= MaxFrameBytes)
                        {
                            throw new InvalidDataException($"An exec frame is larger than {MaxFrameBytes} bytes.");
                        }

                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    received = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    length += received.Count;
                }
                while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    var reason = string.IsNullOrEmpty(socket.CloseStatusDescription) ? socket.CloseStatus?.ToString() : socket.CloseStatusDescription;
                    throw new IOException($"Nomad closed the exec connection before the command exited: {reason}.");
                }

                var frame = JsonSerializer.Deserialize(buffer.AsSpan(0, length), NomadJsonContext.Default.ExecOutputFrame);
                if (frame?.Stdout?.Data is { Length: > 0 } stdout && options.Stdout is { } outStream)
                {
                    await outStream.WriteAsync(stdout, cancellationToken).ConfigureAwait(false);
                }
                else if (frame?.Stderr?.Data is { Length: > 0 } stderr && options.Stderr is { } errStream)
                {
                    await errStream.WriteAsync(stderr, cancellationToken).ConfigureAwait(false);
                }
                else if (frame?.Exited == true && frame.Result is { } result)
                {
                    return result.ExitCode;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task PumpInputAsync(ClientWebSocket socket, SemaphoreSlim sendLock, NomadExecOptions options, CancellationToken cancellationToken)
    {
        if (options.Stdin is { } stdin)
        {
            var buffer = new byte[InputChunk];
            while (true)
            {
                var read = await stdin.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                await SendAsync(socket, sendLock, new ExecInputFrame { Stdin = new ExecStreamData { Data = buffer.AsSpan(0, read).ToArray() } }, cancellationToken).ConfigureAwait(false);
            }
        }

        await SendAsync(socket, sendLock, new ExecInputFrame { Stdin = new ExecStreamData { Close = true } }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task PumpSizesAsync(ClientWebSocket socket, SemaphoreSlim sendLock, NomadExecOptions options, CancellationToken cancellationToken)
    {
        if (options.TerminalSizes is not { } sizes)
        {
            return;
        }

        await foreach (var size in sizes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await SendAsync(socket, sendLock, new ExecInputFrame { TtySize = new ExecTtySize { Width = size.Width, Height = size.Height } }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SendAsync(ClientWebSocket socket, SemaphoreSlim sendLock, ExecInputFrame frame, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(frame, NomadJsonContext.Default.ExecInputFrame);
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The session is over; a pump stopped by it has nothing left to report.
        }
    }

    /// <summary>
    /// Hands the upgrade request to the client's handler chain as the <c>http</c>/<c>https</c> request it is on the wire, so
    /// the origin-scoped credential handler recognises the configured origin and adds the token (it adds nothing for any
    /// other origin), and reads only the headers: the body of a <c>101</c> is the WebSocket itself.
    /// </summary>
    private sealed class UpgradeHandler(HttpClient client) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri && (uri.Scheme == "ws" || uri.Scheme == "wss"))
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = uri.Scheme == "wss" ? Uri.UriSchemeHttps : Uri.UriSchemeHttp }.Uri;
            }

            return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DeploymentSdk.Nomad.Tests.Events;

/// <summary>
/// A minimal HTTP/1.1 server on a loopback socket for what WireMock cannot do: write a body chunk by chunk, hold it
/// open, cut the connection mid-line, and count connections as well as requests.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<LoopbackExchange, Task> _handler;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _accepting;
    private int _connectionCount;
    private int _requestCount;
    private int _openConnections;

    public LoopbackHttpServer(Func<LoopbackExchange, Task> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(backlog: 2048);
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public string Url { get; }

    /// <summary>TCP connections accepted.</summary>
    public int Connections => Volatile.Read(ref _connectionCount);

    /// <summary>TCP connections currently open.</summary>
    public int OpenConnections => Volatile.Read(ref _openConnections);

    /// <summary>HTTP requests received.</summary>
    public int Requests => Volatile.Read(ref _requestCount);

    /// <summary>Exceptions of the test's handler; reported when the server is disposed, so a broken handler fails the test.</summary>
    public ConcurrentQueue<Exception> HandlerErrors { get; } = new();

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<LoopbackRequest> Received { get; } = new();

    /// <summary>A client configured for this server with the test token.</summary>
    public NomadClient CreateClient(Action<NomadClientOptions>? configure = null) =>
        NomadClient.Create(
            o =>
            {
                o.Address = new Uri(Url!);
                o.Token = NomadTestServer.Token;
                configure?.Invoke(o);
            },
            static _ => null);

    /// <summary>Waits until <paramref name="condition"/> holds (polled; a safety timeout keeps a broken test from hanging).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(_connections.ToArray()).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
        if (!HandlerErrors.IsEmpty)
        {
            throw new AggregateException("The loopback server's handler failed.", HandlerErrors);
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stopping.Token);
            Interlocked.Increment(ref _connectionCount);
            Interlocked.Increment(ref _openConnections);
            _connections.Add(Task.Run(() => ServeAsync(socket)));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var request = await LoopbackRequest.ReadAsync(stream, _stopping.Token);
                if (request is null)
                {
                    return;
                }

                Interlocked.Increment(ref _requestCount);
                Received.Enqueue(request);
                var exchange = new LoopbackExchange(request, stream, socket, _stopping.Token);
                await _handler(exchange);
                if (!exchange.KeepAlive)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
        catch (Exception e)
        {
            HandlerErrors.Enqueue(e);
        }
        finally
        {
            Interlocked.Decrement(ref _openConnections);
        }
    }
}

/// <summary>A request line and headers as the loopback server read them.</summary>
internal sealed class LoopbackRequest
{
    private LoopbackRequest(string method, string target, Dictionary<string, string> headers)
    {
        Method = method;
        Target = target;
        Headers = headers;
        var question = target.IndexOf('?', StringComparison.Ordinal);
        Path = question < 0 ? target : target[..question];
        RawQuery = question < 0 ? string.Empty : target[(question + 1)..];
        Query = RawQuery.Length == 0
            ? []
            : RawQuery.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty)).ToList();
    }

    public string Method { get; }

    public string Target { get; }

    public string Path { get; }

    public string RawQuery { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string? QueryValue(string name) => Query.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public IReadOnlyList<string> QueryValues(string name) => Query.Where(p => p.Key == name).Select(p => p.Value).ToList();

    /// <summary>Reads a request head. HttpClient sends a GET without a body and waits for the answer before the next request, so reading in blocks never takes bytes of the next one.</summary>
    public static async Task<LoopbackRequest?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var length = 0;
        while (length < 4 || !buffer.AsSpan(0, length).EndsWith("\r\n\r\n"u8))
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            length += read;
        }

        var head = buffer.AsSpan(0, length);
        var lines = Encoding.ASCII.GetString(head).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers);
    }
}

/// <summary>One request and the means to answer it: a whole response, or a chunked body written piece by piece.</summary>
internal sealed class LoopbackExchange(LoopbackRequest request, Stream stream, Socket socket, CancellationToken stopping)
{
    public LoopbackRequest Request { get; } = request;

    /// <summary>Fires when the server stops.</summary>
    public CancellationToken Stopping { get; } = stopping;

    /// <summary>Whether the connection serves another request after this exchange.</summary>
    public bool KeepAlive { get; private set; } = true;

    /// <summary>Answers with a complete body (Content-Length), keeping the connection for further requests.</summary>
    public async Task RespondAsync(int status, string body, params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\nContent-Length: {bytes.Length}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        await WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        await WriteAsync(bytes);
    }

    /// <summary>Starts a 200 response whose body follows in chunks (Transfer-Encoding: chunked), as Nomad's event stream.</summary>
    public Task StartChunkedAsync() =>
        WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));

    /// <summary>Starts a 200 response whose body ends when the connection closes (current Nomad hijacks the connection this way).</summary>
    public Task StartUntilCloseAsync()
    {
        KeepAlive = false;
        return WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"));
    }

    /// <summary>Writes one chunk of a chunked body.</summary>
    public async Task ChunkAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await ChunkAsync(bytes);
    }

    /// <summary>Writes one chunk of a chunked body.</summary>
    public async Task ChunkAsync(byte[] bytes)
    {
        await WriteAsync(Encoding.ASCII.GetBytes($"{bytes.Length:x}\r\n"));
        await WriteAsync(bytes);
        await WriteAsync("\r\n"u8.ToArray());
    }

    /// <summary>Writes raw bytes to the connection (the body of a close-delimited response).</summary>
    public Task RawAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes bytes prepared in advance (a whole response, or a chunk with its framing), allocating nothing per call.</summary>
    public Task RawAsync(byte[] bytes) => WriteAsync(bytes);

    /// <summary>A complete response with a body, encoded once, for <see cref="RawAsync(byte[])"/>.</summary>
    public static byte[] EncodeResponse(string body, params (string Name, string Value)[] headers)
    {
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {bodyBytes.Length}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return [.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. bodyBytes];
    }

    /// <summary>One chunk of a chunked body with its framing, encoded once, for <see cref="RawAsync(byte[])"/>.</summary>
    public static byte[] EncodeChunk(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return [.. Encoding.ASCII.GetBytes($"{bytes.Length:x}\r\n"), .. bytes, .. "\r\n"u8];
    }

    /// <summary>Ends a chunked body properly.</summary>
    public Task EndChunkedAsync() => WriteAsync("0\r\n\r\n"u8.ToArray());

    /// <summary>Cuts the connection at once (TCP reset), as a crashed server or a broken network would.</summary>
    public void Abort()
    {
        KeepAlive = false;
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    /// <summary>Closes the connection cleanly after what was written.</summary>
    public void Close()
    {
        KeepAlive = false;
        socket.Shutdown(SocketShutdown.Both);
    }

    /// <summary>Waits until the client closes the connection (or the server stops); returns whether the client closed it.</summary>
    public async Task<bool> WaitForClientCloseAsync()
    {
        KeepAlive = false;
        var buffer = new byte[256];
        try
        {
            while (await stream.ReadAsync(buffer, Stopping) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WriteAsync(byte[] bytes)
    {
        await stream.WriteAsync(bytes, Stopping);
        await stream.FlushAsync(Stopping);
    }
}

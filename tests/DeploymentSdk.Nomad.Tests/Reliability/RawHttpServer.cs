using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// An HTTP/1.1 server on a raw loopback socket, for faults WireMock cannot express: a reset mid-body, a connection
/// closed without an answer, a malformed chunked body, headers that never come. Each request is handed to a script;
/// the server logs the request line exactly as it arrived and counts connections and bytes sent.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private const int MaxHeadBytes = 1024 * 1024;

    private readonly TcpListener _listener;
    private readonly Func<RawExchange, Task> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private int _requests;
    private int _connections;
    private int _openConnections;
    private int _maxOpenConnections;
    private long _bytesSent;

    public RawHttpServer(Func<RawExchange, Task> script)
    {
        _script = script;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(1024);
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = AcceptLoopAsync();
    }

    public string Url { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<RawRequest> Requests { get; } = new();

    /// <summary>TCP connections accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The most connections open at the same time.</summary>
    public int MaxOpenConnections => Volatile.Read(ref _maxOpenConnections);

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Canceled when the server is disposed; scripts that hang wait on it.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>A server that answers every request with 200 and <paramref name="json"/>.</summary>
    public static RawHttpServer Answering(string json) => new(e => e.RespondAsync(200, json));

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }

    internal void CountSent(int bytes) => Interlocked.Add(ref _bytesSent, bytes);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _clients.Add(client);
            var connection = Interlocked.Increment(ref _connections);
            var open = Interlocked.Increment(ref _openConnections);
            for (var max = MaxOpenConnections; open > max && Interlocked.CompareExchange(ref _maxOpenConnections, open, max) != max; max = MaxOpenConnections)
            {
            }

            _ = ServeAsync(client, connection);
        }
    }

    private async Task ServeAsync(TcpClient client, int connection)
    {
        try
        {
            var stream = client.GetStream();
            var reader = new HeadReader(stream);
            while (!_stop.IsCancellationRequested)
            {
                var request = await reader.ReadRequestAsync(connection, _stop.Token);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var exchange = new RawExchange(this, client, request, Interlocked.Increment(ref _requests) - 1);
                await _script(exchange);
                if (exchange.Closed)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away, or the script broke the connection on purpose.
        }
        finally
        {
            Interlocked.Decrement(ref _openConnections);
            client.Dispose();
        }
    }

    /// <summary>Reads request heads and Content-Length bodies from one connection.</summary>
    private sealed class HeadReader(NetworkStream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private readonly MemoryStream _pending = new();

        public async Task<RawRequest?> ReadRequestAsync(int connection, CancellationToken cancellationToken)
        {
            int end;
            while ((end = IndexOfHeadEnd()) < 0)
            {
                if (_pending.Length > MaxHeadBytes || !await FillAsync(cancellationToken))
                {
                    return null;
                }
            }

            var all = _pending.ToArray();
            var lines = Encoding.Latin1.GetString(all, 0, end).Split("\r\n");
            var requestLine = lines[0].Split(' ', 3);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                headers[line[..colon]] = line[(colon + 1)..].Trim();
            }

            Keep(all, end + 4);
            var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
            while (_pending.Length < length)
            {
                if (!await FillAsync(cancellationToken))
                {
                    return null;
                }
            }

            all = _pending.ToArray();
            var body = all[..length];
            Keep(all, length);
            return new RawRequest(connection, requestLine[0], requestLine[1], headers, body);
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            var read = await stream.ReadAsync(_buffer, cancellationToken);
            _pending.Write(_buffer, 0, read);
            return read > 0;
        }

        private void Keep(byte[] all, int from)
        {
            _pending.SetLength(0);
            _pending.Write(all, from, all.Length - from);
        }

        private int IndexOfHeadEnd() =>
            _pending.GetBuffer().AsSpan(0, (int)_pending.Length).IndexOf("\r\n\r\n"u8);
    }
}

/// <summary>One request as it arrived: the request target is the raw bytes of the request line, not decoded.</summary>
internal sealed record RawRequest(int Connection, string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>What a script can do with one request: answer it, or break the connection in some way.</summary>
internal sealed class RawExchange(RawHttpServer server, TcpClient client, RawRequest request, int index)
{
    public RawRequest Request { get; } = request;

    /// <summary>The request's position among all requests the server received (0 for the first).</summary>
    public int Index { get; } = index;

    public bool Closed { get; private set; }

    public NetworkStream Stream => client.GetStream();

    public CancellationToken Stopping => server.Stopping;

    public async Task WriteAsync(string text) => await WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(byte[] bytes)
    {
        await Stream.WriteAsync(bytes, server.Stopping);
        await Stream.FlushAsync(server.Stopping);
        server.CountSent(bytes.Length);
    }

    /// <summary>A complete answer with Content-Length, keeping the connection open.</summary>
    public Task RespondAsync(int status, string body, params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"HTTP/1.1 {status} {((HttpStatusCode)status)}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return WriteAsync([.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. bytes]);
    }

    /// <summary>Closes the connection with a TCP reset (RST), as a crashed process or a load balancer does.</summary>
    public void Reset()
    {
        Closed = true;
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    /// <summary>Closes the connection in order (FIN) without answering further.</summary>
    public void Close()
    {
        Closed = true;
        client.Client.Shutdown(SocketShutdown.Both);
        client.Client.Close();
    }

    /// <summary>Sends nothing more until the client goes away or the server stops; returns when either happens.</summary>
    public async Task HangAsync()
    {
        Closed = true;
        var buffer = new byte[1024];
        try
        {
            while (await Stream.ReadAsync(buffer, server.Stopping) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}

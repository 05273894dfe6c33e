using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DeploymentSdk.Benchmarks.Events;

/// <summary>
/// A lean HTTP/1.1 server on loopback standing in for Nomad: it answers from bytes encoded in advance and reads requests
/// into pooled buffers, so the allocations a benchmark measures are mostly the client's. It counts connections and requests.
/// </summary>
internal sealed class CountingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<NetworkStream, string, CancellationToken, Task> _answer;
    private int _connections;
    private int _requests;

    /// <param name="answer">Writes the answer to the request whose target (path and query) is given.</param>
    public CountingServer(Func<NetworkStream, string, CancellationToken, Task> answer)
    {
        _answer = answer;
        _listener.Start(backlog: 4096);
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = AcceptAsync();
    }

    public string Url { get; }

    public int Connections => Volatile.Read(ref _connections);

    public int Requests => Volatile.Read(ref _requests);

    public void Reset()
    {
        Volatile.Write(ref _connections, 0);
        Volatile.Write(ref _requests, 0);
    }

    /// <summary>One chunk of a chunked body, with its framing.</summary>
    public static byte[] Chunk(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return [.. Encoding.ASCII.GetBytes($"{bytes.Length:x}\r\n"), .. bytes, .. "\r\n"u8];
    }

    /// <summary>A whole 200 response with a JSON body and Nomad's index header.</summary>
    public static byte[] Response(string body, ulong index)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Nomad-Index: {index}\r\nContent-Length: {bytes.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. bytes];
    }

    public static readonly byte[] ChunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"u8.ToArray();

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stopping.Token);
                Interlocked.Increment(ref _connections);
                _ = ServeAsync(socket);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: true);
            while (true)
            {
                // HttpClient sends a GET without a body and waits for the answer before reusing the connection.
                var length = 0;
                while (length < 4 || !buffer.AsSpan(0, length).EndsWith("\r\n\r\n"u8))
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(length), _stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    length += read;
                }

                Interlocked.Increment(ref _requests);
                var line = buffer.AsSpan(0, buffer.AsSpan(0, length).IndexOf("\r\n"u8));
                var target = Encoding.ASCII.GetString(line[4..line.LastIndexOf((byte)' ')]);
                await _answer(stream, target, _stopping.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

using System.Text;
using DeploymentSdk.Nomad.Tests.Events;

namespace DeploymentSdk.Nomad.Tests.AllocationFiles;

/// <summary>Logs and file streams over a loopback server that writes Nomad's frames in pieces, cuts and holds the connection.</summary>
public sealed class AllocationLogStreamTests
{
    private const string Stdout0 = "alloc/logs/web.stdout.0";

    [Fact]
    public async Task LogsAsync_sends_the_log_parameters_and_reads_frames_split_across_reads_skipping_heartbeats()
    {
        var first = Frames.Data(Stdout0, 6, "hello\n");
        var second = Frames.Data(Stdout0, 12, "world\n");
        var body = Frames.Heartbeat + first + "\n" + Frames.Heartbeat + second;
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            // Every frame boundary falls inside a chunk, and a chunk ends in the middle of a base64 string.
            await x.ChunkAsync(body[..5]);
            await x.ChunkAsync(body[5..30]);
            await x.ChunkAsync(body[30..^3]);
            await x.ChunkAsync(body[^3..]);
            await x.EndChunkedAsync();
        });
        using var nomad = server.CreateClient(o => o.Namespace = "apps");

        var chunks = new List<AllocFileChunk>();
        await foreach (var chunk in nomad.AllocationFiles.LogsAsync(Frames.AllocId, "web", new AllocFileStreamOptions { Origin = AllocFileOrigin.End, Offset = 100 }, Frames.Safety()))
        {
            chunks.Add(chunk);
        }

        var request = Assert.Single(server.Received);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v1/client/fs/logs/{Frames.AllocId}", request.Path);
        Assert.Equal("apps", request.QueryValue("namespace"));
        Assert.Equal("web", request.QueryValue("task"));
        Assert.Equal("stdout", request.QueryValue("type"));
        Assert.Equal("end", request.QueryValue("origin"));
        Assert.Equal("100", request.QueryValue("offset"));
        Assert.Null(request.QueryValue("follow"));
        Assert.Null(request.QueryValue("plain"));
        Assert.Equal(NomadTestServer.Token, request.Headers["X-Nomad-Token"]);
        Assert.Equal(2, chunks.Count);
        Assert.Equal("hello\n", Encoding.UTF8.GetString(chunks[0].Data.Span));
        Assert.Equal(Stdout0, chunks[0].File);
        Assert.Equal(6, chunks[0].Offset);
        Assert.Null(chunks[0].Event);
        Assert.Equal("world\n", Encoding.UTF8.GetString(chunks[1].Data.Span));
        Assert.Equal(12, chunks[1].Offset);
    }

    [Fact]
    public async Task ReadLinesAsync_keeps_a_character_split_across_frames_whole()
    {
        // "é" is 0xC3 0xA9: the first frame ends after 0xC3, the second starts with 0xA9; "€" (3 bytes) is split 1 + 2.
        var text = Encoding.UTF8.GetBytes("café\r\nprix 5€\nlast");
        var e = Array.IndexOf(text, (byte)0xC3) + 1;
        var euro = Array.IndexOf(text, (byte)0xE2) + 1;
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(Frames.Data(Stdout0, e, text[..e]));
            await x.ChunkAsync(Frames.Heartbeat);
            await x.ChunkAsync(Frames.Data(Stdout0, euro, text[e..euro]));
            await x.ChunkAsync(Frames.Data(Stdout0, text.Length, text[euro..]));
            await x.EndChunkedAsync();
        });
        using var nomad = server.CreateClient();

        var lines = new List<string>();
        await foreach (var line in nomad.AllocationFiles.LogsAsync(Frames.AllocId, "web", null, Frames.Safety()).ReadLinesAsync(cancellationToken: Frames.Safety()))
        {
            lines.Add(line);
        }

        Assert.Equal(["café", "prix 5€", "last"], lines);
    }

    [Fact]
    public async Task StreamAsync_reports_truncation_and_deletion_events()
    {
        const string file = "alloc/data/out.txt";
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(Frames.Data(file, 4, "abc\n"));
            await x.ChunkAsync(Frames.Event(file, 0, "file truncated"));
            await x.ChunkAsync(Frames.Data(file, 3, "de\n"));
            await x.ChunkAsync(Frames.Event(file, 3, "file deleted"));
            await x.EndChunkedAsync();
        });
        using var nomad = server.CreateClient();

        var chunks = new List<AllocFileChunk>();
        await foreach (var chunk in nomad.AllocationFiles.StreamAsync(Frames.AllocId, file, new AllocFileStreamOptions { Follow = true, Offset = 0 }, Frames.Safety()))
        {
            chunks.Add(chunk);
        }

        var request = Assert.Single(server.Received);
        Assert.Equal($"/v1/client/fs/stream/{Frames.AllocId}", request.Path);
        Assert.Equal(file, request.QueryValue("path"));
        Assert.Equal("true", request.QueryValue("follow"));
        Assert.Equal("start", request.QueryValue("origin"));
        Assert.Equal("0", request.QueryValue("offset"));
        Assert.Equal(4, chunks.Count);
        Assert.Equal(AllocFileEvent.Truncated, chunks[1].Event);
        Assert.True(chunks[1].Data.IsEmpty);
        Assert.Equal(AllocFileEvent.Deleted, chunks[3].Event);
        Assert.Equal(3, chunks[3].Offset);
        Assert.Equal("abc\nde\n", Frames.Text(chunks));
    }

    [Fact]
    public async Task A_follow_dropped_mid_frame_resumes_after_the_last_byte_received_with_nothing_lost_or_repeated()
    {
        // Log rotation: web.stdout.0 (10 bytes) is complete; the stream is in web.stdout.1 when the connection is cut
        // in the middle of a frame. The resumed request must ask for 10 + 6 = 16 from the start.
        const string stdout1 = "alloc/logs/web.stdout.1";
        var requests = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            if (x.Request.Path.StartsWith("/v1/client/fs/ls/", StringComparison.Ordinal))
            {
                await x.RespondAsync(200, """
                    [{"Name":"web.stdout.0","IsDir":false,"Size":10,"FileMode":"-rw-r--r--","ModTime":"2026-12-03T09:00:00Z"},
                     {"Name":"web.stdout.1","IsDir":false,"Size":30,"FileMode":"-rw-r--r--","ModTime":"2026-12-03T09:00:01Z"},
                     {"Name":"web.stderr.0","IsDir":false,"Size":99,"FileMode":"-rw-r--r--","ModTime":"2026-12-03T09:00:01Z"}]
                    """);
                return;
            }

            if (Interlocked.Increment(ref requests) == 1)
            {
                await x.StartChunkedAsync();
                await x.ChunkAsync(Frames.Data(Stdout0, 10, "line-zero\n"));
                await x.ChunkAsync(Frames.Data(stdout1, 6, "one-a\n"));
                var cut = Frames.Data(stdout1, 12, "one-b\n");
                await x.ChunkAsync(cut[..20]);
                await Task.Delay(50);
                x.Abort();
                return;
            }

            await x.StartChunkedAsync();
            await x.ChunkAsync(Frames.Data(stdout1, 12, "one-b\n"));
            await x.ChunkAsync(Frames.Data(stdout1, 18, "one-c\n"));
            await x.EndChunkedAsync();
        });
        using var nomad = server.CreateClient();

        var lines = new List<string>();
        var options = new AllocFileStreamOptions { Follow = true, Origin = AllocFileOrigin.End, Offset = 0 };
        await foreach (var line in nomad.AllocationFiles.LogsAsync(Frames.AllocId, "web", options, Frames.Safety()).ReadLinesAsync(cancellationToken: Frames.Safety()))
        {
            lines.Add(line);
        }

        Assert.Equal(["line-zero", "one-a", "one-b", "one-c"], lines);
        var logRequests = server.Received.Where(r => r.Path.StartsWith("/v1/client/fs/logs/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, logRequests.Count);
        Assert.Equal("end", logRequests[0].QueryValue("origin"));
        Assert.Equal("start", logRequests[1].QueryValue("origin"));
        Assert.Equal("16", logRequests[1].QueryValue("offset"));
        Assert.Equal("true", logRequests[1].QueryValue("follow"));
        var list = Assert.Single(server.Received, r => r.Path.StartsWith("/v1/client/fs/ls/", StringComparison.Ordinal));
        Assert.Equal("alloc/logs", list.QueryValue("path"));
    }

    [Fact]
    public async Task Cancelling_a_follow_closes_the_connection()
    {
        var closed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(Frames.Data(Stdout0, 3, "hi\n"));
            await x.ChunkAsync(Frames.Heartbeat);
            closed.TrySetResult(await x.WaitForClientCloseAsync());
        });
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource();

        var received = 0;
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in nomad.AllocationFiles.LogsAsync(Frames.AllocId, "web", new AllocFileStreamOptions { Follow = true }, cts.Token))
            {
                received++;
                await cts.CancelAsync();
            }
        });

        Assert.Equal(1, received);
        Assert.True(await closed.Task.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Plain_logs_are_the_raw_bytes()
    {
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync("boom: ");
            await x.ChunkAsync("exit 3\n");
            await x.EndChunkedAsync();
        });
        using var nomad = server.CreateClient();

        var chunks = new List<AllocFileChunk>();
        await foreach (var chunk in nomad.AllocationFiles.LogsAsync(Frames.AllocId, "web", new AllocFileStreamOptions { Plain = true, LogType = AllocLogType.Stderr }, Frames.Safety()))
        {
            chunks.Add(chunk);
        }

        var request = Assert.Single(server.Received);
        Assert.Equal("true", request.QueryValue("plain"));
        Assert.Equal("stderr", request.QueryValue("type"));
        Assert.Equal("boom: exit 3\n", Frames.Text(chunks));
        Assert.All(chunks, c => Assert.Null(c.Offset));
    }

    [Fact]
    public async Task A_403_on_logs_is_permission_denied_and_not_retried()
    {
        await using var server = new LoopbackHttpServer(x => x.RespondAsync(403, "Permission denied"));
        using var nomad = server.CreateClient();

        var ex = await Assert.ThrowsAsync<NomadApiException>(async () =>
        {
            await foreach (var chunk in nomad.AllocationFiles.LogsAsync(Frames.AllocId, "web", new AllocFileStreamOptions { Follow = true }, Frames.Safety()))
            {
                Assert.Fail("no chunk expected");
            }
        });

        Assert.Equal(ApiErrorKind.PermissionDenied, ex.Kind);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void Bad_arguments_throw_before_any_request()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri("http://127.0.0.1:1"));
        Assert.Throws<ArgumentException>("allocationId", () => nomad.AllocationFiles.LogsAsync("web", "task"));
        Assert.Throws<ArgumentException>("task", () => nomad.AllocationFiles.LogsAsync(Frames.AllocId, " "));
        Assert.Throws<ArgumentOutOfRangeException>("options", () => nomad.AllocationFiles.StreamAsync(Frames.AllocId, "a", new AllocFileStreamOptions { Offset = -1 }));
        Assert.Throws<ArgumentException>("options", () => nomad.AllocationFiles.StreamAsync(Frames.AllocId, "a", new AllocFileStreamOptions { Plain = true }));
        Assert.Throws<ArgumentException>("path", () => nomad.AllocationFiles.StreamAsync(Frames.AllocId, ""));
    }
}

using System.Text;

namespace DeploymentSdk.Nomad.Tests.Events;

/// <summary>
/// The event stream against a server that misbehaves the way real ones do: its index goes backwards after a reconnect
/// (a restarted dev agent, a rebuilt cluster, a snapshot restore), and it writes lines that are not frames.
/// </summary>
public sealed class EventStreamHostileServerTests
{
    /// <summary>
    /// Connection 1 delivers 100 and 101 and is cut. Connection 2 (index=101) comes from a restarted agent whose newest
    /// batch is 3 (Nomad answers an index past its newest with its newest). Connection 3 (no index) replays the new
    /// history 1..3 and goes on with 4.
    /// </summary>
    private static LoopbackHttpServer RestartingServer()
    {
        var attempt = 0;
        return new LoopbackHttpServer(async x =>
        {
            var n = Interlocked.Increment(ref attempt);
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            switch (n)
            {
                case 1:
                    await x.ChunkAsync(EventFrames.Batch(100, EventFrames.Deployment("d-old", 100)) + "\n");
                    await x.ChunkAsync(EventFrames.Batch(101, EventFrames.Deployment("d-old", 101)) + "\n");
                    await Task.Delay(30);
                    x.Abort();
                    return;
                case 2:
                    await x.ChunkAsync(EventFrames.Batch(3, EventFrames.Deployment("d3", 3)) + "\n");
                    break;
                default:
                    await x.ChunkAsync(EventFrames.Batch(1, EventFrames.Deployment("d1", 1)) + "\n");
                    await x.ChunkAsync(EventFrames.Batch(2, EventFrames.Deployment("d2", 2)) + "\n");
                    await x.ChunkAsync(EventFrames.Batch(3, EventFrames.Deployment("d3", 3)) + "\n");
                    await x.ChunkAsync(EventFrames.Batch(4, EventFrames.Deployment("d4", 4)) + "\n");
                    break;
            }

            await x.WaitForClientCloseAsync();
        });
    }

    [Fact]
    public async Task An_index_that_goes_backwards_after_a_reconnect_yields_a_reset_then_the_new_history_and_new_events()
    {
        await using var server = RestartingServer();
        using var nomad = server.CreateClient();

        var seen = new List<(ulong Index, bool Reset, string? Key)>();
        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions().AddTopic(NomadEventTopic.Deployment), EventFrames.Safety()))
        {
            seen.Add((batch.Index, batch.IsReset, batch.Events.Count == 0 ? null : batch.Events[0].Key));
            if (batch.Index == 4)
            {
                break;
            }
        }

        Assert.Equal(
            [(100UL, false, "d-old"), (101UL, false, "d-old"), (3UL, true, null), (1UL, false, "d1"), (2UL, false, "d2"), (3UL, false, "d3"), (4UL, false, "d4")],
            seen);
        var requests = server.Received.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Null(requests[0].QueryValue("index"));
        Assert.Equal("101", requests[1].QueryValue("index"));
        Assert.Null(requests[2].QueryValue("index")); // the resync reads the new server's history from its oldest event
    }

    [Fact]
    public async Task A_follower_sees_a_StreamReset_event_whatever_it_follows_and_then_the_followed_events_again()
    {
        await using var server = RestartingServer();
        using var nomad = server.CreateClient();
        var follower = nomad.Events.CreateFollower(EventFrames.FastOptions().AddTopic(NomadEventTopic.Deployment));
        follower.Follow("d3");
        follower.Follow("d4");

        var seen = new List<(NomadEventTopic Topic, string Key, ulong Index)>();
        await foreach (var e in follower.ReadAllAsync(EventFrames.Safety()))
        {
            seen.Add((e.Topic, e.Key, e.Index));
            if (e.Key == "d4")
            {
                break;
            }
        }

        Assert.Equal([(NomadEventTopic.StreamReset, "", 3UL), (NomadEventTopic.Deployment, "d3", 3UL), (NomadEventTopic.Deployment, "d4", 4UL)], seen);
        Assert.Equal(3UL, follower.LastIndex); // the new server's indexes; batch 4 was left in the middle, so it counts as unread
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task A_replay_of_recent_batches_after_a_reconnect_is_not_a_reset()
    {
        // A server that is a little behind answers with its newest batch, one this stream already delivered.
        var attempt = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            var n = Interlocked.Increment(ref attempt);
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            if (n == 1)
            {
                for (ulong i = 10; i <= 14; i++)
                {
                    await x.ChunkAsync(EventFrames.Batch(i, EventFrames.Deployment("d" + i, i)) + "\n");
                }

                await Task.Delay(30);
                x.Abort();
                return;
            }

            await x.ChunkAsync(EventFrames.Batch(12, EventFrames.Deployment("d12", 12)) + "\n");
            await x.ChunkAsync(EventFrames.Batch(15, EventFrames.Deployment("d15", 15)) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        var indexes = new List<ulong>();
        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            Assert.False(batch.IsReset);
            indexes.Add(batch.Index);
            if (batch.Index == 15)
            {
                break;
            }
        }

        Assert.Equal([10UL, 11, 12, 13, 14, 15], indexes);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_frame_reconnects_from_the_last_index_instead_of_escaping_as_InvalidOperationException()
    {
        var attempt = 0;
        var bad = Encoding.UTF8.GetBytes(EventFrames.Batch(6, EventFrames.Deployment("dX", 6)) + "\n");
        bad[Array.IndexOf(bad, (byte)'X')] = 0xFF; // a byte that is never valid UTF-8, inside the event's key
        await using var server = new LoopbackHttpServer(async x =>
        {
            var n = Interlocked.Increment(ref attempt);
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            if (n == 1)
            {
                await x.ChunkAsync(EventFrames.Batch(5, EventFrames.Deployment("d5", 5)) + "\n");
                await x.ChunkAsync(bad);
            }
            else
            {
                await x.ChunkAsync(EventFrames.Batch(5, EventFrames.Deployment("d5", 5)) + "\n");
                await x.ChunkAsync(EventFrames.Batch(6, EventFrames.Deployment("d6", 6)) + "\n");
            }

            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        var keys = new List<string>();
        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            keys.AddRange(batch.Events.Select(e => e.Key));
            if (batch.Index == 6)
            {
                break;
            }
        }

        Assert.Equal(["d5", "d6"], keys);
        Assert.Equal(2, server.Requests);
        Assert.Equal("5", server.Received.Last().QueryValue("index"));
    }

    public static TheoryData<string> UnreadableLines => new() { "utf8", "json", "oversized" };

    [Theory]
    [MemberData(nameof(UnreadableLines))]
    public async Task The_same_unreadable_line_twice_ends_with_one_typed_error_after_one_reconnect(string kind)
    {
        byte[] Line()
        {
            switch (kind)
            {
                case "utf8":
                    var bytes = Encoding.UTF8.GetBytes(EventFrames.Batch(8, EventFrames.Deployment("dX", 8)) + "\n");
                    bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // a lead byte followed by '"': a truncated sequence
                    return bytes;
                case "json":
                    return Encoding.UTF8.GetBytes("{\"Index\":8,\"Events\":[{\"Topic\":}\n");
                default:
                    return Encoding.UTF8.GetBytes(EventFrames.Batch(8, EventFrames.Deployment("d8", 8, status: new string('x', 200_000))) + "\n");
            }
        }

        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Batch(7, EventFrames.Deployment("d7", 7)) + "\n");
            await x.ChunkAsync(Line());
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient(o => o.MaxResponseBytes = 64 * 1024);

        var indexes = new List<ulong>();
        var error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
            {
                indexes.Add(batch.Index);
            }
        });

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("twice after index 7", error.Message, StringComparison.Ordinal);
        Assert.Equal([7UL], indexes);
        Assert.Equal(2, server.Requests);
    }
}

using System.Text;

namespace DeploymentSdk.Nomad.Tests.Events;

/// <summary>The stream over a socket server that writes chunks, holds, cuts and closes the way Nomad and networks do.</summary>
public sealed class EventStreamResilienceTests
{
    [Fact]
    public async Task Heartbeats_are_skipped_and_a_batch_split_across_chunks_and_inside_a_character_is_read_whole()
    {
        // A 100 KB payload makes the line outgrow the reader's first buffer; "é" is split between two chunks.
        var big = new string('x', 100_000);
        var line = EventFrames.Batch(7, EventFrames.Event("Job", "JobRegistered", "web", 7, "{\"Job\":{\"ID\":\"web\",\"Meta\":{\"note\":\"café\",\"big\":\"" + big + "\"}}}"));
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        var split = Array.IndexOf(bytes, (byte)0xC3) + 1;
        Assert.True(split > 10);
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Heartbeat + "\n" + EventFrames.Heartbeat);
            await x.ChunkAsync("\n");
            await x.ChunkAsync(bytes[..10]);
            await x.ChunkAsync(bytes[10..split]);
            await Task.Delay(20);
            await x.ChunkAsync(bytes[split..^1]);
            await Task.Delay(20);
            await x.ChunkAsync("\n" + EventFrames.Heartbeat + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        var batches = new List<NomadEventBatch>();
        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            batches.Add(batch);
            break;
        }

        var e = Assert.Single(Assert.Single(batches).Events);
        Assert.Equal(7UL, batches[0].Index);
        Assert.Equal("web", e.Key);
        Assert.Equal("café", e.Payload.GetProperty("Job").GetProperty("Meta").GetProperty("note").GetString());
        Assert.Equal(big.Length, e.Payload.GetProperty("Job").GetProperty("Meta").GetProperty("big").GetString()!.Length);
        Assert.Equal("web", e.Job!.Id);
        Assert.Equal("café", e.Job.Meta!["note"]);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_resumes_from_the_last_index_without_losing_or_repeating_a_batch()
    {
        var attempt = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            if (Interlocked.Increment(ref attempt) == 1)
            {
                await x.ChunkAsync(EventFrames.Batch(10, EventFrames.Deployment("d1", 10)) + "\n");
                await x.ChunkAsync(EventFrames.Batch(11, EventFrames.Deployment("d2", 11)) + "\n");
                await x.ChunkAsync("""{"Index":12,"Events":[{"Topic":"Deploy""");
                await Task.Delay(50);
                x.Abort();
                return;
            }

            // Nomad replays the requested index (and a server may resend older ones); the client drops them.
            await x.ChunkAsync(EventFrames.Batch(10, EventFrames.Deployment("d1", 10)) + "\n");
            await x.ChunkAsync(EventFrames.Batch(11, EventFrames.Deployment("d2", 11)) + "\n");
            await x.ChunkAsync(EventFrames.Batch(12, EventFrames.Deployment("d3", 12)) + "\n");
            await x.ChunkAsync(EventFrames.Batch(13, EventFrames.Deployment("d4", 13)) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        var seen = new List<(ulong Index, string Key)>();
        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions().AddTopic(NomadEventTopic.Deployment), EventFrames.Safety()))
        {
            seen.AddRange(batch.Events.Select(e => (batch.Index, e.Key)));
            if (batch.Index == 13)
            {
                break;
            }
        }

        Assert.Equal([(10UL, "d1"), (11UL, "d2"), (12UL, "d3"), (13UL, "d4")], seen);
        var requests = server.Received.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Null(requests[0].QueryValue("index"));
        Assert.Equal("11", requests[1].QueryValue("index"));
        Assert.Equal(["Deployment:*"], requests[1].QueryValues("topic"));
        Assert.Equal(NomadTestServer.Token, requests[1].Headers["X-Nomad-Token"]);
    }

    [Fact]
    public async Task A_close_delimited_stream_cut_mid_line_resumes_and_the_partial_line_is_not_delivered()
    {
        var attempt = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartUntilCloseAsync();
            await x.RawAsync(EventFrames.Heartbeat + "\n");
            if (Interlocked.Increment(ref attempt) == 1)
            {
                await x.RawAsync(EventFrames.Batch(5, EventFrames.Deployment("d1", 5)) + "\n");
                await x.RawAsync("""{"Index":6,"Events":[{"Topic":"Deployment","Type":"Deplo""");
                x.Close();
                return;
            }

            await x.RawAsync(EventFrames.Batch(6, EventFrames.Deployment("d2", 6)) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        var indexes = new List<ulong>();
        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            indexes.Add(batch.Index);
            if (batch.Index == 6)
            {
                break;
            }
        }

        Assert.Equal([5UL, 6UL], indexes);
        Assert.Equal("5", server.Received.ToArray()[1].QueryValue("index"));
    }

    [Fact]
    public async Task Unknown_topics_and_fields_are_delivered_with_their_raw_payload()
    {
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(
                """{"Index":40,"Future":{"a":[1,2]},"Events":[{"Topic":"Variable","Type":"VariableUpdated","Key":"nomad/jobs/web","Namespace":"default","FilterKeys":null,"Index":40,"Added":true,"Payload":{"Variable":{"Path":"nomad/jobs/web"}}},"""
                + """{"Topic":"Node","Type":"NodeDrain","Key":"node-1","Namespace":"","FilterKeys":null,"Index":40,"Payload":{"Node":{"ID":"node-1"}}}]}""" + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        NomadEventBatch? batch = null;
        await foreach (var b in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            batch = b;
            break;
        }

        var variable = batch!.Events[0];
        Assert.Equal(new NomadEventTopic("Variable"), variable.Topic);
        Assert.Equal("VariableUpdated", variable.Type);
        Assert.Equal("nomad/jobs/web", variable.Payload.GetProperty("Variable").GetProperty("Path").GetString());
        Assert.Empty(variable.FilterKeys);
        Assert.Null(variable.Deployment);
        Assert.True(variable.AdditionalProperties!["Added"].GetBoolean());
        Assert.Equal(2, batch.AdditionalProperties!["Future"].GetProperty("a")[1].GetInt32());
        var node = batch.Events[1];
        Assert.Equal(NomadEventTopic.Node, node.Topic);
        Assert.Null(node.Namespace);
        Assert.Equal("node-1", node.Payload.GetProperty("Node").GetProperty("ID").GetString());
    }

    [Fact]
    public async Task Cancellation_ends_the_stream_with_OperationCanceledException_and_closes_the_connection()
    {
        var clientClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Batch(1, EventFrames.Deployment("d1", 1)) + "\n");
            clientClosed.TrySetResult(await x.WaitForClientCloseAsync());
        });
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource();

        var received = 0;
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in nomad.Events.StreamAsync(EventFrames.FastOptions(), cts.Token))
            {
                received++;
                await cts.CancelAsync();
            }
        });

        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.Equal(1, received);
        Assert.True(await clientClosed.Task);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Breaking_out_of_the_loop_closes_the_connection()
    {
        var clientClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Batch(1, EventFrames.Deployment("d1", 1)) + "\n");
            clientClosed.TrySetResult(await x.WaitForClientCloseAsync());
        });
        using var nomad = server.CreateClient();

        await foreach (var unused in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            break;
        }

        Assert.True(await clientClosed.Task);
        await LoopbackHttpServer.WaitUntilAsync(() => server.OpenConnections == 0, "the connection is closed");
    }

    [Fact]
    public async Task An_ACL_expiry_written_by_an_older_server_is_thrown_after_the_delivered_batches_without_reconnecting()
    {
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Batch(7, EventFrames.Deployment("d1", 7)) + "\n");
            await x.ChunkAsync("ACL token expired");
            await x.EndChunkedAsync();
        });
        using var nomad = server.CreateClient();

        var indexes = new List<ulong>();
        var error = await Assert.ThrowsAsync<NomadApiException>(async () =>
        {
            await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
            {
                indexes.Add(batch.Index);
            }
        });

        Assert.Equal([7UL], indexes);
        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal("ACL token expired", error.ResponseBodyExcerpt);
        Assert.Contains("after index 7", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task An_ACL_closure_under_a_rotating_token_reconnects_once_with_the_new_token_and_twice_in_a_row_is_thrown()
    {
        // The token rotated under the open stream: with a TokenProvider the stream reconnects (asking it again) once; a
        // connection that stayed up (two frames) earns another; the same closure right after a reconnect stands.
        var connection = 0;
        var sent = new List<string?>();
        await using var server = new LoopbackHttpServer(async x =>
        {
            var mine = Interlocked.Increment(ref connection);
            lock (sent)
            {
                sent.Add(x.Request.Headers.FirstOrDefault(h => string.Equals(h.Key, "X-Nomad-Token", StringComparison.OrdinalIgnoreCase)).Value);
            }

            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            if (mine <= 2)
            {
                await x.ChunkAsync(EventFrames.Batch((ulong)(6 + mine), EventFrames.Deployment("d1", (ulong)(6 + mine))) + "\n");
            }

            await x.ChunkAsync("ACL token not found");
            await x.EndChunkedAsync();
        });
        var issued = 0;
        using var nomad = server.CreateClient(o =>
        {
            o.Token = null;
            o.TokenProvider = _ => ValueTask.FromResult<string?>($"rotating-{Interlocked.Increment(ref issued)}");
        });

        var indexes = new List<ulong>();
        var error = await Assert.ThrowsAsync<NomadApiException>(async () =>
        {
            await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
            {
                indexes.Add(batch.Index);
            }
        });

        Assert.Equal([7UL, 8UL], indexes);
        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Contains("after index 8", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests);
        Assert.Equal(3, sent.Distinct().Count()); // each connection asked the provider again
    }

    [Fact]
    public async Task A_server_that_closes_every_subscription_before_its_first_heartbeat_is_reported_not_retried_forever()
    {
        // Current Nomad answers 200, checks the token, and closes the connection without a frame when it refuses.
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartUntilCloseAsync();
            x.Close();
        });
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(async () =>
        {
            await foreach (var unused in nomad.Events.StreamAsync(EventFrames.FastOptions().AddTopic(NomadEventTopic.Job), EventFrames.Safety()))
            {
            }
        });

        Assert.Equal(ApiErrorKind.PermissionDenied, error.Kind);
        Assert.Contains("before its first heartbeat", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Server_errors_at_connect_are_retried_with_backoff_and_the_token_is_sent_each_time()
    {
        var attempt = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            switch (Interlocked.Increment(ref attempt))
            {
                case 1:
                    await x.RespondAsync(500, "No cluster leader");
                    return;
                case 2:
                    await x.RespondAsync(429, "slow down", ("Retry-After", "0"));
                    return;
            }

            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n" + EventFrames.Batch(3, EventFrames.Deployment("d1", 3)) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
        {
            Assert.Equal(3UL, batch.Index);
            break;
        }

        Assert.Equal(3, server.Requests);
        Assert.All(server.Received, r => Assert.Equal(NomadTestServer.Token, r.Headers["X-Nomad-Token"]));
    }

    [Fact]
    public async Task A_connection_silent_past_the_heartbeat_timeout_is_replaced_and_resumes_from_the_last_index()
    {
        var attempt = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            if (Interlocked.Increment(ref attempt) == 1)
            {
                await x.ChunkAsync(EventFrames.Batch(3, EventFrames.Deployment("d1", 3)) + "\n");
            }
            else
            {
                await x.ChunkAsync(EventFrames.Batch(4, EventFrames.Deployment("d1", 4, "successful")) + "\n");
            }

            // Then silence, as from a server that vanished without closing the connection.
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();
        var options = EventFrames.FastOptions();
        options.HeartbeatTimeout = TimeSpan.FromMilliseconds(300);

        var indexes = new List<ulong>();
        await foreach (var batch in nomad.Events.StreamAsync(options, EventFrames.Safety()))
        {
            indexes.Add(batch.Index);
            if (batch.Index == 4)
            {
                Assert.Equal(DeploymentStatus.Successful, batch.Events[0].Deployment!.Status);
                break;
            }
        }

        Assert.Equal([3UL, 4UL], indexes);
        Assert.Equal("3", server.Received.ToArray()[1].QueryValue("index"));
    }

    [Fact]
    public async Task A_frame_that_never_parses_is_reported_after_one_retry()
    {
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n" + EventFrames.Batch(2, EventFrames.Deployment("d1", 2)) + "\n");
            await x.ChunkAsync("""{"Index":"three","Events":[]}""" + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();

        var indexes = new List<ulong>();
        var error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var batch in nomad.Events.StreamAsync(EventFrames.FastOptions(), EventFrames.Safety()))
            {
                indexes.Add(batch.Index);
            }
        });

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Equal([2UL], indexes);
        Assert.Equal(2, server.Requests);
        Assert.Equal("2", server.Received.ToArray()[1].QueryValue("index"));
    }

    [Fact]
    public async Task A_start_index_is_sent_and_batches_below_it_are_dropped()
    {
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Batch(8, EventFrames.Deployment("d0", 8)) + "\n");
            await x.ChunkAsync(EventFrames.Batch(9, EventFrames.Deployment("d1", 9)) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();
        var options = EventFrames.FastOptions();
        options.StartIndex = 9;

        await foreach (var batch in nomad.Events.StreamAsync(options, EventFrames.Safety()))
        {
            Assert.Equal(9UL, batch.Index);
            break;
        }

        Assert.Equal("9", Assert.Single(server.Received).QueryValue("index"));
    }
}

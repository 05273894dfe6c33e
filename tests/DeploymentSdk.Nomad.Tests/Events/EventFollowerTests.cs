namespace DeploymentSdk.Nomad.Tests.Events;

public sealed class EventFollowerTests
{
    [Fact]
    public async Task A_follower_delivers_only_followed_objects_matching_keys_and_filter_keys_and_tracks_the_index()
    {
        var proceed = new SemaphoreSlim(0);
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Batch(
                10,
                EventFrames.Deployment("d1", 10),
                EventFrames.Deployment("d2", 10),
                EventFrames.Deployment("d3", 10)) + "\n");

            // Nothing followed in this one: the follower skips it but still moves its index.
            await x.ChunkAsync(EventFrames.Batch(11, EventFrames.Deployment("d9", 11)) + "\n");

            // An allocation of deployment d1 matches through its filter keys; the same event listed twice arrives once.
            var allocation = EventFrames.Allocation("a1", 12, "d1");
            await x.ChunkAsync(EventFrames.Batch(12, allocation, allocation, EventFrames.Allocation("a2", 12, "d9")) + "\n");
            await proceed.WaitAsync(x.Stopping);
            await x.ChunkAsync(EventFrames.Batch(13, EventFrames.Deployment("d1", 13, "successful"), EventFrames.Deployment("d2", 13, "failed")) + "\n");
            await x.ChunkAsync(EventFrames.Batch(14, EventFrames.Deployment("d3", 14)) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();
        var options = EventFrames.FastOptions().AddTopic(NomadEventTopic.Deployment).AddTopic(NomadEventTopic.Allocation);
        options.Namespace = "*";
        var follower = nomad.Events.CreateFollower(options);
        Assert.True(follower.Follow("d1"));
        Assert.True(follower.Follow("d2"));
        Assert.False(follower.Follow("d1"));
        Assert.Equal(2, follower.Count);

        var delivered = new List<string>();
        await foreach (var e in follower.ReadAllAsync(EventFrames.Safety()))
        {
            delivered.Add($"{e.Index}:{e.Topic}:{e.Key}");
            if (e.Topic == NomadEventTopic.Allocation)
            {
                Assert.Equal("a1", e.Allocation!.Id);
                Assert.Equal(11UL, follower.LastIndex);
                Assert.True(follower.Unfollow("d2"));
                proceed.Release();
            }

            if (e.Index == 13)
            {
                Assert.Equal(DeploymentStatus.Successful, e.Deployment!.Status);
                break;
            }
        }

        Assert.Equal(["10:Deployment:d1", "10:Deployment:d2", "12:Allocation:a1", "13:Deployment:d1"], delivered);
        Assert.False(follower.IsFollowing("d2"));
        Assert.True(follower.IsFollowing("d1"));
        Assert.Equal(12UL, follower.LastIndex);
        var request = Assert.Single(server.Received);
        Assert.Equal(["Deployment:*", "Allocation:*"], request.QueryValues("topic"));
        Assert.Equal("*", request.QueryValue("namespace"));
    }

    [Fact]
    public async Task A_second_read_continues_after_the_last_fully_read_batch()
    {
        await using var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(EventFrames.Batch(20, EventFrames.Deployment("d1", 20)) + "\n");
            await x.ChunkAsync(EventFrames.Batch(21, EventFrames.Deployment("d1", 21, "successful")) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();
        var follower = nomad.Events.CreateFollower(EventFrames.FastOptions().AddTopic(NomadEventTopic.Deployment));
        follower.Follow("d1");

        await foreach (var e in follower.ReadAllAsync(EventFrames.Safety()))
        {
            if (e.Index == 21)
            {
                break;
            }
        }

        // Left in the middle of batch 21: it counts as unread, so the next read asks for it again (at least once).
        Assert.Equal(20UL, follower.LastIndex);
        var again = new List<ulong>();
        await foreach (var e in follower.ReadAllAsync(EventFrames.Safety()))
        {
            again.Add(e.Index);
            break;
        }

        Assert.Equal([21UL], again);
        Assert.Equal("21", server.Received.ToArray()[1].QueryValue("index"));
        Assert.Throws<ArgumentException>(() => follower.Follow(""));
        Assert.Throws<ArgumentNullException>(() => follower.Unfollow(null!));
    }
}

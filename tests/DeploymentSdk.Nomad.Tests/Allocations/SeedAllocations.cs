namespace DeploymentSdk.Nomad.Tests;

/// <summary>Checks of the allocation samples from the seed allocations page, shared by the endpoints that return them.</summary>
internal static class SeedAllocations
{
    public const string AllocationId = "a8198d79-cfdb-6593-a999-1e9adabcba2e";

    /// <summary>Every field of the seed's allocation list sample (Fixtures/Allocations/list.json).</summary>
    public static void AssertListStub(AllocationListStub alloc)
    {
        Assert.Equal(AllocationId, alloc.Id);
        Assert.Equal("5456bd7a-9fc0-c0dd-6131-cbee77f57577", alloc.EvalId);
        Assert.Equal("example.cache[0]", alloc.Name);
        Assert.Equal("fb2170a8-257d-3c64-b14d-bc06cc94e34c", alloc.NodeId);
        // A list stub has no PreviousAllocation; the sample's is kept as an unknown field.
        Assert.Equal("516d2753-0513-cfc7-57ac-2d6fac18b9dc", alloc.AdditionalProperties!["PreviousAllocation"].GetString());
        Assert.Single(alloc.AdditionalProperties);
        Assert.Equal("cd13d9b9-4f97-7184-c88b-7b451981616b", alloc.NextAllocation);
        AssertRescheduleTracker(alloc.RescheduleTracker!);
        Assert.Equal("example", alloc.JobId);
        Assert.Equal("cache", alloc.TaskGroup);
        Assert.Equal(AllocationDesiredStatus.Run, alloc.DesiredStatus);
        Assert.Equal("", alloc.DesiredDescription);
        Assert.Equal(AllocationClientStatus.Running, alloc.ClientStatus);
        Assert.Equal("", alloc.ClientDescription);
        AssertRedisTaskStates(alloc.TaskStates!);
        Assert.Equal(54UL, alloc.CreateIndex);
        Assert.Equal(57UL, alloc.ModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(14_957_473_717_942_764), alloc.CreateTime);
        Assert.Equal(alloc.CreateTime, alloc.ModifyTime);
        Assert.Null(alloc.AllocatedResources);
        Assert.Null(alloc.DeploymentStatus);
        Assert.Null(alloc.Namespace);
    }

    /// <summary>The seed's reschedule tracker, whose <c>Delay</c> is the string <c>"5000000000"</c>.</summary>
    public static void AssertRescheduleTracker(RescheduleTracker tracker)
    {
        var reschedule = Assert.Single(tracker.Events!);
        Assert.Equal("516d2753-0513-cfc7-57ac-2d6fac18b9dc", reschedule.PrevAllocId);
        Assert.Equal("9230cd3b-3bda-9a3f-82f9-b2ea8dedb20e", reschedule.PrevNodeId);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(15_174_341_611_929_462), reschedule.RescheduleTime);
        Assert.Equal(TimeSpan.FromSeconds(5), reschedule.Delay);
        Assert.Null(tracker.LastReschedule);
    }

    /// <summary>The seed's <c>redis</c> task state: running, with Received, Driver and Started events.</summary>
    public static void AssertRedisTaskStates(IDictionary<string, TaskState> states)
    {
        var redis = Assert.Single(states);
        Assert.Equal("redis", redis.Key);
        Assert.Equal(TaskStatus.Running, redis.Value.State);
        Assert.False(redis.Value.Failed);
        Assert.Equal(0UL, redis.Value.Restarts);
        Assert.Null(redis.Value.FinishedAt); // "0001-01-01T00:00:00Z", Go's zero time
        Assert.Null(redis.Value.LastRestart);
        // "2017-07-25T23:36:26.106431265Z": nine fractional digits, read to 100 ns.
        Assert.Equal(new DateTimeOffset(2017, 7, 25, 23, 36, 26, TimeSpan.Zero).AddTicks(1_064_312), redis.Value.StartedAt);
        Assert.Null(redis.Value.Paused);
        var events = redis.Value.Events!;
        Assert.Equal([TaskEventType.Received, TaskEventType.Driver, TaskEventType.Started], events.Select(e => e.Type!.Value));
        Assert.Equal(
            [14_957_473_717_957_038L, 14_957_473_717_988_672L, 14_957_473_795_256_678L],
            events.Select(e => (e.Time!.Value - DateTimeOffset.UnixEpoch).Ticks));
        AssertSeedEvent(events[0], driverMessage: "");
        AssertSeedEvent(events[1], driverMessage: "Downloading image redis:3.2");
        AssertSeedEvent(events[2], driverMessage: "");
    }

    /// <summary>The fields every seed task event has at their zero values, and the ones it does not send.</summary>
    public static void AssertSeedEvent(TaskEvent e, string driverMessage, string message = "")
    {
        Assert.Equal(message, e.Message);
        Assert.Equal(driverMessage, e.DriverMessage);
        Assert.False(e.FailsTask);
        Assert.Equal("", e.RestartReason);
        Assert.Equal("", e.SetupError);
        Assert.Equal("", e.DriverError);
        Assert.Equal(0, e.ExitCode);
        Assert.Equal(0, e.Signal);
        Assert.Equal(TimeSpan.Zero, e.KillTimeout);
        Assert.Equal("", e.KillError);
        Assert.Equal("", e.KillReason);
        Assert.Equal(TimeSpan.Zero, e.StartDelay);
        Assert.Equal("", e.DownloadError);
        Assert.Equal("", e.ValidationError);
        Assert.Equal(0L, e.DiskLimit);
        Assert.Equal("", e.FailedSibling);
        Assert.Equal("", e.VaultError);
        Assert.Equal("", e.TaskSignalReason);
        Assert.Equal("", e.TaskSignal);
        Assert.Null(e.DisplayMessage);
        Assert.Null(e.Details);
        Assert.Null(e.DiskSize);
        Assert.Null(e.GenericSource);
        Assert.Null(e.AdditionalProperties);
    }
}

namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>Bad arguments are refused before anything is sent, with the parameter named.</summary>
public sealed class JobsArgumentTests
{
    public static TheoryData<string?> BlankIds => new() { null, "", "   ", "\t" };

    [Theory]
    [MemberData(nameof(BlankIds))]
    public async Task Every_job_ID_parameter_refuses_a_blank_ID(string? jobId)
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();
        var jobs = nomad.Jobs;
        var id = jobId!;

        Func<Task>[] calls =
        [
            () => jobs.GetAsync(id),
            () => jobs.GetSubmissionAsync(id, 1),
            () => jobs.GetVersionsAsync(id),
            () => jobs.GetSummaryAsync(id),
            () => jobs.UpdateAsync(id, new Job { Id = "web" }),
            () => jobs.DispatchAsync(id),
            () => jobs.DispatchRawAsync(id, new byte[] { 1 }),
            () => jobs.RevertAsync(id, 1),
            () => jobs.SetStabilityAsync(id, 1, true),
            () => jobs.EvaluateAsync(id),
            () => jobs.ForcePeriodicAsync(id),
            () => jobs.DeregisterAsync(id),
            () => jobs.GetScaleStatusAsync(id),
            () => jobs.ScaleAsync(id, "web", 1),
            () => jobs.ListActionsAsync(id),
            () => jobs.TagVersionAsync(id, "golden", 1),
            () => jobs.UntagVersionAsync(id, "golden"),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(call);
            Assert.Equal("jobId", error.ParamName);
        }

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Register_update_plan_and_validate_refuse_a_missing_job_or_one_without_an_ID()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();
        var jobs = nomad.Jobs;

        Func<Task>[] calls =
        [
            () => jobs.RegisterAsync(null!),
            () => jobs.RegisterAsync(new Job { Name = "no id" }),
            () => jobs.RegisterAsync(new Job { Id = " " }),
            () => jobs.UpdateAsync("web", null!),
            () => jobs.UpdateAsync("web", new Job()),
            () => jobs.UpdateAsync("web", new Job { Id = "api" }),
            () => jobs.PlanAsync(null!),
            () => jobs.PlanAsync(new Job()),
            () => jobs.ValidateAsync(null!),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(call);
            Assert.Equal("job", error.ParamName);
        }

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Dispatch_refuses_a_payload_over_16_KiB()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();
        var tooLarge = new byte[(16 * 1024) + 1];

        var json = await Assert.ThrowsAsync<ArgumentException>(() => nomad.Jobs.DispatchAsync("batch", new JobDispatchOptions { Payload = tooLarge }));
        var raw = await Assert.ThrowsAsync<ArgumentException>(() => nomad.Jobs.DispatchRawAsync("batch", tooLarge));

        Assert.Equal("options", json.ParamName);
        Assert.Contains("16385", json.Message, StringComparison.Ordinal);
        Assert.Equal("payload", raw.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Scale_refuses_a_negative_count_and_a_blank_group()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var negative = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => nomad.Jobs.ScaleAsync("web", "frontend", -1));
        var blank = await Assert.ThrowsAnyAsync<ArgumentException>(() => nomad.Jobs.ScaleAsync("web", " ", 1));

        Assert.Equal("count", negative.ParamName);
        Assert.Equal("taskGroup", blank.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Priorities_outside_1_to_100_are_refused(int priority)
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();
        var jobs = nomad.Jobs;

        Func<Task>[] calls =
        [
            () => jobs.RegisterAsync(new Job { Id = "web" }, new JobRegisterOptions { EvalPriority = priority }),
            () => jobs.UpdateAsync("web", new Job { Id = "web" }, new JobRegisterOptions { EvalPriority = priority }),
            () => jobs.DeregisterAsync("web", new JobDeregisterOptions { EvalPriority = priority }),
            () => jobs.DispatchAsync("batch", new JobDispatchOptions { Priority = priority }),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(call);
            Assert.Equal("options", error.ParamName);
        }

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Version_tags_refuse_job_IDs_and_tag_names_with_a_slash()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var tagChild = await Assert.ThrowsAsync<ArgumentException>(() => nomad.Jobs.TagVersionAsync("batch/dispatch-1730920906-81821d1f", "golden", 0));
        var untagChild = await Assert.ThrowsAsync<ArgumentException>(() => nomad.Jobs.UntagVersionAsync("batch/periodic-1700000000", "golden"));
        var slashTag = await Assert.ThrowsAsync<ArgumentException>(() => nomad.Jobs.TagVersionAsync("web", "release/1.2", 3));
        var blankTag = await Assert.ThrowsAnyAsync<ArgumentException>(() => nomad.Jobs.UntagVersionAsync("web", ""));

        Assert.Equal("jobId", tagChild.ParamName);
        Assert.Contains("cannot be tagged", tagChild.Message, StringComparison.Ordinal);
        Assert.Equal("jobId", untagChild.ParamName);
        Assert.Equal("tagName", slashTag.ParamName);
        Assert.Equal("tagName", blankTag.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Parse_refuses_an_empty_specification()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => nomad.Jobs.ParseAsync(" "));

        Assert.Equal("jobHcl", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Dot_segments_cannot_leave_the_job_path()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => nomad.Jobs.DeregisterAsync(".."));

        Assert.Equal("jobId", error.ParamName);
        Assert.Empty(server.Requests);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>The job model against the wire: every field maps to a property and a job round-trips without loss.</summary>
public sealed class JobModelTests
{
    public static TheoryData<string, string> JobSamples => new()
    {
        // The seed's Read Job sample (Nomad 0.6).
        { "job.json", "$" },
        // The seed's List Job Versions sample, in the envelope current Nomad answers with.
        { "versions.json", "$.Versions[0]" },
        // The current Parse Job sample.
        { "parse.json", "$" },
        // Every field of the current job specification, plus fields from a "newer server".
        { "job-full.json", "$" },
    };

    [Theory]
    [MemberData(nameof(JobSamples))]
    public void A_job_read_and_written_again_is_the_same_JSON_including_unknown_fields(string fixture, string path)
    {
        var original = Select(JsonNode.Parse(JobsWire.Fixture(fixture))!, path);

        var job = original.Deserialize(NomadJsonContext.Default.Job)!;
        var written = JsonSerializer.SerializeToNode(job, NomadJsonContext.Default.Job);

        JobsWire.AssertJsonEqual(JobsWire.WithoutNulls(original), JobsWire.WithoutNulls(written));
    }

    [Fact]
    public void The_full_fixture_sets_every_property_of_the_job_model_and_only_the_planted_fields_are_unknown()
    {
        var job = JsonSerializer.Deserialize(JobsWire.Fixture("job-full.json"), NomadJsonContext.Default.Job)!;

        // A property without a value here means the fixture (or a wire name) misses a field of the api package.
        Assert.Empty(JobsWire.PropertiesWithoutValue(job));
        Assert.Equal(["Job.FutureJobField", "JobTask.FutureTaskField"], JobsWire.UnknownFields(job));
    }

    [Fact]
    public void The_full_fixture_maps_wire_names_and_units()
    {
        var job = JsonSerializer.Deserialize(JobsWire.Fixture("job-full.json"), NomadJsonContext.Default.Job)!;

        Assert.Equal("shop", job.Id);
        Assert.Equal(JobType.Service, job.Type);
        Assert.Equal(JobStatus.Running, job.Status);
        Assert.Equal(3_000_000_000UL, job.ModifyIndex);
        Assert.Equal(1_700_000_000_123_456_789L, job.SubmitTime);
        Assert.Equal(1_700_000_100_987_654_321L, job.VersionTag!.TaggedTime);
        Assert.Equal("""{"customer": "acme"}""", System.Text.Encoding.UTF8.GetString(job.Payload!));
        Assert.Equal("https://wiki.example.com/shop", job.UI!.Links![0].Url);
        Assert.Equal(TimeSpan.FromSeconds(30), job.Update!.Stagger);
        Assert.Equal(TimeSpan.FromMinutes(10), job.Update.ProgressDeadline);

        var web = job.TaskGroups![0];
        Assert.Equal(TimeSpan.FromDays(1), web.MaxRunDuration);
        Assert.Equal("ext4", web.Volumes!["data"].MountOptions!.FsType);
        Assert.Equal("10.0.0.53", web.Networks![0].Dns!.Servers![0]);
        Assert.Equal("true", web.Networks[0].Cni!.Args!["IgnoreUnknown"]);
        Assert.Equal(-50, web.Affinities![0].Weight);

        var check = web.Services![0].Checks![0];
        Assert.Equal(["nomad", "health"], check.Header!["X-Probe"]);
        Assert.Equal("shop.example.com", check.TlsServerName);
        Assert.Equal(TimeSpan.FromSeconds(90), check.CheckRestart!.Grace);
        Assert.True(web.Services[0].Checks![1].GrpcUseTls);

        var proxy = web.Services[0].Connect!.SidecarService!.Proxy!;
        Assert.Equal("101", proxy.TransparentProxy!.Uid);
        Assert.Equal([5432], proxy.TransparentProxy.ExcludeOutboundPorts);
        Assert.Equal(5000, proxy.Upstreams![0].Config!["connect_timeout_ms"].GetInt32());

        var app = web.Tasks![0];
        Assert.Equal("registry.example.com/shop:7", app.Config!["image"].GetString());
        Assert.Equal(512, app.Resources!.MemoryMB);
        Assert.Equal(500, app.Resources.Cpu);
        Assert.Equal("prefer", app.Resources.Numa!.Affinity);
        Assert.Equal(TimeSpan.FromHours(1), app.Identities![0].Ttl);
        Assert.Equal("Europe/Berlin", app.Schedule!.Cron!.Timezone);
        Assert.Equal("node", web.Tasks[1].CsiPluginConfig!.Type);

        var gateway = job.TaskGroups[1].Services![0].Connect!.Gateway!;
        Assert.Equal("LOGICAL_DNS", gateway.Proxy!.EnvoyDnsDiscoveryType);
        Assert.Equal("TLSv1_2", gateway.Ingress!.Tls!.TlsMinVersion);
        Assert.Equal(4096U, gateway.Ingress.Listeners![0].Services![0].MaxConnections);
        Assert.Equal("db.internal", gateway.Terminating!.Services![0].Sni);
        Assert.NotNull(gateway.Mesh);
    }

    [Fact]
    public void A_new_job_sends_only_what_is_set()
    {
        var job = new Job
        {
            Id = "web",
            Type = JobType.Batch,
            TaskGroups = [new TaskGroup { Name = "g", Tasks = [new JobTask { Name = "t", Driver = "exec", KillTimeout = TimeSpan.FromSeconds(5) }] }],
        };

        var json = JsonSerializer.Serialize(job, NomadJsonContext.Default.Job);

        Assert.Equal("""{"ID":"web","Type":"batch","TaskGroups":[{"Name":"g","Tasks":[{"Name":"t","Driver":"exec","KillTimeout":5000000000}]}]}""", json);
    }

    [Fact]
    public void An_unknown_job_type_and_status_read_and_write_back_unchanged()
    {
        var job = JsonSerializer.Deserialize("""{"Type":"gang","Status":"paused"}""", NomadJsonContext.Default.Job)!;

        Assert.Equal("gang", job.Type!.Value.Value);
        Assert.Equal(new JobStatus("paused"), job.Status);
        Assert.Equal("""{"Type":"gang","Status":"paused"}""", JsonSerializer.Serialize(job, NomadJsonContext.Default.Job));
    }

    private static JsonNode Select(JsonNode root, string path) =>
        path == "$" ? root : root["Versions"]![int.Parse(path["$.Versions[".Length..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
}

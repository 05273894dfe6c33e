using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>
/// Task events, service checks and templates are read from field tables (<see cref="ModelReader{T}"/>, for speed);
/// these tests hold the tables to what the models' metadata declares, so a property added to a model without its
/// field, or a rule that differs, fails here.
/// </summary>
public sealed class ModelReaderTests
{
    // Every field with a value that is not its default, in an order Nomad does not use.
    private const string FullEvent = """
        {"GenericSource":"consul","DriverMessage":"Downloading image","TaskSignal":"SIGHUP","TaskSignalReason":"template changed",
         "VaultError":"permission denied","FailedSibling":"sidecar","DiskSize":1024,"DiskLimit":300,"ValidationError":"bad config",
         "DownloadError":"404","StartDelay":15000000000,"KillReason":"oom","KillError":"no such process","KillTimeout":"5000000000",
         "Signal":9,"ExitCode":137,"DriverError":"image not found","SetupError":"mkdir failed","RestartReason":"exceeded attempts",
         "FailsTask":true,"Details":{"exit_code":"137","oom_killed":"true"},"DisplayMessage":"Exit Code: 137, OOM Killed",
         "Message":"OOM Killed","Time":1718000000123456789,"Type":"Terminated"}
        """;

    [Fact]
    public void Every_field_table_declares_every_property_of_its_model()
    {
        // Every ModelReader in the Nomad assembly, whatever model it reads: a property added to the model without
        // its field would be read by nobody, so it fails here.
        var readers = typeof(NomadClient).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ModelReader<>))
            .ToList();
        Assert.Contains(typeof(TaskEventReader), readers);
        Assert.Contains(typeof(ServiceReader), readers);
        foreach (var reader in readers)
        {
            var model = reader.BaseType!.GetGenericArguments()[0];
            var declared = NomadJsonContext.Default.GetTypeInfo(model)!.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            var fields = ((IEnumerable<string>)reader.GetProperty("FieldNames", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
                .GetValue(Activator.CreateInstance(reader))!).Order(StringComparer.Ordinal).ToList();
            Assert.True(declared.SequenceEqual(fields), $"{reader.Name}: model {string.Join(",", declared)} vs fields {string.Join(",", fields)}");
        }
    }

    [Fact]
    public void Every_field_reads_as_the_models_metadata_reads_it()
    {
        var fast = ReadEvents($"[{FullEvent}]").Single();
        var generic = JsonSerializer.Deserialize(FullEvent, NomadJsonContext.Default.TaskEvent)!;

        Assert.Equal(TaskEventType.Terminated, fast.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1718000000123).AddTicks(4567), fast.Time);
        Assert.Equal(TimeSpan.FromSeconds(5), fast.KillTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), fast.StartDelay);
        Assert.Equal(137, fast.ExitCode);
        Assert.True(fast.FailsTask);
        Assert.Equal("true", fast.Details!["oom_killed"]);
        Assert.Null(fast.AdditionalProperties);
        Assert.Equal(Write(generic), Write(fast));
    }

    [Fact]
    public void A_service_check_and_a_template_read_as_their_metadata_reads_them()
    {
        const string check = """
            {"OnUpdate":"require_healthy","Body":"{}","FailuresBeforeWarning":1,"FailuresBeforeCritical":2,"SuccessBeforePassing":3,
             "TaskName":"api","GRPCUseTLS":true,"GRPCService":"health","CheckRestart":{"Limit":3,"Grace":60000000000,"IgnoreWarnings":true,"Future":1},
             "Method":"POST","Header":{"X-Probe":["nomad","x"]},"TLSSkipVerify":true,"TLSServerName":"api.internal","Notes":"n",
             "InitialStatus":"passing","Timeout":2000000000,"Interval":"10000000000","Advertise":"10.0.0.1","AddressMode":"host",
             "Expose":true,"PortLabel":"http","Protocol":"https","Path":"/health","Args":["-c","x"],"Command":"check.sh","Type":"http","Name":"alive"}
            """;
        const string template = """
            {"ErrMissingKey":true,"Wait":{"Max":240000000000,"Min":5000000000},"VaultGrace":1000000000,"Envvars":true,"RightDelim":"]]",
             "LeftDelim":"[[","Gid":20,"Uid":10,"Perms":"0600","Splay":5000000000,"Once":true,"ChangeSignal":"SIGHUP",
             "ChangeScript":{"Command":"/bin/reload","Args":["-x"],"Timeout":5000000000,"FailOnError":true},"ChangeMode":"script",
             "EmbeddedTmpl":"{{ key \"x\" }}","DestPath":"local/x","SourcePath":"src/x"}
            """;

        var service = JsonSerializer.Deserialize($$"""{"Name":"web","Checks":[{{check}},null]}""", NomadJsonContext.Default.Service)!;
        var task = JsonSerializer.Deserialize($$"""{"Name":"api","Templates":[{{template}}]}""", NomadJsonContext.Default.JobTask)!;

        var fastCheck = service.Checks![0];
        Assert.Null(service.Checks[1]);
        Assert.Equal(["nomad", "x"], fastCheck.Header!["X-Probe"]);
        Assert.Equal(TimeSpan.FromMinutes(1), fastCheck.CheckRestart!.Grace);
        Assert.Equal(1, fastCheck.CheckRestart.AdditionalProperties!["Future"].GetInt32());
        Assert.Equal(TimeSpan.FromSeconds(10), fastCheck.Interval);
        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize(check, NomadJsonContext.Default.ServiceCheck)!, NomadJsonContext.Default.ServiceCheck),
            JsonSerializer.Serialize(fastCheck, NomadJsonContext.Default.ServiceCheck));
        var fastTemplate = task.Templates!.Single();
        Assert.Equal(TimeSpan.FromMinutes(4), fastTemplate.Wait!.Max);
        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize(template, NomadJsonContext.Default.Template)!, NomadJsonContext.Default.Template),
            JsonSerializer.Serialize(fastTemplate, NomadJsonContext.Default.Template));
    }

    [Fact]
    public void A_service_with_its_identity_reads_as_its_metadata_reads_it()
    {
        const string service = """
            {"Kind":"k","Cluster":"c","Provider":"nomad","Weights":{"Passing":2,"Warning":1},"Identity":{"ExtraClaims":["a"],"TTL":3600000000000,
             "ServiceName":"web","Filepath":"f","File":true,"Env":true,"ChangeSignal":"SIGHUP","ChangeMode":"signal","Audience":["consul.io"],"Name":"i"},
             "OnUpdate":"ignore","TaskName":"api","TaggedAddresses":{"lan":"10.0.0.1"},"CanaryMeta":{"c":"1"},"Meta":{"m":"2"},
             "Connect":{"Native":true},"CheckRestart":{"Limit":2},"Checks":[{"Name":"alive","Type":"tcp"}],"Address":"a","AddressMode":"host",
             "PortLabel":"http","EnableTagOverride":true,"CanaryTags":["canary"],"Tags":["t1","t2"],"Name":"web","Unknown":[1]}
            """;

        var fast = JsonSerializer.Deserialize($$"""{"Name":"g","Services":[{{service}}]}""", NomadJsonContext.Default.TaskGroup)!.Services!.Single();
        var generic = JsonSerializer.Deserialize(service, NomadJsonContext.Default.Service)!;

        Assert.Equal(TimeSpan.FromHours(1), fast.Identity!.Ttl);
        Assert.Equal(["t1", "t2"], fast.Tags);
        Assert.Equal(JsonSerializer.Serialize(generic, NomadJsonContext.Default.Service), JsonSerializer.Serialize(fast, NomadJsonContext.Default.Service));
    }

    [Theory]
    [InlineData("""{"Checks":[{"Header":{"a":"x"}}]}""")]
    [InlineData("""{"Checks":[{"Header":[]}]}""")]
    [InlineData("""{"Checks":[{"Args":[1]}]}""")]
    [InlineData("""{"Checks":[{"Args":"x"}]}""")]
    [InlineData("""{"Checks":[{"CheckRestart":3}]}""")]
    [InlineData("""{"Checks":[{"CheckRestart":{"Limit":"3"}}]}""")]
    [InlineData("""{"Checks":[{"Interval":true}]}""")]
    [InlineData("""{"Checks":[{"Expose":"yes"}]}""")]
    [InlineData("""{"Checks":{}}""")]
    public void A_check_value_of_the_wrong_type_is_a_json_error(string serviceJson)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(serviceJson, NomadJsonContext.Default.Service));

        Assert.Contains("Checks", error.Path ?? error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_read_and_written_back_keeps_its_checks_and_templates()
    {
        var job = JsonSerializer.Deserialize(
            """{"ID":"web","TaskGroups":[{"Name":"g","Services":[{"Name":"s","Checks":[{"Name":"c","Type":"tcp","Interval":1000000000,"New":"kept"}]}],"Tasks":[{"Name":"t","Templates":[{"DestPath":"local/a","Wait":{"Min":1000000000}}]}]}]}""",
            NomadJsonContext.Default.Job)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(job, NomadJsonContext.Default.Job))!;

        var check = written["TaskGroups"]![0]!["Services"]![0]!["Checks"]![0]!;
        Assert.Equal(1_000_000_000L, (long?)check["Interval"]);
        Assert.Equal("kept", (string?)check["New"]);
        Assert.Equal(1_000_000_000L, (long?)written["TaskGroups"]![0]!["Tasks"]![0]!["Templates"]![0]!["Wait"]!["Min"]);
    }

    [Fact]
    public void Unknown_fields_are_kept_and_written_back()
    {
        var json = """[{"Type":"Started","FutureField":{"a":[1,2]},"Message":"x","AnotherOne":"y"}]""";

        var item = ReadEvents(json).Single();

        Assert.Equal(["AnotherOne", "FutureField"], item.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("x", item.Message);
        var written = JsonNode.Parse(Write(item))!.AsObject();
        Assert.Equal("y", (string?)written["AnotherOne"]);
        Assert.Equal(2, (int?)written["FutureField"]!["a"]![1]);
    }

    [Fact]
    public void Escaped_names_nulls_and_null_items_read_like_the_generic_path()
    {
        var json = """[{"\u0054ype":"Killed","Ex\u0069tCode":null,"Details":null,"Message":null,"KillTimeout":null,"Time":0},null]""";

        var events = ReadEvents(json);

        Assert.Equal(2, events.Count);
        Assert.Equal(TaskEventType.Killed, events[0].Type);
        Assert.Null(events[0].ExitCode);
        Assert.Null(events[0].Details);
        Assert.Null(events[0].Message);
        Assert.Null(events[0].KillTimeout);
        Assert.Null(events[0].Time);
        Assert.Null(events[1]);
    }

    [Theory]
    [InlineData("""{"Events":{}}""")]
    [InlineData("""{"Events":[1]}""")]
    [InlineData("""{"Events":[{"ExitCode":"137"}]}""")]
    [InlineData("""{"Events":[{"ExitCode":1.5}]}""")]
    [InlineData("""{"Events":[{"FailsTask":"yes"}]}""")]
    [InlineData("""{"Events":[{"SetupError":{}}]}""")]
    [InlineData("""{"Events":[{"Message":42}]}""")]
    [InlineData("""{"Events":[{"Type":false}]}""")]
    [InlineData("""{"Events":[{"DiskLimit":[]}]}""")]
    [InlineData("""{"Events":[{"KillTimeout":"soon"}]}""")]
    [InlineData("""{"Events":[{"Details":{"a":1}}]}""")]
    public void A_value_of_the_wrong_type_is_a_json_error(string taskState)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(taskState, NomadJsonContext.Default.TaskState));

        Assert.Contains("Events", error.Path ?? error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_inside_an_allocation_read_through_the_whole_model()
    {
        var json = """{"ID":"a1","TaskStates":{"api":{"State":"dead","Failed":true,"Events":[""" + FullEvent + """,{"Type":"Received"}]}}}""";

        var allocation = JsonSerializer.Deserialize(json, NomadJsonContext.Default.Allocation)!;

        var events = allocation.TaskStates!["api"].Events!;
        Assert.Equal([TaskEventType.Terminated, TaskEventType.Received], events.Select(e => e.Type!.Value));
        Assert.Equal("OOM Killed", events[0].Message);
    }

    private static IList<TaskEvent> ReadEvents(string eventsJson) =>
        JsonSerializer.Deserialize($$"""{"Events":{{eventsJson}}}""", NomadJsonContext.Default.TaskState)!.Events!;

    private static string Write(TaskEvent item) => JsonSerializer.Serialize(item, NomadJsonContext.Default.TaskEvent);
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>
/// Task events are read by a hand-written reader (speed); these tests hold it to what the model's metadata declares,
/// so a property added to <see cref="TaskEvent"/> without the reader, or a rule that differs, fails here.
/// </summary>
public sealed class TaskEventListConverterTests
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
    public void The_reader_knows_every_property_the_model_declares()
    {
        var declared = NomadJsonContext.Default.TaskEvent.Properties
            .Where(p => !p.IsExtensionData)
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
        var known = TaskEventListConverter.Names.Select(Encoding.UTF8.GetString).Order(StringComparer.Ordinal);

        Assert.Equal(declared, known);
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

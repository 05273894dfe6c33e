using System.Text;
using System.Text.Json;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>
/// Values that a list repeats (status words, namespaces, node names, task event messages and details) are read through a
/// bounded UTF-8 cache: each item must still get exactly its own value, whatever the server sends.
/// </summary>
public sealed class RepeatedValueReadingTests
{
    [Fact]
    public void A_repeated_value_is_materialised_once_and_every_item_reads_its_own_value()
    {
        var json = """
            [
              {"ID":"a1","Namespace":"default","NodeName":"worker-01","ClientStatus":"running","TaskStates":{"api":{"State":"running","Events":[{"Type":"Started","Message":"Task started by client","Details":{"start_delay":"0"}}]}}},
              {"ID":"a2","Namespace":"default","NodeName":"worker-02","ClientStatus":"failed","TaskStates":{"api":{"State":"dead","Events":[{"Type":"Terminated","Message":"Exit Code: 137","Details":{"exit_code":"137","oom_killed":"true"}}]}}},
              {"ID":"a3","Namespace":"default","NodeName":"worker-01","ClientStatus":"running","TaskStates":{"api":{"State":"running","Events":[{"Type":"Started","Message":"Task started by client","Details":{"start_delay":"0"}}]}}}
            ]
            """;

        // The cache is process-wide and direct-mapped: a test reading other JSON in parallel can evict a slot between
        // the first and the third item. Sharing must show in one of a few reads; each item's value must hold in every read.
        List<AllocationListStub> list = null!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            list = JsonSerializer.Deserialize(json, NomadJsonContext.Default.ListAllocationListStub)!;
            if (ReferenceEquals(list[0].NodeName, list[2].NodeName)
                && ReferenceEquals(list[0].Namespace, list[2].Namespace)
                && ReferenceEquals(list[0].TaskStates!["api"].Events![0].Message, list[2].TaskStates!["api"].Events![0].Message))
            {
                break;
            }
        }

        Assert.Equal(["worker-01", "worker-02", "worker-01"], list.Select(a => a.NodeName));
        Assert.Equal(["running", "failed", "running"], list.Select(a => a.ClientStatus!.Value.Value));
        Assert.Same(list[0].Namespace, list[2].Namespace);
        Assert.Same(list[0].NodeName, list[2].NodeName);
        var first = list[0].TaskStates!["api"].Events![0];
        var second = list[1].TaskStates!["api"].Events![0];
        var third = list[2].TaskStates!["api"].Events![0];
        Assert.Same(first.Message, third.Message);
        Assert.Equal("Exit Code: 137", second.Message);
        Assert.Equal(new Dictionary<string, string> { ["exit_code"] = "137", ["oom_killed"] = "true" }, second.Details);
        Assert.Equal(AllocationClientStatus.Failed, list[1].ClientStatus);
    }

    [Fact]
    public void Escaped_values_read_as_their_text_and_do_not_alias_the_unescaped_bytes()
    {
        var json = """[{"Namespace":"d\u0065fault","NodeName":"a\"b","TaskStates":{"t":{"Events":[{"Message":"caf\u00e9","Details":{"k\u0065y":"v\n"}}]}}},{"Namespace":"default","NodeName":"a\"b"}]""";

        var list = JsonSerializer.Deserialize(json, NomadJsonContext.Default.ListAllocationListStub)!;

        Assert.Equal("default", list[0].Namespace);
        Assert.Equal("default", list[1].Namespace);
        Assert.Equal("a\"b", list[0].NodeName);
        var evt = list[0].TaskStates!["t"].Events![0];
        Assert.Equal("café", evt.Message);
        Assert.Equal("v\n", evt.Details!["key"]);
    }

    [Fact]
    public void Ten_thousand_distinct_values_each_read_correctly_and_unknown_statuses_round_trip()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < 10_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append($$"""{"ID":"{{i}}","NodeName":"node-{{i}}","ClientStatus":"status-{{i % 500}}"}""");
        }

        var list = JsonSerializer.Deserialize(json.Append(']').ToString(), NomadJsonContext.Default.ListAllocationListStub)!;

        for (var i = 0; i < list.Count; i++)
        {
            Assert.Equal($"node-{i}", list[i].NodeName);
            Assert.Equal($"status-{i % 500}", list[i].ClientStatus!.Value.Value);
        }

        var written = JsonSerializer.Serialize(list[42], NomadJsonContext.Default.AllocationListStub);
        Assert.Equal("""{"ID":"42","NodeName":"node-42","ClientStatus":"status-42"}""", written);
    }

    [Fact]
    public void Task_event_details_round_trip_and_reject_a_non_string_value()
    {
        var evt = JsonSerializer.Deserialize("""{"Details":{"b":"2","a":"1"}}""", NomadJsonContext.Default.TaskEvent)!;
        Assert.Equal("""{"Details":{"b":"2","a":"1"}}""", JsonSerializer.Serialize(evt, NomadJsonContext.Default.TaskEvent));
        Assert.Null(JsonSerializer.Deserialize("""{"Details":null}""", NomadJsonContext.Default.TaskEvent)!.Details);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"Details":{"exit_code":137}}""", NomadJsonContext.Default.TaskEvent));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"Details":["x"]}""", NomadJsonContext.Default.TaskEvent));
    }

    [Fact]
    public void The_cache_holds_at_most_its_slot_count_and_skips_long_values()
    {
        var cache = new Utf8ValueCache<string>();
        for (var i = 0; i < 5_000; i++)
        {
            var text = $"value-{i}";
            cache.Add(Encoding.UTF8.GetBytes(text), text);
        }

        var hits = Enumerable.Range(0, 5_000).Count(i => cache.TryGet(Encoding.UTF8.GetBytes($"value-{i}"), out _));
        Assert.InRange(hits, 1, Utf8ValueCache<string>.Slots);
        Assert.True(cache.TryGet("value-4999"u8, out var last));
        Assert.Equal("value-4999", last);

        var longValue = new string('x', Utf8ValueCache<string>.MaxLength + 1);
        cache.Add(Encoding.UTF8.GetBytes(longValue), longValue);
        Assert.False(cache.TryGet(Encoding.UTF8.GetBytes(longValue), out _));
    }

    [Fact]
    public void Values_that_differ_only_in_the_middle_share_a_slot_but_never_read_as_each_other()
    {
        // The slot is picked from the length and the first and last eight bytes: these all collide by construction.
        var cache = new Utf8ValueCache<string>();
        var values = Enumerable.Range(0, 50).Select(i => $"prefix00-{i:D4}-suffix00").ToArray();
        foreach (var value in values)
        {
            cache.Add(Encoding.UTF8.GetBytes(value), value);
            foreach (var other in values)
            {
                var hit = cache.TryGet(Encoding.UTF8.GetBytes(other), out var read);
                Assert.Equal(ReferenceEquals(other, value), hit);
                Assert.True(!hit || read == other);
            }
        }

        foreach (var length in new[] { 0, 1, 3, 4, 7, 8, 9, 96 })
        {
            var text = new string('a', length);
            cache.Add(Encoding.UTF8.GetBytes(text), text);
            Assert.True(cache.TryGet(Encoding.UTF8.GetBytes(text), out var read));
            Assert.Equal(text, read);
        }
    }
}

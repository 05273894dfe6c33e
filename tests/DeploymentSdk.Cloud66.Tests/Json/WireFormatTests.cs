using System.Text.Json;
using DeploymentSdk.Cloud66.Json;

namespace DeploymentSdk.Cloud66.Tests.Json;

/// <summary>The code/meaning pairs and the pagination block: both wire forms read, unknown values kept, written back as they came.</summary>
public sealed class WireFormatTests
{
    [Theory]
    [InlineData("""{"code": 2, "meaning": "failed"}""", "2", 2L, "failed", "failed")]
    [InlineData("""{"code": "failed", "meaning": "Failed"}""", "failed", null, "Failed", "failed")]
    [InlineData("\"failed\"", "failed", null, null, "failed")]
    [InlineData("""{"code": "FAILED", "meaning": null, "colour": "red"}""", "FAILED", null, null, "FAILED")]
    public void Both_code_styles_read_and_equal_the_well_known_value(string json, string code, long? numeric, string? meaning, string name)
    {
        var outcome = Read<DeploymentOutcome>(json);

        Assert.Equal(code, outcome.Code);
        Assert.Equal(numeric, outcome.NumericCode);
        Assert.Equal(meaning, outcome.Meaning);
        Assert.Equal(name, outcome.Name);
        Assert.Equal(name, outcome.ToString());
        Assert.Equal(DeploymentOutcome.Failed, outcome);
        Assert.True(outcome == DeploymentOutcome.Failed);
        Assert.Equal(DeploymentOutcome.Failed.GetHashCode(), outcome.GetHashCode());
        Assert.NotEqual(DeploymentOutcome.Success, outcome);
    }

    [Fact]
    public void Unknown_codes_are_kept_and_written_back_in_the_form_they_came()
    {
        var numeric = Read<DeploymentType>("""{"code":7,"meaning":"canary"}""");
        var text = Read<DeploymentTrigger>("""{"code":"schedule","meaning":"Scheduled"}""");

        Assert.Equal("canary", numeric.Name);
        Assert.Equal(7, numeric.NumericCode);
        Assert.NotEqual(DeploymentType.Build, numeric);
        Assert.Equal("schedule", text.Name);
        Assert.Equal("""{"code":7,"meaning":"canary"}""", Write(numeric));
        Assert.Equal("""{"code":"schedule","meaning":"Scheduled"}""", Write(text));
    }

    [Fact]
    public void The_well_known_values_cover_every_documented_code()
    {
        Assert.Equal(["web", "api", "hook"], new[] { DeploymentTrigger.Web, DeploymentTrigger.Api, DeploymentTrigger.Hook }.Select(v => v.Code));
        Assert.Equal(["pending", "success", "failed"], new[] { DeploymentOutcome.Pending, DeploymentOutcome.Success, DeploymentOutcome.Failed }.Select(v => v.Code));
        Assert.Equal(
            ["build", "redeploy", "scale", "first_build", "revert"],
            new[] { DeploymentType.Build, DeploymentType.Redeploy, DeploymentType.Scale, DeploymentType.FirstBuild, DeploymentType.Revert }.Select(v => v.Code));
        Assert.Equal(string.Empty, default(DeploymentOutcome).Code);
        Assert.Equal(DeploymentType.FirstBuild, new DeploymentType("first_build", "First Build"));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("true")]
    public void Anything_but_an_object_string_or_number_is_not_a_code(string json)
    {
        Assert.Throws<JsonException>(() => Read<DeploymentOutcome>(json));
    }

    [Fact]
    public void A_deployment_writes_back_its_codes_and_unknown_fields_and_leaves_out_what_was_not_set()
    {
        const string json = """{"id":5,"triggered_via":{"code":1,"meaning":"api"},"is_deploying":true,"stage":"build-image"}""";
        var type = Cloud66JsonContext.Default.Cloud66EnvelopeDeployment;

        var deployment = JsonSerializer.Deserialize("{\"response\":" + json + "}", type)!.Response!;

        Assert.Equal(DeploymentTrigger.Api, deployment.TriggeredVia);
        Assert.Equal("{\"response\":" + json + "}", JsonSerializer.Serialize(new Cloud66Envelope<Deployment> { Response = deployment }, type));
    }

    [Theory]
    [InlineData("""{"current":2,"next":3,"previous":1}""")]
    [InlineData("""{"current":2,"next":3,"prev":1}""")]
    public void Previous_reads_under_either_name_and_is_written_back_under_the_same_one(string json)
    {
        var type = Cloud66JsonContext.Default.Cloud66ListEnvelopeDeployment;

        var pagination = JsonSerializer.Deserialize("{\"pagination\":" + json + "}", type)!.Pagination!;

        Assert.Equal(1, pagination.Previous);
        Assert.Equal("{\"pagination\":" + json + "}", JsonSerializer.Serialize(new Cloud66ListEnvelope<Deployment> { Pagination = pagination }, type));
    }

    [Fact]
    public void Setting_previous_replaces_either_wire_name()
    {
        var type = Cloud66JsonContext.Default.Cloud66ListEnvelopeDeployment;
        var pagination = JsonSerializer.Deserialize("""{"pagination":{"prev":1}}""", type)!.Pagination!;

        pagination.Previous = 4;

        Assert.Equal("""{"pagination":{"previous":4}}""", JsonSerializer.Serialize(new Cloud66ListEnvelope<Deployment> { Pagination = pagination }, type));
    }

    private static T Read<T>(string json)
        where T : struct
    {
        // The converters are what the models use; read through a deployment so the source-generated metadata is exercised.
        var property = typeof(T) == typeof(DeploymentOutcome) ? "outcome" : typeof(T) == typeof(DeploymentType) ? "deploy_type" : "triggered_via";
        var deployment = JsonSerializer.Deserialize("{\"response\":{\"" + property + "\":" + json + "}}", Cloud66JsonContext.Default.Cloud66EnvelopeDeployment)!.Response!;
        object? value = property switch
        {
            "outcome" => deployment.Outcome,
            "deploy_type" => deployment.DeployType,
            _ => deployment.TriggeredVia,
        };
        return (T)value!;
    }

    private static string Write<T>(T value)
        where T : struct
    {
        var deployment = value switch
        {
            DeploymentOutcome o => new Deployment { Outcome = o },
            DeploymentType t => new Deployment { DeployType = t },
            DeploymentTrigger v => new Deployment { TriggeredVia = v },
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new Cloud66Envelope<Deployment> { Response = deployment }, Cloud66JsonContext.Default.Cloud66EnvelopeDeployment));
        return document.RootElement.GetProperty("response").EnumerateObject().Single().Value.GetRawText();
    }
}

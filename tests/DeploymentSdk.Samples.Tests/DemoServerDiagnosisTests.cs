using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Tests;

/// <summary>
/// What the demo server serves for work landing beside it (logs, stats, checks, the leader; Cloud Foundry's apps,
/// droplets, revisions and processes; Cloud66 stacks), read with a bare HttpClient as the platforms' docs describe it.
/// The simulation moves only when a test calls Step.
/// </summary>
public sealed class DemoServerDiagnosisTests : IDisposable
{
    private readonly DemoServer _demo = DemoServer.Start(new DemoServerOptions { StepInterval = null, EventHeartbeat = TimeSpan.FromMilliseconds(300) });
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public DemoServerDiagnosisTests() => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", "demo-token");

    public void Dispose()
    {
        _http.Dispose();
        _demo.Dispose();
    }

    [Fact]
    public async Task The_crashing_billing_task_logs_a_panic_on_stderr_and_exits_with_code_1()
    {
        var alloc = await BillingAllocationAsync();
        Step(3);

        var plain = await _http.GetStringAsync($"{_demo.Url}/v1/client/fs/logs/{alloc}?task=worker&type=stderr&plain=true");
        Assert.StartsWith("panic: cannot connect to billing database: dial tcp 10.0.0.7:5432: connect: connection refused\n\ngoroutine 1 [running]:\n", plain, StringComparison.Ordinal);

        // Framed: one {"File","Offset","Data"} object with the same bytes, base64.
        var framed = await _http.GetStringAsync($"{_demo.Url}/v1/client/fs/logs/{alloc}?task=worker&type=stderr");
        var frame = JsonNode.Parse(framed)!;
        Assert.Equal("alloc/logs/worker.stderr.0", (string?)frame["File"]);
        Assert.Equal(plain, Encoding.UTF8.GetString(Convert.FromBase64String((string)frame["Data"]!)));
        Assert.Equal(plain.Length, (int)frame["Offset"]!);

        var allocation = JsonNode.Parse(await _http.GetStringAsync($"{_demo.Url}/v1/allocation/{alloc}"))!;
        var events = allocation["TaskStates"]!["worker"]!["Events"]!.AsArray();
        Assert.Contains(events, e => (string?)e!["Type"] == "Terminated" && (int)e["ExitCode"]! == 1 && (string?)e["Details"]!["exit_code"] == "1");
        Assert.Equal("Not Restarting", (string?)events[^1]!["Type"]);

        var checks = JsonNode.Parse(await _http.GetStringAsync($"{_demo.Url}/v1/client/allocation/{alloc}/checks"))!.AsObject();
        var check = Assert.Single(checks).Value!;
        Assert.Equal("failure", (string?)check["Status"]);
        Assert.Equal("worker-health", (string?)check["Check"]);
        Assert.Equal(32, ((string)check["ID"]!).Length);
    }

    [Fact]
    public async Task Following_a_running_tasks_log_streams_lines_as_it_grows_with_heartbeats_between()
    {
        var alloc = await RunningApiAllocationAsync();
        using var response = await _http.GetAsync($"{_demo.Url}/v1/client/fs/logs/{alloc}?task=server&type=stdout&follow=true&origin=end&offset=0", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var frames = new List<JsonObject>();
        var text = new StringBuilder();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new char[4096];
        var pending = string.Empty;
        while (frames.Count(f => f.Count == 0) < 1 || frames.Count(f => f.ContainsKey("Data")) < 2)
        {
            if (frames.Count(f => f.Count == 0) >= 1)
            {
                Step(1); // after a heartbeat, let the task log another line
            }

            var read = await reader.ReadAsync(buffer, deadline.Token);
            Assert.True(read > 0, "the followed log ended while its task runs");
            pending += new string(buffer, 0, read);
            // Frames are concatenated JSON objects; split them by parsing one at a time.
            while (TryTakeObject(ref pending, out var json))
            {
                var frame = JsonNode.Parse(json)!.AsObject();
                frames.Add(frame);
                if (frame["Data"] is { } data)
                {
                    text.Append(Encoding.UTF8.GetString(Convert.FromBase64String((string)data!)));
                }
            }
        }

        Assert.Matches(@"^\S+ server: GET /health 200\n", text.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Logs_stats_and_checks_answer_bad_requests_as_Nomad_does()
    {
        var alloc = await RunningApiAllocationAsync();

        using var noTask = await _http.GetAsync($"{_demo.Url}/v1/client/fs/logs/{alloc}?type=stdout");
        Assert.Equal(HttpStatusCode.BadRequest, noTask.StatusCode);
        using var badType = await _http.GetAsync($"{_demo.Url}/v1/client/fs/logs/{alloc}?task=server&type=both");
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        using var unknown = await _http.GetAsync($"{_demo.Url}/v1/client/fs/logs/00000000-0000-0000-0000-000000000000?task=server&type=stdout");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Unknown allocation", await unknown.Content.ReadAsStringAsync());

        var stats = JsonNode.Parse(await _http.GetStringAsync($"{_demo.Url}/v1/client/allocation/{alloc}/stats"))!;
        Assert.True((long)stats["ResourceUsage"]!["MemoryStats"]!["RSS"]! > 0);
        Assert.True((double)stats["Tasks"]!["server"]!["ResourceUsage"]!["CpuStats"]!["TotalTicks"]! > 0);
        Assert.Equal("success", (string?)JsonNode.Parse(await _http.GetStringAsync($"{_demo.Url}/v1/client/allocation/{alloc}/checks"))!.AsObject().Single().Value!["Status"]);
        Assert.Equal("\"127.0.0.1:4647\"", await _http.GetStringAsync($"{_demo.Url}/v1/status/leader"));
    }

    [Fact]
    public async Task Cloud_Foundry_serves_the_org_space_apps_droplets_revisions_and_processes()
    {
        var app = DemoServer.CloudFoundryAppGuid;
        var apps = await CfAsync("/v3/apps?names=demo-app");
        Assert.Equal(app, (string?)apps["resources"]![0]!["guid"]);
        Assert.Equal(1, (int)apps["pagination"]!["total_results"]!);
        var space = (string)apps["resources"]![0]!["relationships"]!["space"]!["data"]!["guid"]!;
        Assert.Equal(2, (int)(await CfAsync($"/v3/apps?space_guids={space}"))["pagination"]!["total_results"]!);
        Assert.Equal(0, (int)(await CfAsync("/v3/apps?space_guids=nope"))["pagination"]!["total_results"]!);
        Assert.Equal("demo-space", (string?)(await CfAsync($"/v3/spaces/{space}"))["name"]);
        Assert.Equal("demo-org", (string?)(await CfAsync("/v3/organizations"))["resources"]![0]!["name"]);

        var droplets = (await CfAsync($"/v3/apps/{app}/droplets"))["resources"]!.AsArray();
        Assert.Equal(2, droplets.Count);
        var revisions = (await CfAsync($"/v3/apps/{app}/revisions"))["resources"]!.AsArray();
        Assert.Equal([1, 2, 3], revisions.Select(r => (int)r!["version"]!));
        Assert.Equal((string?)revisions[1]!["droplet"]!["guid"], (string?)(await CfAsync($"/v3/revisions/{revisions[1]!["guid"]}"))["droplet"]!["guid"]);

        // The seeded rolling deployment rolls out revision 2: the new process gains the instances the old one gives up.
        Step(1);
        var processes = (await CfAsync($"/v3/apps/{app}/processes"))["resources"]!.AsArray();
        Assert.Equal(2, processes.Count);
        var states = await InstanceStatesAsync(processes);
        Assert.Equal(["RUNNING", "RUNNING"], states[0]);
        Assert.Equal(["RUNNING", "STARTING", "STARTING"], states[1]);
        Step(3);
        Assert.Equal("DEPLOYED", (string?)(await CfAsync($"/v3/deployments?app_guids={app}&order_by=-created_at"))["resources"]![0]!["status"]!["reason"]);
        Assert.Equal((string?)revisions[1]!["droplet"]!["guid"], (string?)(await CfAsync($"/v3/apps/{app}/droplets/current"))["guid"]);
        Assert.Equal([2], (await CfAsync($"/v3/apps/{app}/revisions/deployed"))["resources"]!.AsArray().Select(r => (int)r!["version"]!));
    }

    [Fact]
    public async Task Cloud_Foundry_revision_3_crashes_and_a_rollback_to_revision_1_adds_revision_4_and_deploys()
    {
        var app = DemoServer.CloudFoundryAppGuid;
        var revisions = (await CfAsync($"/v3/apps/{app}/revisions"))["resources"]!.AsArray();

        var crashing = await CreateDeploymentAsync(new JsonObject { ["revision"] = new JsonObject { ["guid"] = (string?)revisions[2]!["guid"] } });
        Step(6);
        Assert.Equal("DEPLOYING", (string?)(await CfAsync($"/v3/deployments/{crashing}"))["status"]!["reason"]);
        var process = (string)(await CfAsync($"/v3/deployments/{crashing}"))["new_processes"]![0]!["guid"]!;
        var instances = (await CfAsync($"/v3/processes/{process}/stats"))["resources"]!.AsArray();
        Assert.All(instances, i => Assert.Equal("CRASHED", (string?)i!["state"]));
        Assert.Equal("APP/PROC/WEB: Exited with status 1", (string?)instances[0]!["details"]);

        var rollback = await CreateDeploymentAsync(new JsonObject { ["revision"] = new JsonObject { ["guid"] = (string?)revisions[0]!["guid"] } });
        Assert.Equal("SUPERSEDED", (string?)(await CfAsync($"/v3/deployments/{crashing}"))["status"]!["reason"]);
        Step(3);
        var deployed = await CfAsync($"/v3/deployments/{rollback}");
        Assert.Equal("DEPLOYED", (string?)deployed["status"]!["reason"]);
        Assert.Equal(4, (int)deployed["revision"]!["version"]!);
        var latest = (await CfAsync($"/v3/apps/{app}/revisions"))["resources"]!.AsArray()[^1]!;
        Assert.Equal("Rolled back to revision 1.", (string?)latest["description"]);
        Assert.Equal((string?)revisions[0]!["droplet"]!["guid"], (string?)(await CfAsync($"/v3/apps/{app}/droplets/current"))["guid"]);
    }

    [Fact]
    public async Task Cloud66_lists_stacks_by_page_and_reads_one()
    {
        var first = JsonNode.Parse(await _http.GetStringAsync(new Uri(_demo.Cloud66Address, "stacks")))!;
        Assert.Equal(7, (int)first["count"]!);
        Assert.Equal(2, (int)first["pagination"]!["pages"]!);
        Assert.Equal(2, (int)first["pagination"]!["next"]!);
        Assert.Equal(DemoServer.Cloud66StackId, (string?)first["response"]![0]!["uid"]);
        var second = JsonNode.Parse(await _http.GetStringAsync(new Uri(_demo.Cloud66Address, "stacks?page=2")))!;
        Assert.Equal(2, second["response"]!.AsArray().Count);

        var stack = JsonNode.Parse(await _http.GetStringAsync(new Uri(_demo.Cloud66Address, $"stacks/{DemoServer.Cloud66StackId}")))!["response"]!;
        Assert.Equal("api", (string?)stack["name"]);
        Assert.Equal(1, (int)stack["status"]!);
        using var missing = await _http.GetAsync(new Uri(_demo.Cloud66Address, "stacks/nope"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private void Step(int times)
    {
        for (var i = 0; i < times; i++)
        {
            _demo.Step();
        }
    }

    private async Task<string> BillingAllocationAsync()
    {
        var allocs = JsonNode.Parse(await _http.GetStringAsync($"{_demo.Url}/v1/job/billing/allocations"))!.AsArray();
        return (string)allocs.First(a => (int)a!["JobVersion"]! == 1)!["ID"]!;
    }

    private async Task<string> RunningApiAllocationAsync()
    {
        var allocs = JsonNode.Parse(await _http.GetStringAsync($"{_demo.Url}/v1/job/api/allocations"))!.AsArray();
        return (string)allocs.First(a => (string?)a!["ClientStatus"] == "running")!["ID"]!;
    }

    private async Task<JsonNode> CfAsync(string path) => JsonNode.Parse(await _http.GetStringAsync(new Uri(_demo.CloudFoundryAddress, path.TrimStart('/'))))!;

    private async Task<string> CreateDeploymentAsync(JsonObject body)
    {
        body["relationships"] = new JsonObject { ["app"] = new JsonObject { ["data"] = new JsonObject { ["guid"] = DemoServer.CloudFoundryAppGuid } } };
        using var response = await _http.PostAsync(new Uri(_demo.CloudFoundryAddress, "v3/deployments"), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["guid"]!;
    }

    private async Task<List<List<string>>> InstanceStatesAsync(JsonArray processes)
    {
        var states = new List<List<string>>();
        foreach (var process in processes)
        {
            var stats = await CfAsync($"/v3/processes/{process!["guid"]}/stats");
            states.Add([.. stats["resources"]!.AsArray().Select(i => (string)i!["state"]!)]);
        }

        return states;
    }

    /// <summary>Takes the first complete JSON object off the front of <paramref name="text"/>.</summary>
    private static bool TryTakeObject(ref string text, out string json)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++; // an escaped character, never the end of the string
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                json = text[..(i + 1)];
                text = text[(i + 1)..];
                return true;
            }
        }

        json = string.Empty;
        return false;
    }
}

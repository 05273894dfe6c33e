using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Deployments;

public sealed class DeploymentsClientTests : IDisposable
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GetAsync_sends_an_authorized_GET_and_maps_every_field()
    {
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}").UsingGet())
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        var deployment = await _host.Deployments.GetAsync(Guid);

        var request = Assert.Single(_host.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v3/deployments/{Guid}", request.RawPathAndQuery());
        Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization"));
        DeploymentAssertions.AssertCanaryFixture(deployment);
    }

    [Fact]
    public async Task GetAsync_escapes_the_guid_as_one_path_segment()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        await _host.Deployments.GetAsync("a/b c?d");

        Assert.Equal("/v3/deployments/a%2Fb%20c%3Fd", Assert.Single(_host.Requests).RawPathAndQuery());
    }

    [Fact]
    public async Task CreateAsync_posts_every_option_and_reads_the_201_answer()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost())
            .RespondWith(JsonAnswer(201, Fixture.Read("Deployments/deployment-canary.json")));

        var deployment = await _host.Deployments.CreateAsync(new CreateDeploymentRequest("305cea31-5a44-45ca-b51b-e89c7a8ef8b2")
        {
            Droplet = new GuidReference("44ccfa61-dbcf-4a0d-82fe-f668e9d2a962"),
            Strategy = DeploymentStrategy.Canary,
            Options = new DeploymentOptions
            {
                MaxInFlight = 3,
                WebInstances = 5,
                MemoryInMb = 1024,
                DiskInMb = 1024,
                LogRateLimitInBytesPerSecond = -1,
                Canary = new DeploymentCanaryOptions { Steps = [new(10), new(20)] },
            },
            Metadata = new ResourceMetadata
            {
                Labels = new Dictionary<string, string?> { ["env"] = "prod" },
                Annotations = new Dictionary<string, string?> { ["company.com/ticket"] = "OPS-1" },
            },
        });

        var request = Assert.Single(_host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/deployments", request.RawPathAndQuery());
        Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(
            Fixture.Compact("""
            {
              "relationships": { "app": { "data": { "guid": "305cea31-5a44-45ca-b51b-e89c7a8ef8b2" } } },
              "droplet": { "guid": "44ccfa61-dbcf-4a0d-82fe-f668e9d2a962" },
              "strategy": "canary",
              "options": {
                "max_in_flight": 3,
                "web_instances": 5,
                "memory_in_mb": 1024,
                "disk_in_mb": 1024,
                "log_rate_limit_in_bytes_per_second": -1,
                "canary": { "steps": [ { "instance_weight": 10 }, { "instance_weight": 20 } ] }
              },
              "metadata": { "labels": { "env": "prod" }, "annotations": { "company.com/ticket": "OPS-1" } }
            }
            """),
            request.Body);
        DeploymentAssertions.AssertCanaryFixture(deployment);
    }

    [Fact]
    public async Task CreateAsync_sends_only_what_is_set()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost())
            .RespondWith(JsonAnswer(201, Fixture.Read("Deployments/deployment-canary.json")));

        await _host.Deployments.CreateAsync(new CreateDeploymentRequest("app-guid")
        {
            Revision = new GuidReference("revision-guid"),
            Strategy = DeploymentStrategy.Rolling,
        });

        Assert.Equal(
            """{"relationships":{"app":{"data":{"guid":"app-guid"}}},"revision":{"guid":"revision-guid"},"strategy":"rolling"}""",
            Assert.Single(_host.Requests).Body);
    }

    [Fact]
    public async Task CreateAsync_is_not_retried_because_it_is_not_idempotent()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost())
            .RespondWith(JsonAnswer(503, Fixture.Read("Errors/seed-error.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CreateAsync(new CreateDeploymentRequest("app-guid")));

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task UpdateAsync_patches_the_metadata_and_sends_null_to_delete_a_key()
    {
        var answer = Fixture.Read("Deployments/deployment-canary.json")
            .Replace("\"labels\": {}", "\"labels\": { \"env\": \"prod\" }", StringComparison.Ordinal)
            .Replace("\"annotations\": {}", "\"annotations\": { \"note\": \"detailed information\" }", StringComparison.Ordinal);
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}").UsingPatch()).RespondWith(JsonAnswer(200, answer));

        var deployment = await _host.Deployments.UpdateAsync(Guid, new UpdateDeploymentRequest
        {
            Metadata = new ResourceMetadata
            {
                Labels = new Dictionary<string, string?> { ["env"] = "prod", ["stale"] = null },
                Annotations = new Dictionary<string, string?> { ["note"] = "detailed information" },
            },
        });

        var request = Assert.Single(_host.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/v3/deployments/{Guid}", request.RawPathAndQuery());
        Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization"));
        Assert.Equal("""{"metadata":{"labels":{"env":"prod","stale":null},"annotations":{"note":"detailed information"}}}""", request.Body);
        Assert.Equal("prod", Assert.Single(deployment.Metadata!.Labels!, label => label.Key == "env").Value);
        Assert.Equal("detailed information", deployment.Metadata.Annotations!["note"]);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("continue")]
    public async Task Actions_post_with_an_empty_answer_then_read_the_deployment_again(string action)
    {
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}/actions/{action}").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200));
        var after = Fixture.Read("Deployments/deployment-canary.json")
            .Replace("\"reason\": \"DEPLOYING\"", action == "cancel" ? "\"reason\": \"CANCELING\"" : "\"reason\": \"DEPLOYING\"", StringComparison.Ordinal)
            .Replace("\"current\": 1", action == "continue" ? "\"current\": 2" : "\"current\": 1", StringComparison.Ordinal);
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}").UsingGet()).RespondWith(JsonAnswer(200, after));

        var deployment = action == "cancel"
            ? await _host.Deployments.CancelAsync(Guid)
            : await _host.Deployments.ContinueAsync(Guid);

        Assert.Collection(
            _host.Requests,
            post =>
            {
                Assert.Equal("POST", post.Method);
                Assert.Equal($"/v3/deployments/{Guid}/actions/{action}", post.RawPathAndQuery());
                Assert.Equal($"Bearer {CfTestHost.Token}", post.Header("Authorization"));
                Assert.True(string.IsNullOrEmpty(post.Body));
            },
            get =>
            {
                Assert.Equal("GET", get.Method);
                Assert.Equal($"/v3/deployments/{Guid}", get.RawPathAndQuery());
            });
        Assert.Equal(action == "cancel" ? DeploymentStatusReason.Canceling : DeploymentStatusReason.Deploying, deployment.Status!.Reason);
        Assert.Equal(action == "continue" ? 2 : 1, deployment.Status.Canary!.Steps!.Current);
    }

    [Fact]
    public async Task CancelAsync_of_a_finished_deployment_throws_the_422_and_does_not_read_again()
    {
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}/actions/cancel").UsingPost())
            .RespondWith(JsonAnswer(422, Fixture.Read("Errors/cannot-cancel.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.CancelAsync(Guid));

        Assert.Equal(ApiErrorKind.BadRequest, error.Kind);
        Assert.Equal(422, error.Status);
        Assert.Equal(["CF-UnprocessableEntity"], error.ErrorCodes);
        Assert.Equal("Cannot cancel a deployment with status: FINALIZED and reason: DEPLOYED", Assert.Single(error.Errors).Detail);
        Assert.Equal(10008, error.Errors[0].Code);
        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task ListAsync_reads_the_seed_list_payload()
    {
        // The seed's sample uses the placeholder "string" everywhere. Placeholders in typed fields are replaced so the
        // payload is a possible answer: timestamps get RFC 3339 values and pagination.next, which the client would
        // follow, becomes null (the last page). Every other value is the seed's.
        var seed = System.Text.Json.Nodes.JsonNode.Parse(Fixture.Read("Deployments/list-seed.json"))!;
        seed["pagination"]!["next"] = null;
        var item = seed["resources"]![0]!;
        item["created_at"] = "2021-01-01T00:00:00Z";
        item["updated_at"] = "2021-01-02T00:00:00Z";
        item["status"]!["details"]!["last_successful_healthcheck"] = "2021-01-03T00:00:00Z";
        item["status"]!["details"]!["last_status_change"] = "2021-01-04T00:00:00Z";
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingGet()).RespondWith(JsonAnswer(200, seed.ToJsonString()));

        var pages = new List<Page<Deployment>>();
        await foreach (var page in _host.Deployments.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        var request = Assert.Single(_host.Requests);
        Assert.Equal("/v3/deployments", request.RawPathAndQuery());
        Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization"));
        var only = Assert.IsType<CloudFoundryPage<Deployment>>(Assert.Single(pages));
        Assert.Equal(0, only.TotalCount);
        Assert.Null(only.ContinuationToken);
        Assert.Equal(0, only.Pagination!.TotalPages);
        Assert.Equal("string", only.Pagination.First!.Href);
        Assert.Equal("string", only.Pagination.First.Method);
        Assert.Equal("string", only.Pagination.Last!.Href);
        Assert.Null(only.Pagination.Next);
        Assert.Equal("string", only.Pagination.Previous!.Href);

        var deployment = Assert.Single(only.Values);
        Assert.Equal("string", deployment.Guid);
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), deployment.CreatedAt);
        Assert.Equal(new DateTimeOffset(2021, 1, 2, 0, 0, 0, TimeSpan.Zero), deployment.UpdatedAt);
        Assert.Equal(new DeploymentStatusValue("string"), deployment.Status!.Value);
        Assert.Equal(new DeploymentStatusReason("string"), deployment.Status.Reason);
        Assert.Equal(new DateTimeOffset(2021, 1, 3, 0, 0, 0, TimeSpan.Zero), deployment.Status.Details!.LastSuccessfulHealthcheck);
        Assert.Equal(new DateTimeOffset(2021, 1, 4, 0, 0, 0, TimeSpan.Zero), deployment.Status.Details.LastStatusChange);
        Assert.Null(deployment.Status.Canary);
        Assert.Equal(new DeploymentStrategy("string"), deployment.Strategy);
        Assert.Equal(0, deployment.Options!.MaxInFlight);
        Assert.Equal(0, deployment.Options.WebInstances);
        Assert.Equal(0, deployment.Options.MemoryInMb);
        Assert.Equal(0, deployment.Options.DiskInMb);
        Assert.Equal(0, deployment.Options.LogRateLimitInBytesPerSecond);
        Assert.Equal(0, Assert.Single(deployment.Options.Canary!.Steps!).InstanceWeight);
        Assert.Equal("string", deployment.Droplet!.Guid);
        Assert.Equal("string", deployment.PreviousDroplet!.Guid);
        Assert.Equal("string", Assert.Single(deployment.NewProcesses!).Guid);
        Assert.Equal("string", deployment.NewProcesses![0].Type);
        Assert.Equal("string", deployment.Revision!.Guid);
        Assert.Equal(0, deployment.Revision.Version);
        Assert.Null(deployment.Relationships!.App);
        Assert.Equal("string", deployment.Metadata!.Labels!["labels"]);
        Assert.Equal("string", deployment.Metadata.Annotations!["annotations"]);
        Assert.Equal("string", deployment.Links!.Self!.Href);
        Assert.Equal("string", deployment.Links.Self.Method);
        Assert.Equal("string", deployment.Links.App!.Href);
        Assert.Equal("string", deployment.Links.Cancel!.Href);
        Assert.Equal("string", deployment.Links.Cancel.Method);
        Assert.Null(deployment.Links.Continue);
    }

    [Fact]
    public async Task ListAsync_reads_the_docs_list_payload()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingGet())
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/list-reference.json")));

        var pages = new List<Page<Deployment>>();
        await foreach (var page in _host.Deployments.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        var only = Assert.IsType<CloudFoundryPage<Deployment>>(Assert.Single(pages));
        Assert.Equal(1, only.TotalCount);
        Assert.Null(only.ContinuationToken);
        Assert.Equal(1, only.Pagination!.TotalPages);
        Assert.Equal("https://api.example.org/v3/deployments?page=1&per_page=2", only.Pagination.First!.Href);
        Assert.Equal("https://api.example.org/v3/deployments?page=1&per_page=2", only.Pagination.Last!.Href);
        Assert.Null(only.Pagination.Next);
        Assert.Null(only.Pagination.Previous);

        var deployment = Assert.Single(only.Values);
        var time = new DateTimeOffset(2018, 4, 25, 22, 42, 10, TimeSpan.Zero);
        Assert.Equal(Guid, deployment.Guid);
        Assert.Equal(time, deployment.CreatedAt);
        Assert.Equal(time, deployment.UpdatedAt);
        Assert.Equal(DeploymentStatusValue.Finalized, deployment.Status!.Value);
        Assert.Equal(DeploymentStatusReason.Deployed, deployment.Status.Reason);
        Assert.Equal(time, deployment.Status.Details!.LastSuccessfulHealthcheck);
        Assert.Equal(time, deployment.Status.Details.LastStatusChange);
        Assert.Null(deployment.Status.Canary);
        Assert.Equal(DeploymentStrategy.Rolling, deployment.Strategy);
        Assert.Equal(1, deployment.Options!.MaxInFlight);
        Assert.Null(deployment.Options.WebInstances);
        Assert.Null(deployment.Options.Canary);
        Assert.Equal("44ccfa61-dbcf-4a0d-82fe-f668e9d2a962", deployment.Droplet!.Guid);
        Assert.Equal("cc6bc315-bd06-49ce-92c2-bc3ad45268c2", deployment.PreviousDroplet!.Guid);
        Assert.Equal($"web-deployment-{Guid}", Assert.Single(deployment.NewProcesses!).Type);
        Assert.Equal("fd5d3e60-f88c-4c37-b1ae-667cfc65a856", deployment.NewProcesses![0].Guid);
        Assert.Equal("56126cba-656a-4eba-a81e-7e9951b2df57", deployment.Revision!.Guid);
        Assert.Equal(1, deployment.Revision.Version);
        Assert.Equal("305cea31-5a44-45ca-b51b-e89c7a8ef8b2", deployment.Relationships!.App!.Data!.Guid);
        Assert.Empty(deployment.Metadata!.Labels!);
        Assert.Empty(deployment.Metadata.Annotations!);
        Assert.Equal($"https://api.example.org/v3/deployments/{Guid}", deployment.Links!.Self!.Href);
        Assert.Equal("https://api.example.org/v3/apps/305cea31-5a44-45ca-b51b-e89c7a8ef8b2", deployment.Links.App!.Href);
        Assert.Null(deployment.Links.Cancel);
        Assert.Null(deployment.Links.Continue);
    }

    [Fact]
    public async Task ListAsync_sends_every_filter()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingGet())
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/list-reference.json")));

        await foreach (var _ in _host.Deployments.ListAsync(new DeploymentListOptions
        {
            Page = 2,
            PerPage = 100,
            OrderBy = DeploymentOrder.UpdatedAtDescending,
            LabelSelector = "env=prod,tier in (web,worker)",
            AppGuids = ["app-1", "app-2"],
            Guids = ["d-1"],
            States = [DeploymentState.Deploying, DeploymentState.Paused],
            StatusReasons = [DeploymentStatusReason.Deploying, new DeploymentStatusReason("ROLLING_BACK")],
            StatusValues = [DeploymentStatusValue.Active],
            CreatedAts = new TimestampFilter
            {
                EqualTo = [new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 1, 1, 2, 0, 0, TimeSpan.FromHours(1))],
            },
            UpdatedAts = new TimestampFilter
            {
                LessThan = new DateTimeOffset(2025, 6, 30, 12, 34, 56, TimeSpan.Zero),
                LessThanOrEqual = new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero),
                GreaterThan = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
                GreaterThanOrEqual = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero),
            },
        }))
        {
        }

        var request = Assert.Single(_host.Requests);
        Assert.Equal(
            "/v3/deployments?page=2&per_page=100&order_by=-updated_at"
            + "&label_selector=env%3Dprod%2Ctier%20in%20%28web%2Cworker%29"
            + "&app_guids=app-1%2Capp-2&guids=d-1&states=DEPLOYING%2CPAUSED&status_reasons=DEPLOYING%2CROLLING_BACK"
            + "&status_values=ACTIVE&created_ats=2021-01-01T00%3A00%3A00Z%2C2021-01-01T01%3A00%3A00Z"
            + "&updated_ats%5Blt%5D=2025-06-30T12%3A34%3A56Z&updated_ats%5Blte%5D=2025-06-30T12%3A00%3A00Z"
            + "&updated_ats%5Bgt%5D=2025-01-01T00%3A00%3A00Z&updated_ats%5Bgte%5D=2025-01-02T00%3A00%3A00Z",
            request.RawPathAndQuery());
        Assert.Equal("env=prod,tier in (web,worker)", request.Query!["label_selector"].Single());
    }

    [Fact]
    public async Task ListAsync_follows_next_hrefs_as_they_are_until_the_last_page()
    {
        var page2 = $"{_host.Url}/v3/deployments?app_guids=app-1&page=2&per_page=1";
        var page3 = $"{_host.Url}/v3/deployments?app_guids=app-1&page=3&per_page=1";
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").WithParam("page", "2").UsingGet())
            .RespondWith(JsonAnswer(200, ListPage(3, "d-2", page3)));
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").WithParam("page", "3").UsingGet())
            .RespondWith(JsonAnswer(200, ListPage(3, "d-3", next: null)));
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").WithParam("app_guids", "app-1").UsingGet()).AtPriority(10)
            .RespondWith(JsonAnswer(200, ListPage(3, "d-1", page2)));

        var guids = new List<string?>();
        await foreach (var deployment in _host.Deployments.ListAsync(new DeploymentListOptions { AppGuids = ["app-1"], PerPage = 1 }))
        {
            guids.Add(deployment.Guid);
        }

        Assert.Equal(["d-1", "d-2", "d-3"], guids);
        Assert.Equal(
            ["/v3/deployments?per_page=1&app_guids=app-1", new Uri(page2).PathAndQuery, new Uri(page3).PathAndQuery],
            _host.Requests.Select(request => request.RawPathAndQuery()));
        Assert.All(_host.Requests, request => Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization")));
    }

    [Fact]
    public async Task AsPages_exposes_total_results_and_resumes_from_a_continuation_token()
    {
        var page3 = $"{_host.Url}/v3/deployments?page=3&per_page=1";
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").WithParam("page", "3").UsingGet())
            .RespondWith(JsonAnswer(200, ListPage(3, "d-3", next: null)));
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingGet()).AtPriority(10)
            .RespondWith(JsonAnswer(200, ListPage(3, "d-1", $"{_host.Url}/v3/deployments?page=2&per_page=7")));

        var first = new List<Page<Deployment>>();
        await foreach (var page in _host.Deployments.ListAsync().AsPages(pageSizeHint: 7))
        {
            first.Add(page);
            break;
        }

        var resumed = new List<Page<Deployment>>();
        await foreach (var page in _host.Deployments.ListAsync().AsPages(continuationToken: page3))
        {
            resumed.Add(page);
        }

        Assert.Equal(3, Assert.Single(first).TotalCount);
        Assert.Equal($"{_host.Url}/v3/deployments?page=2&per_page=7", first[0].ContinuationToken);
        Assert.Equal("d-3", Assert.Single(Assert.Single(resumed).Values).Guid);
        Assert.Equal(["/v3/deployments?per_page=7", "/v3/deployments?page=3&per_page=1"], _host.Requests.Select(request => request.RawPathAndQuery()));
    }

    [Fact]
    public async Task Bad_guids_are_rejected_before_sending()
    {
        var deployments = _host.Deployments;
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.GetAsync(""))).ParamName);
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.GetAsync("  "))).ParamName);
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentNullException>(() => deployments.GetAsync(null!))).ParamName);
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.GetAsync(".."))).ParamName);
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.UpdateAsync("", new UpdateDeploymentRequest()))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => deployments.UpdateAsync(Guid, null!))).ParamName);
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.CancelAsync(""))).ParamName);
        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.ContinueAsync(""))).ParamName);
        Assert.Empty(_host.Server.LogEntries);
    }

    public static TheoryData<string, CreateDeploymentRequest?> BadCreateRequests() => new()
    {
        { "null request", null },
        { "no app", new CreateDeploymentRequest() },
        { "empty app guid", new CreateDeploymentRequest(" ") },
        { "droplet and revision", new CreateDeploymentRequest("app") { Droplet = new("d"), Revision = new("r") } },
        { "empty droplet guid", new CreateDeploymentRequest("app") { Droplet = new() } },
        { "max_in_flight 0", new CreateDeploymentRequest("app") { Options = new() { MaxInFlight = 0 } } },
        { "web_instances -1", new CreateDeploymentRequest("app") { Options = new() { WebInstances = -1 } } },
        { "memory 0", new CreateDeploymentRequest("app") { Options = new() { MemoryInMb = 0 } } },
        { "disk 0", new CreateDeploymentRequest("app") { Options = new() { DiskInMb = 0 } } },
        { "log rate -2", new CreateDeploymentRequest("app") { Options = new() { LogRateLimitInBytesPerSecond = -2 } } },
        { "canary steps, no strategy", new CreateDeploymentRequest("app") { Options = new() { Canary = new() { Steps = [new(10)] } } } },
        {
            "canary steps, rolling",
            new CreateDeploymentRequest("app") { Strategy = DeploymentStrategy.Rolling, Options = new() { Canary = new() { Steps = [new(10)] } } }
        },
        { "weight 0", Canary(0) },
        { "weight 101", Canary(10, 101) },
        { "weight missing", Canary(new int?[] { null }) },
        { "weights descending", Canary(50, 20) },
    };

    [Theory]
    [MemberData(nameof(BadCreateRequests))]
    public async Task Bad_create_requests_are_rejected_before_sending(string reason, CreateDeploymentRequest? request)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => _host.Deployments.CreateAsync(request!));

        Assert.True(error.ParamName == "request", reason);
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task Valid_canary_steps_are_accepted_including_equal_weights_and_100()
    {
        _host.Server.Given(Request.Create().UsingPost()).RespondWith(JsonAnswer(201, Fixture.Read("Deployments/deployment-canary.json")));

        await _host.Deployments.CreateAsync(Canary(1, 50, 50, 100));

        Assert.Contains("[{\"instance_weight\":1},{\"instance_weight\":50},{\"instance_weight\":50},{\"instance_weight\":100}]", Assert.Single(_host.Requests).Body, StringComparison.Ordinal);
    }

    public static TheoryData<string, DeploymentListOptions> BadListOptions() => new()
    {
        { "page 0", new() { Page = 0 } },
        { "per_page 0", new() { PerPage = 0 } },
        { "per_page 5001", new() { PerPage = 5001 } },
        { "empty label selector", new() { LabelSelector = " " } },
        { "empty app guid", new() { AppGuids = ["a", ""] } },
        { "comma in guid", new() { Guids = ["a,b"] } },
        { "empty state", new() { States = [new DeploymentState("")] } },
        { "fractional timestamp", new() { CreatedAts = new() { LessThan = new DateTimeOffset(2021, 1, 1, 0, 0, 0, 500, TimeSpan.Zero) } } },
        {
            "list and bound",
            new() { UpdatedAts = new() { EqualTo = [DateTimeOffset.UnixEpoch], GreaterThan = DateTimeOffset.UnixEpoch } }
        },
    };

    [Theory]
    [MemberData(nameof(BadListOptions))]
    public void Bad_list_options_are_rejected_at_the_call(string reason, DeploymentListOptions options)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => _host.Deployments.ListAsync(options));

        Assert.True(error.ParamName == "options", reason);
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task A_page_size_hint_above_5000_is_rejected_before_sending()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in _host.Deployments.ListAsync().AsPages(pageSizeHint: 5001))
            {
            }
        });

        Assert.Equal("pageSizeHint", error.ParamName);
        Assert.Empty(_host.Server.LogEntries);
    }

    private static CreateDeploymentRequest Canary(params int?[] weights) => new("app")
    {
        Strategy = DeploymentStrategy.Canary,
        Options = new() { Canary = new() { Steps = weights.Select(weight => new DeploymentCanaryStep { InstanceWeight = weight }).ToList() } },
    };
}

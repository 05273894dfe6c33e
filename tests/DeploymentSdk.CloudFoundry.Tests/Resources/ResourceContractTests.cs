using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeploymentSdk.CloudFoundry.Tests.Resources;

/// <summary>
/// Every new read endpoint against the Cloud Foundry v3 docs' sample payloads (cloudfoundry/cloud_controller_ng,
/// docs/v3/source/includes/api_resources/*.erb, rendered with the base URL each resource page passes). The samples are
/// valid JSON as rendered; none needed a correction.
/// </summary>
public sealed class ResourceContractTests : IDisposable
{
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Organizations_GetAsync_maps_every_field()
    {
        // docs: resources/organizations/_get_an_organization.md.erb (api_resources/_organizations.erb :organization)
        _host.AnswerGet("/v3/organizations/24637893-3b77-489d-bb79-8466f0d88b52", Fixture.Read("Organizations/get.json"));

        var org = await _host.Organizations().GetAsync("24637893-3b77-489d-bb79-8466f0d88b52");

        _host.AssertSingleGet("/v3/organizations/24637893-3b77-489d-bb79-8466f0d88b52");
        Assert.Equal("24637893-3b77-489d-bb79-8466f0d88b52", org.Guid);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 1, 33, 58, TimeSpan.Zero), org.CreatedAt);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 1, 33, 58, TimeSpan.Zero), org.UpdatedAt);
        Assert.Equal("my-organization", org.Name);
        Assert.False(org.Suspended);
        Assert.Equal("b7887f5c-34bb-40c5-9778-577572e4fb2d", org.Relationships!["quota"].Data!.Guid);
        Assert.Equal(["self", "domains", "default_domain", "quota"], org.Links!.Keys);
        Assert.Equal("https://api.example.org/v3/organizations/24637893-3b77-489d-bb79-8466f0d88b52", org.Links["self"].Href);
        Assert.Equal("https://api.example.org/v3/organizations/24637893-3b77-489d-bb79-8466f0d88b52/domains", org.Links["domains"].Href);
        Assert.Equal("https://api.example.org/v3/organizations/24637893-3b77-489d-bb79-8466f0d88b52/domains/default", org.Links["default_domain"].Href);
        Assert.Equal("https://api.example.org/v3/organization_quotas/b7887f5c-34bb-40c5-9778-577572e4fb2d", org.Links["quota"].Href);
        Assert.Empty(org.Metadata!.Labels!);
        Assert.Empty(org.Metadata.Annotations!);
    }

    [Fact]
    public async Task Organizations_ListAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/organizations/_list.md.erb (api_resources/_organizations.erb :paginated_list_of_organizations)
        _host.AnswerGet("/v3/organizations", Fixture.Read("Organizations/list.json"));

        var page = await FirstPage(_host.Organizations().ListAsync(new OrganizationListOptions
        {
            Page = 1, PerPage = 50, Names = ["org1", "org2"], Guids = ["885735b5-aea4-4cf5-8e44-961af0e41920"], LabelSelector = "env=prod",
        }));

        _host.AssertSingleGet("/v3/organizations?page=1&per_page=50&names=org1%2Corg2&guids=885735b5-aea4-4cf5-8e44-961af0e41920&label_selector=env%3Dprod");
        AssertSinglePage(page, 2, "https://api.example.org/v3/organizations?page=1&per_page=50");
        Assert.Equal(["org1", "org2"], page.Values.Select(org => org.Name));
        Assert.Equal(["885735b5-aea4-4cf5-8e44-961af0e41920", "d4c91047-7b29-4fda-b7f9-04033e5c9c9f"], page.Values.Select(org => org.Guid));
        Assert.Equal(new DateTimeOffset(2017, 2, 2, 0, 14, 30, TimeSpan.Zero), page.Values[1].CreatedAt);
        Assert.All(page.Values, org => Assert.False(org.Suspended));
        Assert.All(page.Values, org => Assert.Equal("b7887f5c-34bb-40c5-9778-577572e4fb2d", org.Relationships!["quota"].Data!.Guid));
    }

    [Fact]
    public async Task Spaces_GetAsync_maps_every_field_including_an_empty_relationship()
    {
        // docs: resources/spaces/_get_a_space.md.erb (api_resources/_spaces.erb :space)
        _host.AnswerGet("/v3/spaces/885735b5-aea4-4cf5-8e44-961af0e41920", Fixture.Read("Spaces/get.json"));

        var space = await _host.Spaces().GetAsync("885735b5-aea4-4cf5-8e44-961af0e41920");

        _host.AssertSingleGet("/v3/spaces/885735b5-aea4-4cf5-8e44-961af0e41920");
        Assert.Equal("885735b5-aea4-4cf5-8e44-961af0e41920", space.Guid);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 1, 33, 58, TimeSpan.Zero), space.CreatedAt);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 1, 33, 58, TimeSpan.Zero), space.UpdatedAt);
        Assert.Equal("my-space", space.Name);
        Assert.False(space.Suspended);
        Assert.Equal("e00705b9-7b42-4561-ae97-2520399d2133", space.Relationships!["organization"].Data!.Guid);
        Assert.Null(space.Relationships["quota"].Data);
        Assert.Equal(["self", "features", "organization", "apply_manifest"], space.Links!.Keys);
        Assert.Equal("https://api.example.org/v3/spaces/885735b5-aea4-4cf5-8e44-961af0e41920/features", space.Links["features"].Href);
        Assert.Equal("https://api.example.org/v3/organizations/e00705b9-7b42-4561-ae97-2520399d2133", space.Links["organization"].Href);
        Assert.Equal("https://api.example.org/v3/spaces/885735b5-aea4-4cf5-8e44-961af0e41920/actions/apply_manifest", space.Links["apply_manifest"].Href);
        Assert.Equal("POST", space.Links["apply_manifest"].Method);
        Assert.Null(space.Links["self"].Method);
        Assert.Empty(space.Metadata!.Labels!);
        Assert.Empty(space.Metadata.Annotations!);
    }

    [Fact]
    public async Task Spaces_ListAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/spaces/_list.md.erb (api_resources/_spaces.erb :paginated_list_of_spaces)
        _host.AnswerGet("/v3/spaces", Fixture.Read("Spaces/list.json"));

        var page = await FirstPage(_host.Spaces().ListAsync(new SpaceListOptions
        {
            PerPage = 10, Names = ["space1"], Guids = ["g-1"], OrganizationGuids = ["e00705b9-7b42-4561-ae97-2520399d2133"], LabelSelector = "tier",
        }));

        _host.AssertSingleGet("/v3/spaces?per_page=10&names=space1&guids=g-1&organization_guids=e00705b9-7b42-4561-ae97-2520399d2133&label_selector=tier");
        AssertSinglePage(page, 2, "https://api.example.org/v3/spaces?page=1&per_page=50");
        Assert.Equal(["space1", "space2"], page.Values.Select(space => space.Name));
        Assert.Equal("b4ce91bd-31df-4b7d-8fd4-21a6b533276b", page.Values[1].Relationships!["organization"].Data!.Guid);
        Assert.Equal("6da62599-4890-4a08-8b6f-180a4f47e46b", page.Values[1].Relationships!["quota"].Data!.Guid);
        Assert.Equal("https://api.example.org/v3/space_quotas/6da62599-4890-4a08-8b6f-180a4f47e46b", page.Values[1].Links!["quota"].Href);
    }

    [Fact]
    public async Task Apps_GetAsync_maps_every_field()
    {
        // docs: resources/apps/_get.md.erb (api_resources/_apps.erb :single_app)
        _host.AnswerGet("/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446", Fixture.Read("Apps/get.json"));

        var app = await _host.Apps().GetAsync("1cb006ee-fb05-47e1-b541-c34179ddc446");

        _host.AssertSingleGet("/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446");
        Assert.Equal("1cb006ee-fb05-47e1-b541-c34179ddc446", app.Guid);
        Assert.Equal("my_app", app.Name);
        Assert.Equal(AppState.Stopped, app.State);
        Assert.Equal(new DateTimeOffset(2016, 3, 17, 21, 41, 30, TimeSpan.Zero), app.CreatedAt);
        Assert.Equal(new DateTimeOffset(2016, 6, 8, 16, 41, 26, TimeSpan.Zero), app.UpdatedAt);
        Assert.Equal("buildpack", app.Lifecycle!.Type);
        Assert.Equal("java_buildpack", app.Lifecycle.Data!["buildpacks"][0].GetString());
        Assert.Equal("cflinuxfs4", app.Lifecycle.Data["stack"].GetString());
        Assert.Equal("2f35885d-0c9d-4423-83ad-fd05066f8576", app.Relationships!["space"].Data!.Guid);
        Assert.Equal("585bc3c1-3743-497d-88b0-403ad6b56d16", app.Relationships["current_droplet"].Data!.Guid);
        Assert.Equal(
            ["self", "space", "processes", "packages", "environment_variables", "current_droplet", "droplets", "tasks", "start", "stop", "revisions", "deployed_revisions", "features"],
            app.Links!.Keys);
        Assert.Equal("https://api.example.org/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446/revisions/deployed", app.Links["deployed_revisions"].Href);
        Assert.Equal("POST", app.Links["start"].Method);
        Assert.Equal("POST", app.Links["stop"].Method);
        Assert.Empty(app.Metadata!.Labels!);
        Assert.Empty(app.Metadata.Annotations!);
    }

    [Fact]
    public async Task Apps_ListAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/apps/_list.md.erb (api_resources/_apps.erb :paginated_list_of_apps, '/v3/apps')
        _host.AnswerGet("/v3/apps", Fixture.Read("Apps/list.json"));

        var page = await FirstPage(_host.Apps().ListAsync(new AppListOptions
        {
            Page = 2,
            PerPage = 2,
            Names = ["my_app", "my_app2"],
            Guids = ["1cb006ee-fb05-47e1-b541-c34179ddc446"],
            SpaceGuids = ["2f35885d-0c9d-4423-83ad-fd05066f8576"],
            OrganizationGuids = ["e00705b9-7b42-4561-ae97-2520399d2133", "b4ce91bd-31df-4b7d-8fd4-21a6b533276b"],
            LabelSelector = "env in (prod)",
        }));

        _host.AssertSingleGet(
            "/v3/apps?page=2&per_page=2&names=my_app%2Cmy_app2&guids=1cb006ee-fb05-47e1-b541-c34179ddc446"
            + "&space_guids=2f35885d-0c9d-4423-83ad-fd05066f8576"
            + "&organization_guids=e00705b9-7b42-4561-ae97-2520399d2133%2Cb4ce91bd-31df-4b7d-8fd4-21a6b533276b"
            + "&label_selector=env%20in%20%28prod%29");
        Assert.Equal(3, page.TotalCount);
        var pagination = ((CloudFoundryPage<App>)page).Pagination!;
        Assert.Equal(2, pagination.TotalPages);
        Assert.Equal("https://api.example.org/v3/apps?page=1&per_page=2", pagination.First!.Href);
        Assert.Equal("https://api.example.org/v3/apps?page=2&per_page=2", pagination.Last!.Href);
        Assert.Equal("https://api.example.org/v3/apps?page=2&per_page=2", pagination.Next!.Href);
        Assert.Null(pagination.Previous);
        Assert.Equal("https://api.example.org/v3/apps?page=2&per_page=2", page.ContinuationToken);
        Assert.Equal(["my_app", "my_app2"], page.Values.Select(app => app.Name));
        Assert.Equal([AppState.Started, AppState.Stopped], page.Values.Select(app => app.State!.Value));
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 0, 0, 2, TimeSpan.Zero), page.Values[1].CreatedAt);
        Assert.Equal("https://api.example.org/v3/apps/02b4ec9b-94c7-4468-9c23-4e906191a0f8/droplets/current", page.Values[1].Links!["current_droplet"].Href);
    }

    [Fact]
    public async Task Droplets_GetAsync_and_GetCurrentForAppAsync_map_every_field()
    {
        // docs: resources/droplets/_get.md.erb and resources/apps/_get_current_droplet.md.erb (both :single_staged_buildpack_droplet)
        _host.AnswerGet("/v3/droplets/585bc3c1-3743-497d-88b0-403ad6b56d16", Fixture.Read("Droplets/get.json"));
        _host.AnswerGet("/v3/apps/7b34f1cf-7e73-428a-bb5a-8a17a8058396/droplets/current", Fixture.Read("Droplets/get.json"));

        var droplet = await _host.Droplets().GetAsync("585bc3c1-3743-497d-88b0-403ad6b56d16");
        var current = await _host.Droplets().GetCurrentForAppAsync("7b34f1cf-7e73-428a-bb5a-8a17a8058396");

        Assert.Equal(
            ["/v3/droplets/585bc3c1-3743-497d-88b0-403ad6b56d16", "/v3/apps/7b34f1cf-7e73-428a-bb5a-8a17a8058396/droplets/current"],
            _host.Requests.Select(request => request.RawPathAndQuery()));
        Assert.All(_host.Requests, request => Assert.Equal("GET", request.Method));
        foreach (var d in new[] { droplet, current })
        {
            Assert.Equal("585bc3c1-3743-497d-88b0-403ad6b56d16", d.Guid);
            Assert.Equal(DropletState.Staged, d.State);
            Assert.Null(d.Error);
            Assert.Equal("buildpack", d.Lifecycle!.Type);
            Assert.Empty(d.Lifecycle.Data!);
            Assert.Equal(string.Empty, d.ExecutionMetadata);
            Assert.Equal("bundle exec rake", d.ProcessTypes!["rake"]);
            Assert.Equal("bundle exec rackup config.ru -p $PORT", d.ProcessTypes["web"]);
            Assert.Equal("sha256", d.Checksum!.Type);
            Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", d.Checksum.Value);
            var buildpack = Assert.Single(d.Buildpacks!);
            Assert.Equal("ruby_buildpack", buildpack.Name);
            Assert.Equal("ruby 1.6.14", buildpack.DetectOutput);
            Assert.Equal("1.1.1.", buildpack.Version);
            Assert.Equal("ruby", buildpack.BuildpackName);
            Assert.Equal("cflinuxfs4", d.Stack);
            Assert.Null(d.Image);
            Assert.Equal(new DateTimeOffset(2016, 3, 28, 23, 39, 34, TimeSpan.Zero), d.CreatedAt);
            Assert.Equal(new DateTimeOffset(2016, 3, 28, 23, 39, 47, TimeSpan.Zero), d.UpdatedAt);
            Assert.Equal("7b34f1cf-7e73-428a-bb5a-8a17a8058396", d.Relationships!["app"].Data!.Guid);
            Assert.Equal(["self", "package", "app", "assign_current_droplet", "download"], d.Links!.Keys);
            Assert.Equal("PATCH", d.Links["assign_current_droplet"].Method);
            Assert.Equal("https://api.example.org/v3/droplets/585bc3c1-3743-497d-88b0-403ad6b56d16/download", d.Links["download"].Href);
            Assert.Empty(d.Metadata!.Labels!);
        }
    }

    [Fact]
    public async Task Droplets_ListForAppAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/droplets/_list_for_app.md.erb (api_resources/_droplets.erb :paginated_list_of_droplets)
        _host.AnswerGet("/v3/apps/7b34f1cf-7e73-428a-bb5a-8a17a8058396/droplets", Fixture.Read("Droplets/list.json"));

        var page = await FirstPage(_host.Droplets().ListForAppAsync("7b34f1cf-7e73-428a-bb5a-8a17a8058396", new DropletListOptions
        {
            PerPage = 50, OrderBy = ResourceOrder.CreatedAtDescending, Guids = ["585bc3c1-3743-497d-88b0-403ad6b56d16"], States = [DropletState.Staged, DropletState.Expired],
            Current = false, LabelSelector = "a=b",
        }));

        _host.AssertSingleGet(
            "/v3/apps/7b34f1cf-7e73-428a-bb5a-8a17a8058396/droplets?per_page=50&order_by=-created_at&guids=585bc3c1-3743-497d-88b0-403ad6b56d16"
            + "&states=STAGED%2CEXPIRED&current=false&label_selector=a%3Db");
        AssertSinglePage(page, 2, "https://api.example.org/v3/app/7b34f1cf-7e73-428a-bb5a-8a17a8058396/droplets?page=1&per_page=50");
        Assert.Equal(["585bc3c1-3743-497d-88b0-403ad6b56d16", "fdf3851c-def8-4de1-87f1-6d4543189e22"], page.Values.Select(d => d.Guid));
        Assert.Equal("PRIVATE DATA HIDDEN", page.Values[0].ExecutionMetadata);
        Assert.Equal("[PRIVATE DATA HIDDEN IN LISTS]", page.Values[1].ExecutionMetadata);
        Assert.Equal("cloudfoundry/diego-docker-app-custom:latest", page.Values[1].Image);
        Assert.Null(page.Values[1].Checksum);
        Assert.Null(page.Values[1].Buildpacks);
        Assert.Null(page.Values[1].Stack);
        Assert.Equal("docker", page.Values[1].Lifecycle!.Type);
    }

    [Fact]
    public async Task Revisions_GetAsync_maps_every_field()
    {
        // docs: resources/revisions/_get.md.erb (api_resources/_revisions.erb :revision)
        _host.AnswerGet("/v3/revisions/885735b5-aea4-4cf5-8e44-961af0e41920", Fixture.Read("Revisions/get.json"));

        var revision = await _host.Revisions().GetAsync("885735b5-aea4-4cf5-8e44-961af0e41920");

        _host.AssertSingleGet("/v3/revisions/885735b5-aea4-4cf5-8e44-961af0e41920");
        AssertDocsRevision(revision);
    }

    [Fact]
    public async Task Revisions_ListForAppAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/revisions/_list.md.erb (api_resources/_revisions.erb :paginated_list_of_associated_revisions)
        _host.AnswerGet("/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446/revisions", Fixture.Read("Revisions/list.json"));

        var page = await FirstPage(_host.Revisions().ListForAppAsync("1cb006ee-fb05-47e1-b541-c34179ddc446", new RevisionListOptions
        {
            Page = 1, PerPage = 50, OrderBy = ResourceOrder.CreatedAtDescending, Versions = [1, 2], LabelSelector = "x",
        }));

        _host.AssertSingleGet("/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446/revisions?page=1&per_page=50&order_by=-created_at&versions=1%2C2&label_selector=x");
        AssertSinglePage(page, 1, "https://api.example.org/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446/revisions?page=1&per_page=50");
        AssertDocsRevision(Assert.Single(page.Values));
    }

    [Fact]
    public async Task Revisions_ListDeployedForAppAsync_reads_the_deployed_list()
    {
        // docs: resources/revisions/_deployed_list.md.erb (same :paginated_list_of_associated_revisions)
        _host.AnswerGet("/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446/revisions/deployed", Fixture.Read("Revisions/list.json"));

        var page = await FirstPage(_host.Revisions().ListDeployedForAppAsync(
            "1cb006ee-fb05-47e1-b541-c34179ddc446", new RevisionListOptions { PerPage = 5, OrderBy = ResourceOrder.UpdatedAt }));

        _host.AssertSingleGet("/v3/apps/1cb006ee-fb05-47e1-b541-c34179ddc446/revisions/deployed?per_page=5&order_by=updated_at");
        AssertDocsRevision(Assert.Single(page.Values));
    }

    [Fact]
    public async Task Processes_GetAsync_maps_every_field()
    {
        // docs: resources/processes/_get.md.erb (api_resources/_processes.erb :single_process)
        _host.AnswerGet("/v3/processes/6a901b7c-9417-4dc1-8189-d3234aa0ab82", Fixture.Read("Processes/get.json"));

        var process = await _host.Processes().GetAsync("6a901b7c-9417-4dc1-8189-d3234aa0ab82");

        _host.AssertSingleGet("/v3/processes/6a901b7c-9417-4dc1-8189-d3234aa0ab82");
        Assert.Equal("6a901b7c-9417-4dc1-8189-d3234aa0ab82", process.Guid);
        Assert.Equal("web", process.Type);
        Assert.Equal("rackup", process.Command);
        Assert.Equal("vcap", process.User);
        Assert.Equal(5, process.Instances);
        Assert.Equal(256, process.MemoryInMb);
        Assert.Equal(1024, process.DiskInMb);
        Assert.Equal(1024, process.LogRateLimitInBytesPerSecond);
        Assert.Equal("port", process.HealthCheck!.Type);
        Assert.Equal(JsonValueKind.Null, process.HealthCheck.Data!["timeout"].ValueKind);
        Assert.Equal("process", process.ReadinessHealthCheck!.Type);
        Assert.Equal(JsonValueKind.Null, process.ReadinessHealthCheck.Data!["invocation_timeout"].ValueKind);
        Assert.Equal("ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5", process.Relationships!["app"].Data!.Guid);
        Assert.Equal("885735b5-aea4-4cf5-8e44-961af0e41920", process.Relationships["revision"].Data!.Guid);
        Assert.Empty(process.Metadata!.Labels!);
        Assert.Empty(process.Metadata.Annotations!);
        Assert.Equal(new DateTimeOffset(2016, 3, 23, 18, 48, 22, TimeSpan.Zero), process.CreatedAt);
        Assert.Equal(new DateTimeOffset(2016, 3, 23, 18, 48, 42, TimeSpan.Zero), process.UpdatedAt);
        Assert.Equal("e9df685c-0464-4aa7-b5f0-8ed843077c13", process.Version);
        Assert.Equal(["self", "scale", "app", "space", "stats", "process_instances"], process.Links!.Keys);
        Assert.Equal("POST", process.Links["scale"].Method);
        Assert.Equal("https://api.example.org/v3/processes/6a901b7c-9417-4dc1-8189-d3234aa0ab82/stats", process.Links["stats"].Href);
    }

    [Fact]
    public async Task Processes_ListForAppAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/processes/_list_for_app.md.erb (api_resources/_processes.erb :paginated_list_of_processes)
        _host.AnswerGet("/v3/apps/ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5/processes", Fixture.Read("Processes/list.json"));

        var page = await FirstPage(_host.Processes().ListForAppAsync("ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5", new ProcessListOptions
        {
            PerPage = 2, OrderBy = ResourceOrder.CreatedAt, Guids = ["6a901b7c-9417-4dc1-8189-d3234aa0ab82"], Types = ["web", "worker"], LabelSelector = "k",
        }));

        _host.AssertSingleGet(
            "/v3/apps/ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5/processes?per_page=2&order_by=created_at&guids=6a901b7c-9417-4dc1-8189-d3234aa0ab82&types=web%2Cworker&label_selector=k");
        Assert.Equal(3, page.TotalCount);
        Assert.Equal("https://api.example.org/v3/apps/ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5/processes?page=2&per_page=2", page.ContinuationToken);
        Assert.Equal(["web", "worker"], page.Values.Select(process => process.Type));
        Assert.Equal([5, 1], page.Values.Select(process => process.Instances!.Value));
        Assert.All(page.Values, process => Assert.Equal("[PRIVATE DATA HIDDEN IN LISTS]", process.Command));
        Assert.Equal("74e513bb-7b9e-445c-84d5-7fea1394e611", page.Values[1].Version);
    }

    [Fact]
    public async Task Processes_GetStatsAsync_maps_every_field_of_each_instance()
    {
        // docs: resources/processes/_stats.md.erb (api_resources/_processes.erb :list_of_process_stats)
        _host.AnswerGet("/v3/processes/6a901b7c-9417-4dc1-8189-d3234aa0ab82/stats", Fixture.Read("Processes/stats.json"));

        var stats = await _host.Processes().GetStatsAsync("6a901b7c-9417-4dc1-8189-d3234aa0ab82");

        _host.AssertSingleGet("/v3/processes/6a901b7c-9417-4dc1-8189-d3234aa0ab82/stats");
        Assert.Equal(2, stats.Count);
        var running = stats[0];
        Assert.Equal("web", running.Type);
        Assert.Equal(0, running.Index);
        Assert.Equal("e49f448e-54d2-4c33-61a3-5335", running.InstanceGuid);
        Assert.Equal(ProcessInstanceState.Running, running.State);
        Assert.True(running.Routable);
        Assert.Equal(new DateTimeOffset(2016, 3, 23, 23, 17, 30, TimeSpan.Zero).AddTicks(4763141), running.Usage!.Time);
        Assert.Equal(0.00038711029163348665, running.Usage.Cpu);
        Assert.Equal(0.01117396940977856, running.Usage.CpuEntitlement);
        Assert.Equal(19177472, running.Usage.Mem);
        Assert.Equal(69705728, running.Usage.Disk);
        Assert.Equal(0, running.Usage.LogRate);
        Assert.Equal("10.244.16.10", running.Host);
        Assert.Equal("10.255.93.167", running.InstanceInternalIp);
        var port = Assert.Single(running.InstancePorts!);
        Assert.Equal(64546, port.External);
        Assert.Equal(8080, port.Internal);
        Assert.Equal(61002, port.ExternalTlsProxyPort);
        Assert.Equal(61003, port.InternalTlsProxyPort);
        Assert.Equal(9042, running.Uptime);
        Assert.Equal(268435456, running.MemQuota);
        Assert.Equal(1073741824, running.DiskQuota);
        Assert.Equal(16384, running.FdsQuota);
        Assert.Equal("example_iso_segment", running.IsolationSegment);
        Assert.Null(running.LogRateLimit);
        Assert.Null(running.Details);

        var starting = stats[1];
        Assert.Equal(1, starting.Index);
        Assert.Null(starting.InstanceGuid);
        Assert.Equal(ProcessInstanceState.Starting, starting.State);
        Assert.False(starting.Routable);
        Assert.Equal(new DateTimeOffset(2016, 3, 23, 21, 34, 4, TimeSpan.Zero), starting.Usage!.Time);
        Assert.Equal(0, starting.Usage.Cpu);
        Assert.Equal(0, starting.Usage.Mem);
        Assert.Null(starting.DiskQuota);
        Assert.Null(starting.MemQuota);
        Assert.Equal(string.Empty, starting.Host);
        Assert.Null(starting.InstancePorts);
        Assert.Null(starting.IsolationSegment);
        Assert.Equal(0, starting.Uptime);
    }

    [Fact]
    public async Task AuditEvents_ListAsync_sends_every_filter_and_maps_the_page()
    {
        // docs: resources/audit_events/_list.md.erb (api_resources/_audit_events.erb :paginated_list_of_audit_events)
        _host.AnswerGet("/v3/audit_events", Fixture.Read("AuditEvents/list.json"));

        var page = await FirstPage(_host.AuditEvents().ListAsync(new AuditEventListOptions
        {
            PerPage = 2,
            OrderBy = ResourceOrder.CreatedAtDescending,
            Types = ["audit.app.update", "audit.app.process.crash"],
            TargetGuids = ["2e3151ba-9a63-4345-9c5b-6d8c238f4e55"],
            SpaceGuids = ["cb97dd25-d4f7-4185-9e6f-ad6e585c207c"],
            OrganizationGuids = ["d9be96f5-ea8f-4549-923f-bec882e32e3c"],
            CreatedAtOrAfter = new DateTimeOffset(2016, 6, 8, 16, 41, 23, 900, TimeSpan.Zero),
        }));

        _host.AssertSingleGet(
            "/v3/audit_events?per_page=2&order_by=-created_at&types=audit.app.update%2Caudit.app.process.crash"
            + "&target_guids=2e3151ba-9a63-4345-9c5b-6d8c238f4e55&space_guids=cb97dd25-d4f7-4185-9e6f-ad6e585c207c"
            + "&organization_guids=d9be96f5-ea8f-4549-923f-bec882e32e3c&created_ats%5Bgte%5D=2016-06-08T16%3A41%3A23Z");
        AssertSinglePage(page, 1, "https://api.example.org/v3/audit_events?page=1&per_page=2");
        var e = Assert.Single(page.Values);
        Assert.Equal("a595fe2f-01ff-4965-a50c-290258ab8582", e.Guid);
        Assert.Equal(new DateTimeOffset(2016, 6, 8, 16, 41, 23, TimeSpan.Zero), e.CreatedAt);
        Assert.Equal(new DateTimeOffset(2016, 6, 8, 16, 41, 26, TimeSpan.Zero), e.UpdatedAt);
        Assert.Equal("audit.app.update", e.Type);
        Assert.Equal(("d144abe3-3d7b-40d4-b63f-2584798d3ee5", "user", "admin"), (e.Actor!.Guid, e.Actor.Type, e.Actor.Name));
        Assert.Equal(("2e3151ba-9a63-4345-9c5b-6d8c238f4e55", "app", "my-app"), (e.Target!.Guid, e.Target.Type, e.Target.Name));
        Assert.True(e.Data!["request"].GetProperty("recursive").GetBoolean());
        Assert.Equal("cb97dd25-d4f7-4185-9e6f-ad6e585c207c", e.Space!.Guid);
        Assert.Equal("d9be96f5-ea8f-4549-923f-bec882e32e3c", e.Organization!.Guid);
        Assert.Equal("https://api.example.org//v3/audit_events/a595fe2f-01ff-4965-a50c-290258ab8582", e.Links!["self"].Href);
    }

    /// <summary>No data loss: each sample reads and writes back to the same JSON (stats excepted: their nanosecond times round to ticks).</summary>
    [Theory]
    [InlineData("Organizations/get.json", typeof(Organization))]
    [InlineData("Spaces/get.json", typeof(Space))]
    [InlineData("Apps/get.json", typeof(App))]
    [InlineData("Droplets/get.json", typeof(Droplet))]
    [InlineData("Revisions/get.json", typeof(Revision))]
    [InlineData("Processes/get.json", typeof(AppProcess))]
    public void A_sample_reads_and_writes_back_without_loss(string fixture, Type type)
    {
        var json = Fixture.Read(fixture);
        var node = JsonNode.Parse(json)!.AsObject();
        node["a_field_from_a_newer_server"] = new JsonObject { ["nested"] = 1 };
        var context = DeploymentSdk.CloudFoundry.Json.CloudFoundryJsonContext.Default;

        var model = JsonSerializer.Deserialize(node.ToJsonString(), type, context)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, type, context))!;

        // The context does not write null properties (so a request never sends a default); a null and a missing
        // property read the same, so nulls are the one thing allowed to drop.
        Assert.True(JsonNode.DeepEquals(WithoutNulls(node), WithoutNulls(written)), $"{fixture} changed on the way back:\n{written.ToJsonString()}");
    }

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (value is not null)
                    {
                        copy[name] = WithoutNulls(value);
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(WithoutNulls).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private static void AssertDocsRevision(Revision revision)
    {
        Assert.Equal("885735b5-aea4-4cf5-8e44-961af0e41920", revision.Guid);
        Assert.Equal(1, revision.Version);
        Assert.Equal("585bc3c1-3743-497d-88b0-403ad6b56d16", revision.Droplet!.Guid);
        Assert.Equal("bundle exec rackup", revision.Processes!["web"].Command);
        var sidecar = Assert.Single(revision.Sidecars!);
        Assert.Equal("auth-sidecar", sidecar.Name);
        Assert.Equal("bundle exec sidecar", sidecar.Command);
        Assert.Equal(["web"], sidecar.ProcessTypes!);
        Assert.Equal(300, sidecar.MemoryInMb);
        Assert.Equal("Initial revision.", revision.Description);
        Assert.True(revision.Deployable);
        Assert.Equal("1cb006ee-fb05-47e1-b541-c34179ddc446", revision.Relationships!["app"].Data!.Guid);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 1, 33, 58, TimeSpan.Zero), revision.CreatedAt);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 1, 33, 58, TimeSpan.Zero), revision.UpdatedAt);
        Assert.Empty(revision.Metadata!.Labels!);
        Assert.Equal(["self", "app", "environment_variables"], revision.Links!.Keys);
        Assert.Equal("https://api.example.org/v3/revisions/885735b5-aea4-4cf5-8e44-961af0e41920/environment_variables", revision.Links["environment_variables"].Href);
    }

    private static void AssertSinglePage<T>(Page<T> page, long total, string firstAndLast)
    {
        var pagination = ((CloudFoundryPage<T>)page).Pagination!;
        Assert.Equal(total, page.TotalCount);
        Assert.Equal(total, pagination.TotalResults);
        Assert.Equal(1, pagination.TotalPages);
        Assert.Equal(firstAndLast, pagination.First!.Href);
        Assert.Equal(firstAndLast, pagination.Last!.Href);
        Assert.Null(pagination.Next);
        Assert.Null(pagination.Previous);
        Assert.Null(page.ContinuationToken);
    }

    private static async Task<Page<T>> FirstPage<T>(AsyncPageable<T> list)
    {
        await foreach (var page in list.AsPages())
        {
            return page;
        }

        throw new InvalidOperationException("The list had no page.");
    }
}

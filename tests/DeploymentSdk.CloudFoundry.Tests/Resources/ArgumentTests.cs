using WireMock.RequestBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Resources;

/// <summary>Bad input fails with an <see cref="ArgumentException"/> naming the parameter, before any request is sent.</summary>
public sealed class ArgumentTests : IDisposable
{
    private const string Good = "885735b5-aea4-4cf5-8e44-961af0e41920";
    private readonly CfTestHost _host = CfTestHost.Start();

    public ArgumentTests() => _host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(JsonAnswer(500, "{}"));

    public void Dispose() => _host.Dispose();

    public static TheoryData<string, string> BadGuids() => new()
    {
        { "empty", string.Empty },
        { "white space", "   " },
        { "slash", "../apps" },
        { "query", "abc?x=1" },
        { "space", "abc def" },
        { "percent", "abc%2F" },
        { "too long", new string('a', 65) },
    };

    private static readonly Dictionary<string, (string Param, Func<CfTestHost, string, Task> Call)> GuidCalls = new()
    {
        ["organizations.get"] = ("guid", (host, guid) => host.Organizations().GetAsync(guid)),
        ["spaces.get"] = ("guid", (host, guid) => host.Spaces().GetAsync(guid)),
        ["apps.get"] = ("guid", (host, guid) => host.Apps().GetAsync(guid)),
        ["droplets.get"] = ("guid", (host, guid) => host.Droplets().GetAsync(guid)),
        ["droplets.current"] = ("appGuid", (host, guid) => host.Droplets().GetCurrentForAppAsync(guid)),
        ["droplets.list"] = ("appGuid", (host, guid) => Task.FromResult(host.Droplets().ListForAppAsync(guid))),
        ["revisions.get"] = ("guid", (host, guid) => host.Revisions().GetAsync(guid)),
        ["revisions.list"] = ("appGuid", (host, guid) => Task.FromResult(host.Revisions().ListForAppAsync(guid))),
        ["revisions.deployed"] = ("appGuid", (host, guid) => Task.FromResult(host.Revisions().ListDeployedForAppAsync(guid))),
        ["processes.get"] = ("guid", (host, guid) => host.Processes().GetAsync(guid)),
        ["processes.list"] = ("appGuid", (host, guid) => Task.FromResult(host.Processes().ListForAppAsync(guid))),
        ["processes.stats"] = ("guid", (host, guid) => host.Processes().GetStatsAsync(guid)),
        ["rollback.app"] = ("appGuid", (host, guid) => host.Deployments.RollbackAsync(guid, Good)),
        ["rollback.revision"] = ("revisionGuid", (host, guid) => host.Deployments.RollbackAsync(Good, guid)),
        ["follow"] = ("guid", (host, guid) => host.Deployments.FollowWithHealthAsync(guid, host.Processes(), null)),
    };

    public static TheoryData<string, string, string> CallsAndBadGuids()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var call in GuidCalls.Keys)
        {
            foreach (var bad in BadGuids())
            {
                data.Add(call, (string)bad[0], (string)bad[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CallsAndBadGuids))]
    public async Task A_malformed_guid_is_rejected_before_any_request(string call, string what, string guid)
    {
        var (param, invoke) = GuidCalls[call];

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => invoke(_host, guid));

        Assert.Equal(param, error.ParamName);
        Assert.Empty(_host.Requests);
        Assert.NotNull(what);
    }

    [Fact]
    public async Task A_null_guid_is_an_ArgumentNullException()
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => _host.Apps().GetAsync(null!));

        Assert.Equal("guid", error.ParamName);
        Assert.Empty(_host.Requests);
    }

    [Fact]
    public void List_filters_are_checked_when_the_list_is_created()
    {
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.Apps().ListAsync(new AppListOptions { Names = ["a,b"] })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.Apps().ListAsync(new AppListOptions { Names = [" "] })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.Apps().ListAsync(new AppListOptions { SpaceGuids = ["not a guid"] })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.Spaces().ListAsync(new SpaceListOptions { OrganizationGuids = ["a/b"] })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.Organizations().ListAsync(new OrganizationListOptions { LabelSelector = "" })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => _host.Droplets().ListForAppAsync(Good, new DropletListOptions { PerPage = 5001 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => _host.Processes().ListForAppAsync(Good, new ProcessListOptions { Page = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => _host.Revisions().ListForAppAsync(Good, new RevisionListOptions { Versions = [0] })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.Revisions().ListDeployedForAppAsync(Good, new RevisionListOptions { Versions = [1] })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => _host.AuditEvents().ListAsync(new AuditEventListOptions { TargetGuids = ["x y"] })).ParamName);
        Assert.Empty(_host.Requests);
    }

    [Theory]
    [InlineData("", "prod", null, "appName")]
    [InlineData("web", " ", null, "spaceName")]
    [InlineData("a,b", "prod", null, "appName")]
    [InlineData("web", "prod,dev", null, "spaceName")]
    [InlineData("web", "prod", "org,other", "options")]
    [InlineData("web", "prod", "", "options")]
    public async Task FindAsync_rejects_empty_names_and_names_that_would_be_read_as_lists(string app, string space, string? org, string param)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            _host.Apps().FindAsync(app, space, new AppFindOptions { OrganizationName = org }));

        Assert.Equal(param, error.ParamName);
        Assert.Empty(_host.Requests);
    }

    [Fact]
    public async Task Follow_options_out_of_range_are_rejected_before_any_request()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _host.Deployments.FollowWithHealthAsync(
            Good, _host.Processes(), null, new DeploymentHealthFollowOptions { InitialPollInterval = TimeSpan.Zero }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _host.Deployments.FollowWithHealthAsync(
            Good, _host.Processes(), null, new DeploymentHealthFollowOptions { Timeout = TimeSpan.FromSeconds(-1) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _host.Deployments.FollowWithHealthAsync(
            Good, _host.Processes(), null, new DeploymentHealthFollowOptions { MaxCrashEvents = -1 }));
        Assert.Empty(_host.Requests);
    }
}

using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests.Deployments;

/// <summary>Bad input is rejected with the parameter's name, and nothing reaches the server.</summary>
public sealed class ArgumentTests : IDisposable
{
    private readonly Cloud66Server _c66 = new();

    public void Dispose()
    {
        Assert.Empty(_c66.Requests);
        _c66.Dispose();
    }

    public static TheoryData<string> BadStackIds => ["", " ", "\t", ".", ".."];

    [Theory]
    [MemberData(nameof(BadStackIds))]
    public async Task Every_endpoint_rejects_an_empty_or_path_changing_stack_id(string stackId)
    {
        Assert.Equal("stackId", Assert.Throws<ArgumentException>(() => _c66.Client.ListAsync(stackId)).ParamName);
        Assert.Equal("stackId", (await Assert.ThrowsAsync<ArgumentException>(() => _c66.Client.GetAsync(stackId, 1))).ParamName);
        Assert.Equal("stackId", (await Assert.ThrowsAsync<ArgumentException>(() => _c66.Client.RedeployAsync(stackId))).ParamName);
        Assert.Equal("stackId", (await Assert.ThrowsAsync<ArgumentException>(() => _c66.Client.CancelAsync(stackId, 1))).ParamName);
        Assert.Equal("stackId", (await Assert.ThrowsAsync<ArgumentException>(() => _c66.Client.GetActionAsync(stackId, 1))).ParamName);
        Assert.Equal("stackId", (await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.FollowRedeployAsync(stackId, new RedeployResult { Id = 1 }))).ParamName);
    }

    [Fact]
    public async Task A_null_stack_id_is_an_argument_null_exception()
    {
        Assert.Equal("stackId", (await Assert.ThrowsAsync<ArgumentNullException>(() => _c66.Client.GetAsync(null!, 1))).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Ids_must_be_positive(long id)
    {
        Assert.Equal("deploymentId", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _c66.Client.GetAsync(StackId, id))).ParamName);
        Assert.Equal("deploymentId", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _c66.Client.CancelAsync(StackId, id))).ParamName);
        Assert.Equal("actionId", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _c66.Client.GetActionAsync(StackId, id))).ParamName);
    }

    [Fact]
    public async Task A_user_reference_over_255_characters_is_rejected()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.RedeployAsync(StackId, new RedeployOptions { UserReference = new string('r', 256) }));

        Assert.Equal("options", e.ParamName);
        Assert.Contains("UserReference", e.Message, StringComparison.Ordinal);
        Assert.Contains("256", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":tag")]
    [InlineData("web:")]
    [InlineData("web:1:2")]
    [InlineData("web,worker")]
    [InlineData("web 1.2")]
    [InlineData("web:1.2\n")]
    public async Task Malformed_services_entries_are_rejected(string entry)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.RedeployAsync(StackId, new RedeployOptions { Services = ["api:1.0", entry] }));

        Assert.Equal("options", e.ParamName);
        Assert.Contains("RedeployOptions.Services", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_services_entry_or_a_service_named_twice_is_rejected()
    {
        var nullEntry = await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.RedeployAsync(StackId, new RedeployOptions { Services = [null!] }));
        var twice = await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.RedeployAsync(StackId, new RedeployOptions { Services = ["web:1", "web:2"] }));

        Assert.Equal("options", nullEntry.ParamName);
        Assert.Equal("options", twice.ParamName);
        Assert.Contains("\"web\" twice", twice.Message, StringComparison.Ordinal);
    }
}

using System.Text;

namespace DeploymentSdk.Nomad.Tests.AllocationFiles;

// The payloads follow Nomad's AllocFileInfo (client/structs): Name, IsDir, Size, FileMode, ModTime (RFC 3339 with a local
// offset and 9 fractional digits), ContentType; an unknown field stays in the model.
public sealed class AllocationFilesClientTests
{
    private const string Id = Frames.AllocId;

    [Fact]
    public async Task ListDirectoryAsync_sends_the_path_and_reads_every_field()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/client/fs/ls/{Id}", """
            [{"Name":"alloc","IsDir":true,"Size":4096,"FileMode":"drwxrwxrwx","ModTime":"2026-12-03T10:05:06.123456789+01:00","ContentType":""},
             {"Name":"web.stdout.0","IsDir":false,"Size":3000000000,"FileMode":"-rw-r--r--","ModTime":"2026-12-03T09:05:06Z","ContentType":"text/plain; charset=utf-8","Extra":1}]
            """);
        using var nomad = server.CreateClient();

        var files = (await nomad.AllocationFiles.ListDirectoryAsync(Id, "alloc/logs", new NomadQueryOptions { Namespace = "apps" })).Value;

        server.SingleRequest().AssertSent(server, "GET", $"/v1/client/fs/ls/{Id}?namespace=apps&path=alloc%2Flogs");
        Assert.Equal(2, files.Count);
        Assert.Equal("alloc", files[0].Name);
        Assert.True(files[0].IsDir);
        Assert.Equal(4096, files[0].Size);
        Assert.Equal("drwxrwxrwx", files[0].FileMode);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 5, 6, TimeSpan.Zero).AddTicks(1234567), files[0].ModTime);
        Assert.Equal(string.Empty, files[0].ContentType);
        Assert.False(files[1].IsDir);
        Assert.Equal(3_000_000_000L, files[1].Size);
        Assert.Equal("text/plain; charset=utf-8", files[1].ContentType);
        Assert.True(files[1].AdditionalProperties!.ContainsKey("Extra"));
    }

    [Fact]
    public async Task StatAsync_reads_one_file()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/client/fs/stat/{Id}", """{"Name":"app.log","IsDir":false,"Size":12,"FileMode":"-rw-r--r--","ModTime":"2026-12-03T09:05:06Z","ContentType":"text/plain"}""");
        using var nomad = server.CreateClient();

        var file = (await nomad.AllocationFiles.StatAsync(Id, "alloc/data/app.log")).Value;

        server.SingleRequest().AssertSent(server, "GET", $"/v1/client/fs/stat/{Id}?path=alloc%2Fdata%2Fapp.log");
        Assert.Equal("app.log", file.Name);
        Assert.Equal(12, file.Size);
        Assert.Equal("text/plain", file.ContentType);
    }

    [Fact]
    public async Task OpenReadAsync_reads_the_whole_file_with_cat_and_a_range_with_readat()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/client/fs/cat/{Id}", "whole file\n");
        server.Answer("GET", $"/v1/client/fs/readat/{Id}", "ole");
        using var nomad = server.CreateClient();

        string whole;
        await using (var stream = await nomad.AllocationFiles.OpenReadAsync(Id, "alloc/data/f.txt"))
        {
            whole = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        }

        string part;
        await using (var stream = await nomad.AllocationFiles.OpenReadAsync(Id, "alloc/data/f.txt", new AllocFileReadOptions { Offset = 2, Limit = 3 }))
        {
            part = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        }

        Assert.Equal("whole file\n", whole);
        Assert.Equal("ole", part);
        var requests = server.Requests.OrderBy(r => r.RequestMessage!.DateTime).Select(r => r.RequestMessage!).ToList();
        requests[0].AssertSent(server, "GET", $"/v1/client/fs/cat/{Id}?path=alloc%2Fdata%2Ff.txt");
        requests[1].AssertSent(server, "GET", $"/v1/client/fs/readat/{Id}?path=alloc%2Fdata%2Ff.txt&offset=2&limit=3");
    }

    [Fact]
    public async Task Reading_a_file_without_read_fs_is_permission_denied()
    {
        using var server = new NomadTestServer();
        server.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath($"/v1/client/fs/cat/{Id}"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(403).WithBody("Permission denied"));
        using var nomad = server.CreateClient();

        var ex = await Assert.ThrowsAsync<NomadApiException>(() => nomad.AllocationFiles.OpenReadAsync(Id, "secrets/x"));

        Assert.Equal(ApiErrorKind.PermissionDenied, ex.Kind);
    }

    [Fact]
    public async Task Bad_arguments_throw_before_any_request()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>("allocationId", () => nomad.AllocationFiles.ListDirectoryAsync("5456bd7a", "/"));
        await Assert.ThrowsAsync<ArgumentException>("path", () => nomad.AllocationFiles.StatAsync(Id, ""));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("options", () => nomad.AllocationFiles.OpenReadAsync(Id, "f", new AllocFileReadOptions { Limit = 0 }));
        Assert.Empty(server.Requests);
    }
}

using Microsoft.AspNetCore.Http;
using System.Text;
using DeploymentSdk.Nomad.Tests.AllocationFiles;

namespace DeploymentSdk.Nomad.Tests.Exec;

public sealed class ExecTests
{
    private const string AllocId = Frames.AllocId;

    [Fact]
    public async Task ExecAsync_sends_the_command_stdin_and_a_resize_and_returns_the_output_and_exit_code()
    {
        var received = new List<string>();
        await using var server = await ExecServer.StartAsync(async (context, socket) =>
        {
            // Read until standard input is closed and the terminal size arrived (bounded), then answer as Nomad does.
            for (var i = 0; i < 10 && !(received.Any(f => f.Contains("\"close\":true", StringComparison.Ordinal)) && received.Any(f => f.Contains("tty_size", StringComparison.Ordinal))); i++)
            {
                var text = await ExecServer.ReceiveTextAsync(socket!, context.RequestAborted);
                if (text is null)
                {
                    break;
                }

                lock (received)
                {
                    received.Add(text);
                }
            }

            await ExecServer.SendTextAsync(socket!, ExecServer.Output("stdout", "out-1\n"));
            await ExecServer.SendTextAsync(socket!, "{}");
            await ExecServer.SendTextAsync(socket!, ExecServer.Output("stderr", "oops\n"));
            await ExecServer.SendTextAsync(socket!, """{"exited":true,"result":{"exit_code":7}}""");
            await ExecServer.ReceiveTextAsync(socket!, context.RequestAborted); // the client's close
        });
        using var nomad = server.CreateClient();
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();

        var exitCode = await nomad.Allocations.ExecAsync(
            AllocId,
            "web",
            ["/bin/sh", "-c", "echo \"a b\""],
            new NomadExecOptions { Tty = true, Stdin = new MemoryStream("hello"u8.ToArray()), Stdout = stdout, Stderr = stderr, TerminalSizes = Sizes(), Query = new NomadQueryOptions { Namespace = "apps" } },
            Frames.Safety());

        Assert.Equal(7, exitCode);
        Assert.Equal("out-1\n", Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Equal("oops\n", Encoding.UTF8.GetString(stderr.ToArray()));
        var request = Assert.Single(server.Requests);
        Assert.Equal($"/v1/client/allocation/{AllocId}/exec", request.Path);
        Assert.Equal("web", request.Query["task"]);
        Assert.Equal("true", request.Query["tty"]);
        Assert.Equal("apps", request.Query["namespace"]);
        Assert.Equal("[\"/bin/sh\",\"-c\",\"echo \\u0022a b\\u0022\"]", request.Query["command"]);
        Assert.Equal(NomadTestServer.Token, request.Headers["X-Nomad-Token"]);
        lock (received)
        {
            Assert.Contains("{\"tty_size\":{\"height\":40,\"width\":120}}", received);
            Assert.Contains($"{{\"stdin\":{{\"data\":\"{Convert.ToBase64String("hello"u8.ToArray())}\"}}}}", received);
            Assert.Equal("{\"stdin\":{\"close\":true}}", received.Last(f => f.Contains("stdin", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Cancelling_an_exec_closes_the_connection()
    {
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ExecServer.StartAsync(async (context, socket) =>
        {
            connected.TrySetResult();
            try
            {
                while (await ExecServer.ReceiveTextAsync(socket!, context.RequestAborted) is not null)
                {
                }

                closed.TrySetResult(true);
            }
            catch (Exception)
            {
                closed.TrySetResult(true); // reset by the client: closed too
            }
        });
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource();

        var exec = nomad.Allocations.ExecAsync(AllocId, "web", ["sleep", "1000"], null, cts.Token);
        await connected.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exec);
        Assert.True(await closed.Task.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Cancelling_during_the_handshake_is_a_cancellation_not_a_socket_error()
    {
        var upgrading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ExecServer.StartAsync(async (context, _) =>
        {
            upgrading.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }, accept: false);
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource();

        var exec = nomad.Allocations.ExecAsync(AllocId, "web", ["sleep", "1000"], null, cts.Token);
        await upgrading.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await cts.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exec);
        Assert.Equal(cts.Token, error.CancellationToken);
    }

    [Fact]
    public async Task A_refused_exec_is_a_typed_error()
    {
        await using var server = await ExecServer.StartAsync(async (context, socket) =>
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsync("Permission denied");
        }, accept: false);
        using var nomad = server.CreateClient();

        var ex = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Allocations.ExecAsync(AllocId, "web", ["ls"], null, Frames.Safety()));

        Assert.Equal(ApiErrorKind.PermissionDenied, ex.Kind);
        Assert.Equal(403, ex.Status);
    }

    [Fact]
    public async Task Bad_arguments_throw_before_any_request()
    {
        await using var server = await ExecServer.StartAsync((_, _) => Task.CompletedTask);
        using var nomad = server.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>("allocationId", () => nomad.Allocations.ExecAsync("web", "web", ["ls"]));
        await Assert.ThrowsAsync<ArgumentException>("task", () => nomad.Allocations.ExecAsync(AllocId, "", ["ls"]));
        await Assert.ThrowsAsync<ArgumentException>("command", () => nomad.Allocations.ExecAsync(AllocId, "web", []));
        Assert.Empty(server.Requests);
    }

    private static async IAsyncEnumerable<NomadTerminalSize> Sizes()
    {
        await Task.Yield();
        yield return new NomadTerminalSize(120, 40);
    }
}

public sealed class JobActionTests
{
    [Fact]
    public async Task RunActionAsync_connects_to_the_job_action_endpoint_and_returns_the_exit_code()
    {
        await using var server = await ExecServer.StartAsync(async (context, socket) =>
        {
            await ExecServer.ReceiveTextAsync(socket!, context.RequestAborted); // stdin close
            await ExecServer.SendTextAsync(socket!, ExecServer.Output("stdout", "flushed\n"));
            await ExecServer.SendTextAsync(socket!, """{"exited":true,"result":{"exit_code":0}}""");
            await ExecServer.ReceiveTextAsync(socket!, context.RequestAborted);
        });
        using var nomad = server.CreateClient();
        var stdout = new MemoryStream();

        var exitCode = await nomad.Jobs.RunActionAsync("web/api", "flush-cache", AllocationFiles.Frames.AllocId, "api", "server", new NomadExecOptions { Stdout = stdout }, AllocationFiles.Frames.Safety());

        Assert.Equal(0, exitCode);
        Assert.Equal("flushed\n", System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/job/web%2Fapi/action", request.Path);
        Assert.Equal("flush-cache", request.Query["action"]);
        Assert.Equal(AllocationFiles.Frames.AllocId, request.Query["allocID"]);
        Assert.Equal("api", request.Query["group"]);
        Assert.Equal("server", request.Query["task"]);
        Assert.Equal("false", request.Query["tty"]);
        Assert.Equal(NomadTestServer.Token, request.Headers["X-Nomad-Token"]);
    }
}

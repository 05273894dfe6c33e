using System.Buffers.Text;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using DeploymentSdk.Benchmarks.Infrastructure;
using DeploymentSdk.Nomad;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Benchmarks.Benchmarks;

/// <summary>
/// Issue #19: following a 100 MB task log (<c>GET /v1/client/fs/logs/:alloc?follow=true</c>) in Nomad's frames of 64 KiB
/// (base64 <c>Data</c>), as chunks and as lines. Allocated bytes per operation / 100 is the cost per MB read; the peak
/// live managed heap (sampled after a full collection every 16 MB or so, which costs time too) is printed at the end; it
/// must stay flat whatever the log's size. <c>--quick</c> reads 10 MB instead of 100. The loopback server
/// runs in the same process and writes each frame from prebuilt bytes and one reused buffer, so its share is small.
/// </summary>
[MemoryDiagnoser]
public class LogFollowBenchmarks
{
    private const string AllocId = "5456bd7a-9fc0-c0dd-6131-cbee77f57577";
    private const int FrameData = 64 * 1024;

    private WebApplication? _server;
    private NomadClient? _nomad;
    private long _peakHeap;

    /// <summary>Megabytes of log per operation.</summary>
    [Params(100)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var megabytes = QuickMode.Enabled ? 10 : Megabytes;
        var frames = megabytes * 1024 * 1024 / FrameData;
        var line = Encoding.UTF8.GetBytes("2026-12-03T09:00:00Z INFO request served path=/api/v1/items status=200 took=3ms\n");
        var data = new byte[FrameData];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = line[i % line.Length];
        }

        var middle = Encoding.ASCII.GetBytes(",\"Data\":\"" + Convert.ToBase64String(data) + "\",\"File\":\"alloc/logs/web.stdout.0\"}\n");
        var start = "{\"Offset\":"u8.ToArray();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.Run(async context =>
        {
            context.Response.ContentType = "application/json";
            var number = new byte[24];
            for (var i = 1; i <= frames; i++)
            {
                Utf8Formatter.TryFormat((long)i * FrameData, number, out var written);
                await context.Response.Body.WriteAsync(start);
                await context.Response.Body.WriteAsync(number.AsMemory(0, written));
                await context.Response.Body.WriteAsync(middle);
            }
        });
        _server.StartAsync().GetAwaiter().GetResult();
        var url = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _nomad = NomadClient.Create(o => o.Address = new Uri(url!));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// LogFollow: peak live managed heap while reading {Volatile.Read(ref _peakHeap) / 1024 / 1024} MB");
        _nomad?.Dispose();
        _server?.StopAsync().GetAwaiter().GetResult();
        _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "Follow a 100 MB log as chunks")]
    public async Task<long> Chunks()
    {
        long bytes = 0;
        var count = 0;
        await foreach (var chunk in _nomad!.AllocationFiles.LogsAsync(AllocId, "web", new AllocFileStreamOptions { Follow = true }))
        {
            bytes += chunk.Data.Length;
            if (++count % 256 == 0)
            {
                Sample();
            }
        }

        return bytes;
    }

    [Benchmark(Description = "Follow a 100 MB log as lines")]
    public async Task<long> Lines()
    {
        long lines = 0;
        await foreach (var line in _nomad!.AllocationFiles.LogsAsync(AllocId, "web", new AllocFileStreamOptions { Follow = true }).ReadLinesAsync())
        {
            if (++lines % 200_000 == 0)
            {
                Sample();
            }
        }

        return lines;
    }

    private void Sample()
    {
        // A full collection first, so the sample is what is alive (held by the reader), not garbage waiting for a GC.
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        if (heap > Volatile.Read(ref _peakHeap))
        {
            Volatile.Write(ref _peakHeap, heap);
        }
    }
}

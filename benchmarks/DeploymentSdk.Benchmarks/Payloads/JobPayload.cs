using System.Buffers;
using System.Text.Json;

namespace DeploymentSdk.Benchmarks.Payloads;

/// <summary>
/// Generates a <c>GET /v1/job/:id</c> answer shaped like current Nomad's for a typical service job: two task groups
/// (an API with a log-shipping sidecar, and a worker), services with HTTP and gRPC checks, templates, artifacts,
/// identities, networks with ports, update, restart, reschedule and migrate policies. Nomad writes every field of its
/// structs, so unset ones appear as <c>null</c>, <c>""</c>, <c>0</c> or <c>false</c>; durations are integer nanoseconds.
/// </summary>
internal static class JobPayload
{
    public const string JobId = "web";

    public static byte[] Generate()
    {
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteJob(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteJob(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("Region", "global");
        w.WriteString("Namespace", "default");
        w.WriteString("ID", JobId);
        w.WriteString("Name", JobId);
        w.WriteString("Type", "service");
        w.WriteNumber("Priority", 50);
        w.WriteBoolean("AllAtOnce", false);
        WriteStrings(w, "Datacenters", "dc1", "dc2");
        w.WriteString("NodePool", "default");
        w.WriteStartArray("Constraints");
        WriteConstraint(w, "${attr.kernel.name}", "linux", "=");
        w.WriteEndArray();
        w.WriteNull("Affinities");
        w.WriteStartArray("TaskGroups");
        WriteGroup(w, "api", count: 6, withSidecar: true, port: 8080);
        WriteGroup(w, "worker", count: 3, withSidecar: false, port: 9090);
        w.WriteEndArray();
        w.WriteStartObject("Update");
        WriteUpdate(w);
        w.WriteEndObject();
        w.WriteNull("Multiregion");
        w.WriteNull("Spreads");
        w.WriteNull("Periodic");
        w.WriteNull("ParameterizedJob");
        w.WriteNull("Reschedule");
        w.WriteNull("Migrate");
        w.WriteStartObject("Meta");
        w.WriteString("owner", "team-web");
        w.WriteString("git_sha", "4f2c9a1d8e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a");
        w.WriteEndObject();
        w.WriteNull("UI");
        w.WriteBoolean("Stop", false);
        w.WriteString("ParentID", "");
        w.WriteBoolean("Dispatched", false);
        w.WriteString("DispatchIdempotencyToken", "");
        w.WriteNull("Payload");
        w.WriteString("ConsulNamespace", "");
        w.WriteString("VaultNamespace", "");
        w.WriteString("NomadTokenID", "");
        w.WriteString("Status", "running");
        w.WriteString("StatusDescription", "");
        w.WriteBoolean("Stable", true);
        w.WriteNumber("Version", 7);
        w.WriteNumber("SubmitTime", 1_714_557_600_123_456_789);
        w.WriteNumber("CreateIndex", 2_900_000_000UL);
        w.WriteNumber("ModifyIndex", 3_000_000_000UL);
        w.WriteNumber("JobModifyIndex", 2_999_999_999UL);
        w.WriteNull("VersionTag");
        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, string name, int count, bool withSidecar, int port)
    {
        w.WriteStartObject();
        w.WriteString("Name", name);
        w.WriteNumber("Count", count);
        w.WriteStartArray("Constraints");
        WriteConstraint(w, "", "", "distinct_hosts");
        w.WriteEndArray();
        w.WriteNull("Affinities");
        w.WriteStartArray("Tasks");
        WriteTask(w, name, "docker", main: true);
        if (withSidecar)
        {
            WriteTask(w, "log-shipper", "docker", main: false);
        }

        w.WriteEndArray();
        w.WriteNull("Spreads");
        w.WriteNull("Volumes");
        w.WriteStartObject("RestartPolicy");
        w.WriteNumber("Interval", 1_800_000_000_000);
        w.WriteNumber("Attempts", 2);
        w.WriteNumber("Delay", 15_000_000_000);
        w.WriteString("Mode", "fail");
        w.WriteBoolean("RenderTemplates", false);
        w.WriteEndObject();
        w.WriteStartObject("Disconnect");
        w.WriteNull("LostAfter");
        w.WriteNull("StopOnClientAfter");
        w.WriteBoolean("Replace", true);
        w.WriteString("Reconcile", "best_score");
        w.WriteEndObject();
        w.WriteStartObject("ReschedulePolicy");
        w.WriteNumber("Attempts", 0);
        w.WriteNumber("Interval", 0);
        w.WriteNumber("Delay", 30_000_000_000);
        w.WriteString("DelayFunction", "exponential");
        w.WriteNumber("MaxDelay", 3_600_000_000_000);
        w.WriteBoolean("Unlimited", true);
        w.WriteEndObject();
        w.WriteStartObject("EphemeralDisk");
        w.WriteBoolean("Sticky", false);
        w.WriteBoolean("Migrate", false);
        w.WriteNumber("SizeMB", 300);
        w.WriteEndObject();
        w.WriteStartObject("Update");
        WriteUpdate(w);
        w.WriteEndObject();
        w.WriteStartObject("Migrate");
        w.WriteNumber("MaxParallel", 1);
        w.WriteString("HealthCheck", "checks");
        w.WriteNumber("MinHealthyTime", 10_000_000_000);
        w.WriteNumber("HealthyDeadline", 300_000_000_000);
        w.WriteEndObject();
        w.WriteStartArray("Networks");
        WriteNetwork(w, name, port);
        w.WriteEndArray();
        w.WriteNull("Meta");
        w.WriteStartArray("Services");
        WriteService(w, name, "http", withGrpc: name == "api", taskName: "");
        w.WriteEndArray();
        w.WriteNull("ShutdownDelay");
        w.WriteNull("StopAfterClientDisconnect");
        w.WriteNull("MaxClientDisconnect");
        w.WriteNull("Scaling");
        w.WriteStartObject("Consul");
        w.WriteString("Namespace", "");
        w.WriteString("Cluster", "default");
        w.WriteString("Partition", "");
        w.WriteEndObject();
        w.WriteBoolean("PreventRescheduleOnLost", false);
        w.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter w, string name, string driver, bool main)
    {
        w.WriteStartObject();
        w.WriteString("Name", name);
        w.WriteString("Driver", driver);
        w.WriteString("User", "");
        if (main)
        {
            w.WriteNull("Lifecycle");
        }
        else
        {
            w.WriteStartObject("Lifecycle");
            w.WriteString("Hook", "prestart");
            w.WriteBoolean("Sidecar", true);
            w.WriteEndObject();
        }

        w.WriteStartObject("Config");
        w.WriteString("image", main ? $"registry.example.com/web/{name}:1.42.0" : "grafana/promtail:3.0.0");
        WriteStrings(w, "ports", "http");
        WriteStrings(w, "args", "--config", "${NOMAD_TASK_DIR}/config.yaml", "--log-level", "info");
        w.WriteStartObject("logging");
        w.WriteString("type", "journald");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNull("Constraints");
        w.WriteNull("Affinities");
        w.WriteStartObject("Env");
        w.WriteString("ASPNETCORE_URLS", "http://0.0.0.0:${NOMAD_PORT_http}");
        w.WriteString("DOTNET_gcServer", "0");
        w.WriteString("OTEL_EXPORTER_OTLP_ENDPOINT", "http://${attr.unique.network.ip-address}:4317");
        w.WriteString("REGION", "${node.region}");
        w.WriteEndObject();
        w.WriteStartArray("Services");
        if (main)
        {
            WriteService(w, name + "-task", "http", withGrpc: false, taskName: name);
        }

        w.WriteEndArray();
        w.WriteStartObject("Resources");
        w.WriteNumber("CPU", main ? 500 : 100);
        w.WriteNumber("Cores", 0);
        w.WriteNumber("MemoryMB", main ? 512 : 64);
        w.WriteNumber("MemoryMaxMB", main ? 1024 : 0);
        w.WriteNumber("DiskMB", 0);
        w.WriteNumber("IOPS", 0);
        w.WriteNull("Networks");
        w.WriteNull("Devices");
        w.WriteNull("NUMA");
        w.WriteEndObject();
        w.WriteStartObject("RestartPolicy");
        w.WriteNumber("Interval", 1_800_000_000_000);
        w.WriteNumber("Attempts", 2);
        w.WriteNumber("Delay", 15_000_000_000);
        w.WriteString("Mode", "fail");
        w.WriteBoolean("RenderTemplates", false);
        w.WriteEndObject();
        w.WriteNull("Meta");
        w.WriteNumber("KillTimeout", 30_000_000_000);
        w.WriteStartObject("LogConfig");
        w.WriteNumber("MaxFiles", 10);
        w.WriteNumber("MaxFileSizeMB", 10);
        w.WriteBoolean("Disabled", false);
        w.WriteEndObject();
        w.WriteStartArray("Artifacts");
        w.WriteStartObject();
        w.WriteString("GetterSource", "https://releases.example.com/web/config-1.42.0.tar.gz");
        w.WriteStartObject("GetterOptions");
        w.WriteString("checksum", "sha256:0f4e4f5c8a0d1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4");
        w.WriteEndObject();
        w.WriteNull("GetterHeaders");
        w.WriteString("GetterMode", "any");
        w.WriteBoolean("GetterInsecure", false);
        w.WriteString("RelativeDest", "local/");
        w.WriteBoolean("Chown", false);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteNull("Vault");
        w.WriteNull("Consul");
        w.WriteStartArray("Templates");
        WriteTemplate(w, "local/config.yaml");
        WriteTemplate(w, "secrets/app.env");
        w.WriteEndArray();
        w.WriteNull("DispatchPayload");
        w.WriteNull("VolumeMounts");
        w.WriteNull("CSIPluginConfig");
        w.WriteBoolean("Leader", main);
        w.WriteNumber("ShutdownDelay", 0);
        w.WriteString("KillSignal", "SIGTERM");
        w.WriteString("Kind", "");
        w.WriteNull("ScalingPolicies");
        w.WriteStartObject("Identity");
        WriteIdentity(w, "default", "nomadproject.io");
        w.WriteEndObject();
        w.WriteStartArray("Identities");
        w.WriteStartObject();
        WriteIdentity(w, "vault_default", "vault.io");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteNull("Actions");
        w.WriteNull("Schedule");
        w.WriteEndObject();
    }

    private static void WriteService(Utf8JsonWriter w, string name, string portLabel, bool withGrpc, string taskName)
    {
        w.WriteStartObject();
        w.WriteString("Name", name);
        WriteStrings(w, "Tags", "traefik.enable=true", $"traefik.http.routers.{name}.rule=Host(`{name}.example.com`)", "v1.42.0");
        WriteStrings(w, "CanaryTags", "canary");
        w.WriteBoolean("EnableTagOverride", false);
        w.WriteString("PortLabel", portLabel);
        w.WriteString("AddressMode", "auto");
        w.WriteString("Address", "");
        w.WriteStartArray("Checks");
        WriteCheck(w, "alive", "http", "/healthz/live", taskName);
        WriteCheck(w, "ready", withGrpc ? "grpc" : "http", withGrpc ? "" : "/healthz/ready", taskName);
        w.WriteEndArray();
        w.WriteNull("CheckRestart");
        w.WriteNull("Connect");
        w.WriteStartObject("Meta");
        w.WriteString("version", "1.42.0");
        w.WriteEndObject();
        w.WriteNull("CanaryMeta");
        w.WriteNull("TaggedAddresses");
        w.WriteString("TaskName", taskName);
        w.WriteString("OnUpdate", "require_healthy");
        w.WriteNull("Identity");
        w.WriteNull("Weights");
        w.WriteString("Provider", "consul");
        w.WriteString("Cluster", "default");
        w.WriteString("Kind", "");
        w.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter w, string name, string type, string path, string taskName)
    {
        w.WriteStartObject();
        w.WriteString("Name", name);
        w.WriteString("Type", type);
        w.WriteString("Command", "");
        w.WriteNull("Args");
        w.WriteString("Path", path);
        w.WriteString("Protocol", type == "http" ? "http" : "");
        w.WriteString("PortLabel", "");
        w.WriteBoolean("Expose", false);
        w.WriteString("AddressMode", "");
        w.WriteString("Advertise", "");
        w.WriteNumber("Interval", 10_000_000_000);
        w.WriteNumber("Timeout", 2_000_000_000);
        w.WriteString("InitialStatus", "");
        w.WriteString("Notes", "");
        w.WriteString("TLSServerName", "");
        w.WriteBoolean("TLSSkipVerify", false);
        w.WriteStartObject("Header");
        WriteStrings(w, "X-Health-Probe", "nomad");
        w.WriteEndObject();
        w.WriteString("Method", type == "http" ? "GET" : "");
        w.WriteStartObject("CheckRestart");
        w.WriteNumber("Limit", 3);
        w.WriteNumber("Grace", 60_000_000_000);
        w.WriteBoolean("IgnoreWarnings", false);
        w.WriteEndObject();
        w.WriteString("GRPCService", type == "grpc" ? "web.v1.Api" : "");
        w.WriteBoolean("GRPCUseTLS", false);
        w.WriteString("TaskName", taskName);
        w.WriteNumber("SuccessBeforePassing", 0);
        w.WriteNumber("FailuresBeforeCritical", 0);
        w.WriteNumber("FailuresBeforeWarning", 0);
        w.WriteString("Body", "");
        w.WriteString("OnUpdate", "require_healthy");
        w.WriteEndObject();
    }

    private static void WriteNetwork(Utf8JsonWriter w, string name, int port)
    {
        w.WriteStartObject();
        w.WriteString("Mode", "bridge");
        w.WriteString("Device", "");
        w.WriteString("CIDR", "");
        w.WriteString("IP", "");
        w.WriteNull("DNS");
        w.WriteNull("ReservedPorts");
        w.WriteStartArray("DynamicPorts");
        WritePort(w, "http", port);
        WritePort(w, "metrics", 9102);
        w.WriteEndArray();
        w.WriteString("Hostname", name);
        w.WriteNumber("MBits", 0);
        w.WriteNull("CNI");
        w.WriteEndObject();
    }

    private static void WritePort(Utf8JsonWriter w, string label, int to)
    {
        w.WriteStartObject();
        w.WriteString("Label", label);
        w.WriteNumber("Value", 0);
        w.WriteNumber("To", to);
        w.WriteString("HostNetwork", "default");
        w.WriteBoolean("IgnoreCollision", false);
        w.WriteEndObject();
    }

    private static void WriteTemplate(Utf8JsonWriter w, string destination)
    {
        w.WriteStartObject();
        w.WriteString("SourcePath", "");
        w.WriteString("DestPath", destination);
        w.WriteString(
            "EmbeddedTmpl",
            "{{ with nomadVar \"nomad/jobs/web\" }}\nDB_HOST={{ .db_host }}\nDB_USER={{ .db_user }}\nDB_PASSWORD={{ .db_password }}\n{{ end }}\n" +
            "{{ range service \"redis\" }}REDIS={{ .Address }}:{{ .Port }}\n{{ end }}");
        w.WriteString("ChangeMode", "restart");
        w.WriteNull("ChangeScript");
        w.WriteString("ChangeSignal", "");
        w.WriteBoolean("Once", false);
        w.WriteNumber("Splay", 5_000_000_000);
        w.WriteString("Perms", "0644");
        w.WriteNull("Uid");
        w.WriteNull("Gid");
        w.WriteString("LeftDelim", "{{");
        w.WriteString("RightDelim", "}}");
        w.WriteBoolean("Envvars", destination.EndsWith(".env", StringComparison.Ordinal));
        w.WriteNumber("VaultGrace", 0);
        w.WriteStartObject("Wait");
        w.WriteNumber("Min", 5_000_000_000);
        w.WriteNumber("Max", 240_000_000_000);
        w.WriteEndObject();
        w.WriteBoolean("ErrMissingKey", false);
        w.WriteEndObject();
    }

    private static void WriteIdentity(Utf8JsonWriter w, string name, string audience)
    {
        w.WriteString("Name", name);
        WriteStrings(w, "Audience", audience);
        w.WriteString("ChangeMode", "");
        w.WriteString("ChangeSignal", "");
        w.WriteBoolean("Env", false);
        w.WriteBoolean("File", false);
        w.WriteString("Filepath", "");
        w.WriteString("ServiceName", "");
        w.WriteNumber("TTL", 3_600_000_000_000);
        w.WriteNull("ExtraClaims");
    }

    private static void WriteUpdate(Utf8JsonWriter w)
    {
        w.WriteNumber("Stagger", 30_000_000_000);
        w.WriteNumber("MaxParallel", 2);
        w.WriteString("HealthCheck", "checks");
        w.WriteNumber("MinHealthyTime", 10_000_000_000);
        w.WriteNumber("HealthyDeadline", 300_000_000_000);
        w.WriteNumber("ProgressDeadline", 600_000_000_000);
        w.WriteNumber("Canary", 1);
        w.WriteBoolean("AutoRevert", true);
        w.WriteBoolean("AutoPromote", false);
    }

    private static void WriteConstraint(Utf8JsonWriter w, string left, string right, string operand)
    {
        w.WriteStartObject();
        w.WriteString("LTarget", left);
        w.WriteString("RTarget", right);
        w.WriteString("Operand", operand);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, params string[] values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}

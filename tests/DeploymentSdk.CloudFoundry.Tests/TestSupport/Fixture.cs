using System.Text.Json.Nodes;

namespace DeploymentSdk.CloudFoundry.Tests;

internal static class Fixture
{
    /// <summary>The host the fixtures' links use (the Cloud Foundry docs' example host).</summary>
    public const string DocsHost = "https://api.example.org";

    public static string Read(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", path));

    /// <summary>A fixture whose links point at <paramref name="baseUrl"/> instead of the docs' host.</summary>
    public static string ReadFor(string path, string baseUrl) => Read(path).Replace(DocsHost, baseUrl, StringComparison.Ordinal);

    /// <summary>The canonical compact form of a JSON text, to compare bodies exactly (property order included).</summary>
    public static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();
}

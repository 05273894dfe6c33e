using System.Reflection;
using DeploymentSdk.Nomad.HealthChecks;
using DeploymentSdk.Testing;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>The public surface of DeploymentSdk.Nomad.HealthChecks, approved as a file beside this test.</summary>
public sealed class HealthChecksPublicApiTests
{
    private static readonly Assembly Package = typeof(NomadHealthCheckOptions).Assembly;

    [Fact]
    public void The_public_api_is_the_approved_one() => PublicApiApproval.Verify(Package);

    [Fact]
    public void Every_public_class_is_sealed_or_static() =>
        Assert.Empty(PublicApiApproval.UnsealedClasses(Package));
}

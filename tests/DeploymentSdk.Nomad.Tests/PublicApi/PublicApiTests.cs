using System.Reflection;
using DeploymentSdk.Testing;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>The package's public surface: approved as a file, and held to the SDK's conventions.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Package = typeof(NomadClient).Assembly;

    [Fact]
    public void The_public_api_is_the_approved_one() => PublicApiApproval.Verify(Package);

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last() =>
        Assert.Empty(PublicApiApproval.AsyncMethodsWithoutCancellation(Package));

    [Fact]
    public void Every_public_class_is_sealed_or_static() =>
        // The query, write and follow options are the bases of the per-call options (JobListOptions, JobRegisterOptions,
        // NomadDeployOptions), so one options object carries both; every other class is sealed.
        Assert.Empty(PublicApiApproval.UnsealedClasses(Package, typeof(NomadQueryOptions), typeof(NomadWriteOptions), typeof(NomadFollowOptions)));

    [Fact]
    public void Every_model_keeps_unknown_fields()
    {
        var models = Package.GetExportedTypes()
            .Where(t => t.IsClass && t.IsSealed && !t.IsAbstract && t.Namespace == "DeploymentSdk.Nomad" && t.GetProperties().Length > 0)
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal) && !t.Name.EndsWith("Client", StringComparison.Ordinal) && !t.Name.EndsWith("Exception", StringComparison.Ordinal) && !t.Name.EndsWith("Follower", StringComparison.Ordinal))
            .Where(t => !t.IsGenericType && !t.Name.EndsWith("Meta", StringComparison.Ordinal))
            // What following a deployment reports: computed by the SDK, never read from or sent to Nomad as JSON.
            .Where(t => t != typeof(NomadDeploymentProgress) && t != typeof(NomadDeploymentResult))
            // A diagnosis and a chunk of a streamed file: assembled by the SDK, not JSON models.
            .Where(t => t != typeof(NomadDeploymentDiagnosis) && t != typeof(NomadAllocationDiagnosis) && t != typeof(NomadTaskDiagnosis)
                && t != typeof(NomadPlacementFailure) && t != typeof(AllocFileChunk))
            .ToList();

        Assert.NotEmpty(models);
        Assert.Empty(models.Where(t => !typeof(ApiModel).IsAssignableFrom(t)).Select(t => t.Name));
    }

    [Fact]
    public void Every_list_of_a_paged_resource_returns_the_paging_type()
    {
        var lists = typeof(INomadClient).GetProperties()
            .Select(p => p.PropertyType)
            .Select(client => client.GetMethod("ListAsync"))
            .Where(m => m is not null)
            .ToList();

        Assert.Equal(4, lists.Count);
        Assert.All(lists, m => Assert.Equal(typeof(AsyncPageable<>), m!.ReturnType.GetGenericTypeDefinition()));
    }
}

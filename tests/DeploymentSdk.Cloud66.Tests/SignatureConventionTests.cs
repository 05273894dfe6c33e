using DeploymentSdk.Tests.Shared;

namespace DeploymentSdk.Cloud66.Tests;

/// <summary>The 1.0 signature rules (see CONTRIBUTING.md, "Public API") over every exported type of the package.</summary>
public sealed class SignatureConventionTests
{
    private static readonly System.Reflection.Assembly Package = typeof(Cloud66Client).Assembly;

    [Fact]
    public void The_cancellation_token_is_last_and_optional_everywhere() =>
        Assert.Empty(SignatureConventions.TokenNotLast(Package));

    [Fact]
    public void No_optional_primitive_comes_before_the_cancellation_token() =>
        Assert.Empty(SignatureConventions.OptionalPrimitiveBeforeToken(Package));

    [Fact]
    public void At_most_one_options_object_comes_before_the_cancellation_token() =>
        Assert.Empty(SignatureConventions.MoreThanOneOptionsObject(Package));

    [Fact]
    public void Every_public_type_is_in_the_package_namespace() =>
        Assert.Empty(SignatureConventions.OutsideNamespaces(Package, "DeploymentSdk.Cloud66"));
}

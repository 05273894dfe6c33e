using DeploymentSdk.Tests.Shared;

namespace DeploymentSdk.Cloud66.Tests;

/// <summary>The 1.0 public-API rules (see CONTRIBUTING.md, "Public API") over every exported type of the package.</summary>
public sealed class SignatureConventionTests() : ConventionTestsBase(typeof(Cloud66Client).Assembly, "DeploymentSdk.Cloud66");

using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/DeploymentSdk.Benchmarks.Events -- --filter '*' [--job dry|short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point, named so the switcher can find the assembly.</summary>
public partial class Program;

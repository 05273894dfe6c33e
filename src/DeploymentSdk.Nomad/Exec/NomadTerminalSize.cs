namespace DeploymentSdk.Nomad;

/// <summary>A terminal's size in characters, sent to a command that runs with a TTY.</summary>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
public readonly record struct NomadTerminalSize(int Width, int Height);

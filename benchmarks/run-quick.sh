#!/usr/bin/env bash
# Proves the benchmarks still build and run: every benchmark once, in-process (BenchmarkDotNet's dry job), the largest
# parameters shrunk, and a 2-second idle-watch window. No timing is asserted; a benchmark that throws fails the script.
# About a minute after the build on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet run -c Release --project benchmarks/DeploymentSdk.Benchmarks -- --quick "$@"

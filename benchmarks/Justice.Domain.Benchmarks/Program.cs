using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Justice.Domain.Benchmarks -- --filter '*'
// A benchmark without a result (its setup threw: an oracle check that found the optimised code and its reference
// disagreeing) or a run refused by validation makes the exit code 1, so that a script or CI sees it.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Justice.Domain.Benchmarks.Core.DateVersionedBenchmarks).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

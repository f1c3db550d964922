using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Justice.Domain.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Justice.Domain.Benchmarks.Core.DateVersionedBenchmarks).Assembly).Run(args);

using System.Net;
using System.Net.Sockets;
using Justice.Domain.Identity.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Justice.Samples.Identity;

/// <summary>
/// An Orleans cluster of several silos hosted in this process (<c>identity cluster-demo</c>), and the client the
/// command calls it through (<see cref="ClusterClient"/>): the first silo's own, or a client host of its own that
/// reaches the silos through their gateways as a separate process would. Each silo is a host of its own on free local ports,
/// with localhost clustering (the first silo keeps the membership, development clustering) or, given a PostgreSQL
/// database, ADO.NET clustering (the membership table in the database, as a deployment on several machines has it). Orleans logs
/// warnings and errors only, on stderr, so that the command's output stays readable.
/// </summary>
internal sealed class LocalCluster
{
    private readonly List<IHost> silos = [];
    private readonly Dictionary<int, int> siloOfPort = [];
    private IHost? client;

    private LocalCluster()
    {
    }

    /// <summary>The client's grain factory: the client host's, or the first silo's when the client is co-hosted.</summary>
    public IClusterClient Client => (client ?? silos.FirstOrDefault())?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("the cluster is not started");

    /// <summary>The silos' endpoints (127.0.0.1:port), by silo number (1 for the first).</summary>
    public IReadOnlyList<string> Silos { get; private set; } = [];

    /// <summary>Starts <paramref name="count"/> silos, one after the other, then the client host when the client is external.</summary>
    /// <param name="count">The number of silos (1 or more).</param>
    /// <param name="postgres">The PostgreSQL connection string of the grains' storage and the membership (<see cref="OrleansStorageSchema"/>), or null for the silos' memory and localhost clustering.</param>
    /// <param name="placement">Where the client runs.</param>
    /// <param name="cancellationToken">Cancels the start (the silos started are stopped).</param>
    /// <returns>The running cluster.</returns>
    public static async Task<LocalCluster> StartAsync(int count, string? postgres, ClusterClient placement, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ports = FreePorts(2 * count);
        var clusterId = "cluster-demo-" + Guid.NewGuid().ToString("N")[..8];
        var primary = new IPEndPoint(IPAddress.Loopback, ports[0]);
        var cluster = new LocalCluster();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var builder = Builder();
                var (siloPort, gatewayPort) = (ports[2 * i], ports[(2 * i) + 1]);
                builder.UseOrleans(silo => ConfigureStorage(postgres is null
                    ? silo.UseLocalhostClustering(siloPort, gatewayPort, primary, ServiceId, clusterId)
                    : silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, postgres))
                        .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort)
                        .Configure<Orleans.Configuration.ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, clusterId)), postgres)
                    .Configure<Orleans.Configuration.SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout));
                var host = builder.Build();
                cluster.silos.Add(host);
                cluster.siloOfPort[siloPort] = i + 1;
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            cluster.Silos = [.. Enumerable.Range(0, count).Select(i => "127.0.0.1:" + ports[2 * i].ToString(System.Globalization.CultureInfo.InvariantCulture))];
            if (placement == ClusterClient.CoHosted)
            {
                return cluster;
            }

            var gateways = Enumerable.Range(0, count).Select(i => ports[(2 * i) + 1]).ToArray();
            var clientBuilder = Builder();
            clientBuilder.UseOrleansClient(c => (postgres is null
                    ? c.UseLocalhostClustering(gateways, ServiceId, clusterId)
                    : c.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, postgres))
                        .Configure<Orleans.Configuration.ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, clusterId)))
                .Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout));
            cluster.client = clientBuilder.Build();
            await cluster.client.StartAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.StopAsync(graceful: false).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The number of one of this cluster's silos (1 for the first), from its address.</summary>
    /// <param name="silo">A silo's address, as <see cref="OrleansPersonStore.PartitionSilosAsync"/> gives it.</param>
    /// <returns>The silo's number, or 0 when the address is not one of this cluster's silos.</returns>
    public int SiloNumber(SiloAddress silo) => siloOfPort.GetValueOrDefault(silo.Endpoint.Port);

    /// <summary>Stops the client, then the silos (the first one, which keeps the membership, last).</summary>
    /// <param name="graceful">Whether the silos hand their work over and leave the membership (a few seconds), or stop at once (after a cancellation).</param>
    /// <returns>A task that completes when every host is stopped and disposed.</returns>
    public async Task StopAsync(bool graceful)
    {
        using var stop = new CancellationTokenSource();
        if (!graceful)
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }

        if (client is not null)
        {
            await client.StopAsync(stop.Token).ConfigureAwait(false);
            client.Dispose();
            client = null;
        }

        for (var i = silos.Count - 1; i >= 0; i--)
        {
            await silos[i].StopAsync(stop.Token).ConfigureAwait(false);
            silos[i].Dispose();
        }

        silos.Clear();
    }

    /// <summary>The service id of the demonstration's silos (the key of their rows in the grain storage).</summary>
    public const string ServiceId = "justice-cluster-demo";

    /// <summary>The ADO.NET provider name Orleans knows PostgreSQL's driver by.</summary>
    private const string PostgresInvariant = "Npgsql";

    // The referential's grains keep their state in the grain storage OrleansPersonStore.StorageName: PostgreSQL
    // through Orleans' ADO.NET provider, with Orleans' binary serializer (whose codecs the grains' state types carry)
    // in place of the storage's default JSON; or, without a database, the silos' memory only (no storage write).
    private static ISiloBuilder ConfigureStorage(ISiloBuilder silo, string? postgres)
    {
        const string name = Justice.Domain.Identity.Orleans.OrleansPersonStore.StorageName;
        return postgres is null
            ? silo.AddVolatileReferentialStorage()
            : silo.AddAdoNetGrainStorage(name, o => o.Configure<Orleans.Serialization.Serializer>((options, serializer) =>
            {
                options.Invariant = PostgresInvariant;
                options.ConnectionString = postgres;
                options.GrainStorageSerializer = new Orleans.Storage.OrleansGrainStorageSerializer(serializer);
            }));
    }

    // The silos share the process, and its collector, with the client: on a busy machine a batch's messages can wait
    // longer than Orleans' 30 s default before a call fails (the client host's calls, and a co-hosted client's, which
    // are the silo's own).
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A host with no default configuration sources, warnings and errors logged on stderr, and no console lifetime:
    /// Ctrl+C is the command's to handle (it cancels the run, which then stops the silos).
    /// </summary>
    private static HostApplicationBuilder Builder()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // The silo's watchdog warns at its first check of a stall as long as the machine's uptime (it measures from
        // zero): a warning on every start that says nothing about the run.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        return builder;
    }

    /// <summary>Distinct free local TCP ports (each found by binding port 0; all held until every one is found).</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    /// <summary>A host lifetime that waits for no signal: the command starts and stops its hosts itself.</summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

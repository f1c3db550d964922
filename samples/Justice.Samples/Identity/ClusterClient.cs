namespace Justice.Samples.Identity;

/// <summary>Where the application that calls the referential's grains runs (<c>identity cluster-demo --client</c>).</summary>
internal enum ClusterClient
{
    /// <summary>
    /// In the first silo's host, as the service that exposes the referential (a web API hosted with its silo) does:
    /// the silo's own <c>IClusterClient</c>, which sends each call straight to the silo that holds the grain.
    /// </summary>
    CoHosted,

    /// <summary>
    /// A client host of its own that reaches the cluster through the silos' gateways, as an application in another
    /// process does: a call to a grain on a silo other than the gateway's crosses a second connection.
    /// </summary>
    External,
}

using System;

namespace SpecClient;

/// <summary>One entry of a product's region table: the host that serves <see cref="RegionId"/>.</summary>
public sealed class RegionEndpoint
{
    /// <summary>Creates an entry. Generated clients call this for each region their metadata lists.</summary>
    /// <param name="regionId">The region, for example <c>cn-qingdao</c>.</param>
    /// <param name="endpoint">Its host, for example <c>ecs.cn-qingdao.aliyuncs.com</c>.</param>
    public RegionEndpoint(string regionId, string endpoint)
    {
        RegionId = regionId ?? throw new ArgumentNullException(nameof(regionId));
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
    }

    /// <summary>The region, for example <c>cn-qingdao</c>.</summary>
    public string RegionId { get; }

    /// <summary>The host serving the region, for example <c>ecs.cn-qingdao.aliyuncs.com</c>.</summary>
    public string Endpoint { get; }

    /// <inheritdoc />
    public override string ToString() => RegionId + " → " + Endpoint;
}

namespace SpecClient.Generator.Model;

/// <summary>
/// One entry of a product's per-region endpoint list (api-docs.json <c>endpoints</c>): the host to call for
/// a region, for example <c>cn-qingdao</c> → <c>ecs.cn-qingdao.aliyuncs.com</c>.
/// </summary>
internal sealed record RegionEndpoint(string RegionId, string Endpoint);

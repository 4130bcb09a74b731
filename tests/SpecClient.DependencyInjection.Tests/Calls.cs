using Microsoft.Extensions.DependencyInjection;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.DependencyInjection.Tests.DomainIntl;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>Small helpers shared by the tests: a strict container and one call per product.</summary>
internal static class Calls
{
    /// <summary>Builds the container the way a host in Development does: scopes and registrations validated.</summary>
    public static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    public static Task<ResendEmailVerificationResponse> ResendAsync(IDomainClient client, string email = "test1@aliyun.com,test2@aliyun.com") =>
        client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = email });

    public static Task<QueryEmailVerificationResponse> QueryAsync(IDomainIntlClient client) =>
        client.QueryEmailVerificationAsync(new QueryEmailVerificationRequest { Email = "test@aliyun.com" });
}

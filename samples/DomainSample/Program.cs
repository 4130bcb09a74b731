using System;
using System.Threading.Tasks;
using DomainSample.Domain;
using SpecClient;
using SpecClient.Signing;
using SpecClient.Testing;

// Calls Domain's ResendEmailVerification through the client generated from specs/domain/*.md.
// By default it talks to the local emulator started in-process; with --endpoint it calls the real service
// with credentials from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (/ ALIBABA_CLOUD_SECURITY_TOKEN).
string? endpoint = null;
string email = "test1@aliyun.com,test2@aliyun.com";
SignatureVersion signature = SignatureVersion.V3;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--endpoint" when i + 1 < args.Length:
            endpoint = args[++i];
            break;
        case "--email" when i + 1 < args.Length:
            email = args[++i];
            break;
        case "--v1":
            signature = SignatureVersion.V1;
            break;
        default:
            Console.Error.WriteLine("usage: DomainSample [--endpoint <host>] [--email <a,b>] [--v1]");
            return 2;
    }
}

ApiEmulator? emulator = null;
SpecClientOptions options;
if (endpoint is null)
{
    emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All });
    options = emulator.CreateClientOptions(signature);
    Console.WriteLine($"Local emulator at {emulator.Endpoint} (pass --endpoint domain.aliyuncs.com to call the real service)");
}
else
{
    options = new SpecClientOptions { Endpoint = endpoint, SignatureVersion = signature };
    Console.WriteLine($"Calling {endpoint}");
}

try
{
    var client = new DomainClient(options);
    Console.WriteLine($"ResendEmailVerification for {email}, signature {signature}");
    ResendEmailVerificationResponse response = await client.ResendEmailVerificationAsync(
        new ResendEmailVerificationRequest { Email = email });

    Console.WriteLine($"Failed ({response.FailList.Count}):");
    foreach (ResendEmailVerificationResponse.FailListItem item in response.FailList)
    {
        Console.WriteLine($"  {item.Email}: {item.Code} - {item.Message}");
    }

    Console.WriteLine($"Succeeded ({response.SuccessList.Count}):");
    foreach (ResendEmailVerificationResponse.SuccessListItem item in response.SuccessList)
    {
        Console.WriteLine($"  {item.Email}: {item.Code} - {item.Message}");
    }

    Console.WriteLine($"RequestId: {response.RequestId}");
    return 0;
}
catch (ServiceException error)
{
    Console.Error.WriteLine($"The service refused the call: {error.StatusCode} {error.Code}: {error.ErrorMessage} (RequestId {error.RequestId})");
    return 1;
}
catch (SpecClientException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
finally
{
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}

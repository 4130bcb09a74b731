using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SpecClient.Faults.Tests;

/// <summary>The scripted behaviours of <see cref="FaultServer"/>.</summary>
internal static class Faults
{
    public const string SuccessJson = "{\"RequestId\":\"req-ok\",\"Count\":\"2\",\"Items\":{\"Item\":[\"a\",\"b\"]}}";

    public static Func<HttpContext, FaultServer, Task> Ok => Reply(200, SuccessJson);

    public static Func<HttpContext, FaultServer, Task> Reply(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        async (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            foreach ((string name, string value) in headers)
            {
                context.Response.Headers.Append(name, value);
            }

            await context.Response.WriteAsync(body, context.RequestAborted);
        };

    public static Func<HttpContext, FaultServer, Task> Error(int status, string code, params (string Name, string Value)[] headers) =>
        Reply(status, "{\"RequestId\":\"E-" + status.ToString(CultureInfo.InvariantCulture) + "\",\"HostId\":\"127.0.0.1\",\"Code\":\"" + code + "\",\"Message\":\"scripted " + code + "\"}", "application/json", headers);

    public static Func<HttpContext, FaultServer, Task> Html(int status, string title) =>
        Reply(status, "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><hr>nginx</body></html>", "text/html");

    /// <summary>The request was received whole; the connection is then reset without an answer.</summary>
    public static Func<HttpContext, FaultServer, Task> Reset => (context, _) =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Headers and the first part of the body, then a reset.</summary>
    public static Func<HttpContext, FaultServer, Task> ResetMidBody => async (context, _) =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = SuccessJson.Length;
        await context.Response.WriteAsync(SuccessJson.Substring(0, 20), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await Task.Delay(50, context.RequestAborted);
        context.Abort();
    };

    /// <summary>Nothing at all until the client gives up (or the server stops).</summary>
    public static Func<HttpContext, FaultServer, Task> Stall => async (context, server) =>
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        await Quietly(Task.Delay(Timeout.Infinite, both.Token));
    };

    /// <summary>The answer, but only after <paramref name="delay"/> (or never, if the client leaves first).</summary>
    public static Func<HttpContext, FaultServer, Task> SlowHeaders(TimeSpan delay, Func<HttpContext, FaultServer, Task>? then = null) => async (context, server) =>
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        if (await Quietly(Task.Delay(delay, both.Token)))
        {
            await (then ?? Ok)(context, server);
        }
    };

    /// <summary>Headers at once, then the body a few bytes at a time with a pause between.</summary>
    public static Func<HttpContext, FaultServer, Task> SlowBody(TimeSpan pause) => async (context, server) =>
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        byte[] body = Encoding.UTF8.GetBytes(SuccessJson);
        for (int i = 0; i < body.Length; i += 4)
        {
            if (!await Quietly(context.Response.Body.WriteAsync(body.AsMemory(i, Math.Min(4, body.Length - i)), both.Token).AsTask())
                || !await Quietly(context.Response.Body.FlushAsync(both.Token))
                || !await Quietly(Task.Delay(pause, both.Token)))
            {
                return;
            }
        }
    };

    /// <summary>A declared length longer than what is sent, then the connection closes.</summary>
    public static Func<HttpContext, FaultServer, Task> ShortBody => async (context, _) =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = SuccessJson.Length + 100;
        await context.Response.WriteAsync(SuccessJson, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    };

    /// <summary>An endless stream of JSON padding, chunked or with a (huge) declared length.</summary>
    public static Func<HttpContext, FaultServer, Task> Huge(long totalBytes, bool declareLength) => async (context, server) =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        if (declareLength)
        {
            context.Response.ContentLength = totalBytes;
        }

        byte[] chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        for (long sent = 0; sent < totalBytes; sent += chunk.Length)
        {
            // Kestrel turns writes after the client left into no-ops: stop on the abort, not on an exception.
            if (both.IsCancellationRequested || !await Quietly(context.Response.Body.WriteAsync(chunk, both.Token).AsTask()))
            {
                return;
            }

            Interlocked.Add(ref server.BytesWritten, chunk.Length);

            // Writes after an abort complete synchronously: yield so the abort can be noticed at all.
            await Task.Yield();
        }
    };

    /// <summary>Awaits a task that may fail because the client left; true when it completed.</summary>
    private static async Task<bool> Quietly(Task task)
    {
        try
        {
            await task;
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException || e is IOException || e is ObjectDisposedException || e is InvalidOperationException)
        {
            return false;
        }
    }
}

using System;
using SpecClient.Signing;
using System.Text;

namespace SpecClient.Sls;

/// <summary>
/// Shard hash keys for Simple Log Service's KeyHash writes (<c>PutLogsRequest.HashKey</c>, sent to
/// <c>/shards/route?key=</c>): a shard owns a range of the 128-bit MD5 space, so the logs of one key (a user, a
/// device, a producer instance) always reach the same shard, in order.
/// </summary>
public static class ShardKey
{
    /// <summary>
    /// The MD5 of <paramref name="key"/>'s UTF-8 bytes as 32 lower-case hexadecimal digits: the hash key SLS's
    /// producer libraries compute from a user's key (the page's example, <c>14d2f850ad6ea48e46e4547edbbb27e0</c>, has this form).
    /// </summary>
    /// <param name="key">Any text that names the stream of logs to keep together.</param>
    /// <returns>The hash key.</returns>
    public static string Md5Hex(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return Hashing.LowerHex(Hashing.Md5(Encoding.UTF8.GetBytes(key)));
    }
}

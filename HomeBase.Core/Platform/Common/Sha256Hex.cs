using System.Security.Cryptography;
using System.Text;

namespace HomeBase.Core.Platform.Common;

/// <summary>The SHA-256 of a text's UTF-8 bytes as lower-case hex: how keys and tokens are stored and looked up.</summary>
public static class Sha256Hex
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

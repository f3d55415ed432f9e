using System.Net;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Http;

/// <summary>The sandbox's own HTML pages (consent, sign-in), styled like Entra's and marked as not Microsoft.</summary>
internal static class SandboxPages
{
    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    public static IResult Page(string title, string body, int status) => Results.Content($$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}} · Microsoft Entra (sandbox)</title>
        <style>
          body { font-family: "Segoe UI", Roboto, Arial, sans-serif; background: #f3f2f1; margin: 0; }
          main { max-width: 440px; margin: 48px auto; background: #fff; padding: 32px 40px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
          h1 { font-size: 1.5rem; font-weight: 600; } h3 { font-size: 1rem; margin-bottom: 4px; }
          .badge { font-size: .75rem; color: #605e5c; } .note { color: #605e5c; font-size: .85rem; } .error { color: #a4262c; }
          button { padding: 8px 20px; margin: 16px 8px 0 0; border: 1px solid #8a8886; background: #fff; cursor: pointer; }
          button.primary { background: #0067b8; color: #fff; border-color: #0067b8; }
        </style></head>
        <body><main><div class="badge">HomeBase Azure sandbox — not Microsoft</div><h1>{{Encode(title)}}</h1>{{body}}</main></body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}

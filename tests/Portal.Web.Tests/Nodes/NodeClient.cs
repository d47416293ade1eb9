using System.Net;
using Portal.Web.Tests.Security;

namespace Portal.Web.Tests.Nodes;

/// <summary>A browser talking to one node over real HTTP; its cookies can be carried to another node, as a load balancer would.</summary>
public sealed class NodeClient : IDisposable
{
    private readonly HttpClient _client;

    public NodeClient(Uri baseAddress, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        BaseAddress = baseAddress;
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _client;

    /// <summary>The same cookies sent to another node.</summary>
    public NodeClient On(Uri otherNode)
    {
        var moved = new CookieContainer();
        foreach (Cookie cookie in Cookies.GetAllCookies())
        {
            moved.Add(otherNode, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        }

        return new NodeClient(otherNode, moved);
    }

    public async Task<HttpResponseMessage> SignInAsync(string tenant, string user, string password, string? forwardedFor = null)
    {
        var page = await _client.GetStringAsync($"/{tenant}/account/login");
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/{tenant}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = Browser.Token(page),
            }),
        };
        if (forwardedFor is not null)
        {
            post.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await _client.SendAsync(post);
    }

    public void Dispose() => _client.Dispose();
}

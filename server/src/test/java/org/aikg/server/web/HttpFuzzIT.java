package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the HTTP surface of a running server (endpoint and web application over the sample corpus) with a
 * seeded generator of odd request lines, paths, query strings and Accept headers, sent as raw bytes so that
 * nothing is cleaned up on the way: no answer may be a 5xx. The seed and count can be changed with
 * {@code -Daikg.fuzz.seed=N -Daikg.fuzz.requests=N}; a failure names the seed and the request to replay.
 */
class HttpFuzzIT {
    private static final long SEED = Long.getLong("aikg.fuzz.seed", 20261209L);
    private static final int REQUESTS = Integer.getInteger("aikg.fuzz.requests", 1500);

    @TempDir
    static Path tempDir;

    private static WebFixture fixture;
    private static String doc;

    @BeforeAll
    static void start() throws IOException {
        fixture = WebFixture.start(tempDir);
        doc = "/doc/" + fixture.document("04-prompt-injection-notes").substring("https://w3id.org/aikg/doc/".length());
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Sends one raw request and returns its status code (-1 when the server closed without an answer). */
    private static int send(String method, String target, String accept) throws IOException {
        int port = Integer.parseInt(fixture.url("/").replaceAll("^http://[^:]+:(\\d+)/.*$", "$1"));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n");
            if (accept != null) {
                head.append("Accept: ").append(accept).append("\r\n");
            }
            head.append("Connection: close\r\n");
            if (method.equals("POST")) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            in.transferTo(OutputStream.nullOutputStream());
            String status = line.toString(StandardCharsets.ISO_8859_1);
            String[] parts = status.split(" ");
            return parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : -1;
        }
    }

    @Test
    void noRequestGetsA5xx() throws IOException {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String method = pick(random, "GET", "GET", "GET", "HEAD", "POST", "OPTIONS");
            String target = path(random) + queryString(random);
            String accept = random.nextInt(6) == 0 ? null : accept(random);
            int status = send(method, target, accept);
            if (status >= 500) {
                failures.add(status + " for " + method + " " + target + " Accept: " + accept);
            }
        }
        assertTrue(failures.isEmpty(), "seed " + SEED + ": " + failures.size() + " answers were 5xx:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static final String[] PATHS = {"/", "/query", "/search", "/api/search", "/api/graph", "/api/queries",
            "/entity", "/document", "/id/organization/openai", "/id/model/gpt-4", "/id/", "/id", "/doc/", "/doc",
            "/static/app.js", "/static/", "/webjars/", "/health", "/$/ping", "/aikg/sparql", "/aikg/query", "/aikg/get",
            "/aikg", "/nowhere", "/ingest", "/corrections"};

    private static String path(Random r) {
        String base = r.nextInt(5) == 0 ? doc : PATHS[r.nextInt(PATHS.length)];
        return switch (r.nextInt(8)) {
            case 0 -> base + "/" + junk(r, true);
            case 1 -> base + junk(r, true);
            case 2 -> base.replace("/", "//");
            case 3 -> base + "/%2e%2e/%2e%2e/etc/passwd";
            case 4 -> base + "/" + "x".repeat(r.nextInt(3000));
            default -> base;
        };
    }

    private static final String[] PARAMS = {"iri", "q", "type", "depth", "format", "query", "timeout", "graph", "default",
            "limit", "output", "callback", "stylesheet", "force-accept"};

    private static String queryString(Random r) {
        int n = r.nextInt(4);
        if (n == 0) {
            return r.nextInt(10) == 0 ? "?" : "";
        }
        StringBuilder b = new StringBuilder("?");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(r.nextInt(8) == 0 ? ";" : "&");
            }
            b.append(r.nextInt(10) == 0 ? junk(r, false) : PARAMS[r.nextInt(PARAMS.length)]);
            if (r.nextInt(6) != 0) {
                b.append('=').append(value(r));
            }
        }
        return b.toString();
    }

    private static final String[] VALUES = {"https://w3id.org/aikg/id/organization/openai", "openai", "Model", "2",
            "-1", "99999999999999999999", "ttl", "rdfxml", "nonsense", "SELECT%20*%20%7B%20?s%20?p%20?o%20%7D%20LIMIT%201",
            "ASK%7B%7D", "SELECT", "%7B", "1.5", "NaN", "javascript:alert(1)", "", "%", "%zz", "%00", "%C0%AF", "%ED%A0%80",
            "SELECT%20*%20%7B%20SERVICE%20%3Chttp://127.0.0.1:9/%3E%20%7B%7D%20%7D", "json", "text", "0"};

    private static String value(Random r) {
        return r.nextInt(5) == 0 ? junk(r, false) : VALUES[r.nextInt(VALUES.length)];
    }

    /** Characters a request target may carry raw, and some it may not (percent-encoded or not). */
    private static String junk(Random r, boolean inPath) {
        String alphabet = "abcXYZ019-._~!$&'()*+,;=:@/%?#[]\"<>\\^`{|} ";
        int len = 1 + r.nextInt(20);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            int k = r.nextInt(10);
            if (k == 0) {
                b.append(String.format("%%%02X", r.nextInt(256)));
            } else if (k == 1) {
                b.append((char) (0x80 + r.nextInt(0x80)));  // a raw byte above ASCII
            } else {
                char c = alphabet.charAt(r.nextInt(alphabet.length()));
                // A space or '#' would end or cut the request target; encode those, keep the rest raw.
                b.append(c == ' ' || c == '#' || (!inPath && c == '&') ? "%20" : String.valueOf(c));
            }
        }
        return b.toString();
    }

    private static final String[] RANGES = {"text/html", "text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "application/trig", "application/n-quads", "application/json", "*/*", "text/*",
            "application/*", "image/png", "application/sparql-results+json", "text/csv", "application/xhtml+xml",
            ";", ",", "text/", "/", "*/html", "**", "a/b/c", "=", "text/turtle;q=", "text/turtle;q=abc", "text/turtle;q=2",
            ";q=1", "text/html;level=\"x", "\t", "\u00e9/\u00e9", "text/turtle;charset=utf-8", "*/*;q=0"};

    private static String accept(Random r) {
        int n = 1 + r.nextInt(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(pick(r, ",", ", ", ";", ",,", " "));
            }
            b.append(RANGES[r.nextInt(RANGES.length)]);
            if (r.nextInt(4) == 0) {
                b.append(";q=").append(pick(r, "0.5", "1", "0", "1.0001", "-1", "", "x", "0.123456"));
            }
        }
        return b.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}

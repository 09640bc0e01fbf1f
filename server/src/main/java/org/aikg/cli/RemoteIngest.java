package org.aikg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;

/**
 * The client of a serving aikg's {@code POST /ingest}: sends each file with its identity path (the same
 * one a local ingest would give it) and the write token, and adds up the answers into the report a local
 * ingest prints. A file the server cannot read is a failure with the server's reason; a server that
 * cannot be reached, or refuses the token, stops the run.
 *
 * <p>Not thread-safe; one per run.
 */
final class RemoteIngest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String token;
    private final long maxBytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param server   the server's base URL ({@code http://127.0.0.1:3030})
     * @param token    the write token
     * @param maxBytes files larger than this are refused here, as a local ingest would
     */
    RemoteIngest(String server, String token, long maxBytes) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.endpoint = URI.create(base + "/ingest");
        this.token = token;
        this.maxBytes = maxBytes;
    }

    IngestReport ingest(List<Path> paths, Path root, IngestListener listener) {
        long t0 = System.nanoTime();
        org.aikg.ingest.SourceWalk.Found found = org.aikg.ingest.SourceWalk.walk(paths, root);
        List<Ingester.Source> files = found.sources();
        listener.started(files.size());
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        long entities = 0;
        long relations = 0;
        List<IngestReport.Failure> failures = new ArrayList<>(found.failures());
        for (Ingester.Source f : files) {
            IngestReport.FileResult r = send(f);
            switch (r.outcome()) {
                case "added" -> added++;
                case "replaced" -> replaced++;
                case "unchanged" -> unchanged++;
                default -> failures.add(new IngestReport.Failure(f.file(), r.error()));
            }
            entities += r.entities();
            relations += r.relations();
            listener.finished(f.file(), r);
        }
        return new IngestReport(added, replaced, unchanged, entities, relations, failures, found.skipped(),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    private IngestReport.FileResult send(Ingester.Source f) {
        byte[] bytes;
        try {
            if (Files.size(f.file()) > maxBytes) {
                return failed(f.file() + ": file too large: " + Files.size(f.file()) + " bytes, the limit is " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(f.file());
        } catch (IOException e) {
            return failed(f.file() + ": cannot read: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + token)
                .header("X-Aikg-Path", f.identity())
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AikgException(endpoint + ": cannot reach the server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AikgException("ingest interrupted", e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 404 || response.statusCode() == 405) {
            throw new AikgException(endpoint + ": the server takes no documents (HTTP " + response.statusCode()
                    + (response.statusCode() == 401 ? ", wrong or missing write token" : ", started without --write-token")
                    + ")");
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 200) {
                return new IngestReport.FileResult(body.path("outcome").asText(), body.path("entities").asInt(),
                        body.path("relations").asInt(), null);
            }
            String error = body.path("error").asText("HTTP " + response.statusCode());
            return failed(error.startsWith(f.identity()) ? f.file() + error.substring(f.identity().length()) : error);
        } catch (IOException e) {
            return failed(f.file() + ": the server answered HTTP " + response.statusCode() + " without a report");
        }
    }

    private static IngestReport.FileResult failed(String reason) {
        return new IngestReport.FileResult("failed", 0, 0, reason);
    }
}

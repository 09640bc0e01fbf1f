package org.aikg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /ingest}: adds or replaces one document while the server answers queries.
 *
 * <p>The request carries the document's bytes as its body and its identity path (the path under the
 * folder it belongs to, {@code newsletters/issue-12.md}) in the {@code X-Aikg-Path} header or the
 * {@code path} query parameter, and {@code Authorization: Bearer TOKEN}. The token is compared in
 * constant time. Answers are JSON: 200 {@code {"path","outcome":"added|replaced|unchanged","entities",
 * "relations"}}; 422 {@code {"path","outcome":"failed","error"}} when the content cannot be read (the
 * same reasons a local ingest gives); 400 without a path; 401 without the right token; 413 over the
 * size limit; 405 for other methods.
 *
 * <p>Thread-safety: stateless apart from the sink, which is thread-safe.
 */
final class IngestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IngestServlet.class);

    private final transient DocumentSink sink;
    private final transient BearerToken token;
    private final long maxBytes;

    IngestServlet(DocumentSink sink, BearerToken token, long maxBytes) {
        this.sink = sink;
        this.token = token;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!token.accepts(request)) {
            token.refuse(response);
            return;
        }
        String path = request.getHeader("X-Aikg-Path");
        if (path == null || path.isBlank()) {
            path = request.getParameter("path");
        }
        if (path == null || path.isBlank()) {
            send(response, 400, Map.of("error", "name the document: X-Aikg-Path header or ?path=folder/name.md"));
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            send(response, 413, Map.of("path", path, "outcome", "failed",
                    "error", path + ": file too large: " + declared + " bytes, the limit is " + maxBytes + " bytes"));
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            send(response, 413, Map.of("path", path, "outcome", "failed",
                    "error", path + ": file too large: more than " + maxBytes + " bytes"));
            return;
        }
        try {
            IngestReport.FileResult r = sink.accept(path, body);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("path", path);
            out.put("outcome", r.outcome());
            out.put("entities", r.entities());
            out.put("relations", r.relations());
            send(response, 200, out);
        } catch (org.aikg.ingest.store.DiskFullException e) {
            // the server's disk, not the document: 507 Insufficient Storage, and the server goes on serving reads
            send(response, 507, Map.of("path", path, "outcome", "failed", "error", String.valueOf(e.getMessage())));
        } catch (AikgException e) {
            send(response, 422, Map.of("path", path, "outcome", "failed", "error", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.warn("ingest of {} failed", path, e);
            send(response, 500, Map.of("path", path, "outcome", "failed", "error", path + ": extraction failed: " + e));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        send(response, 405, Map.of("error", "POST a document to ingest it"));
    }

    private static void send(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
        CorrectionsServlet.send(response, status, body);
    }

}

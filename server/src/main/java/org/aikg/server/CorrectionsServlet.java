package org.aikg.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.server.web.Responses;

/**
 * {@code POST /corrections}: a user with the write token rejects a fact or adds one. The body is JSON:
 * {@code {"verdict":"rejected"|"added","subject":IRI,"predicate":IRI,"object":IRI,"by":"name","why":"..."}}.
 * Answers 200 {@code {"ok":true}}, 400 with the reason for a malformed correction, 401 without the token.
 * Corrections live in their own graph with who and when, and outrank extraction: see
 * {@link KnowledgeStore#correct}.
 *
 * <p>Thread-safety: stateless apart from the sink, which is thread-safe.
 */
final class CorrectionsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    private final transient CorrectionSink sink;
    private final transient BearerToken token;

    CorrectionsServlet(CorrectionSink sink, BearerToken token) {
        this.sink = sink;
        this.token = token;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!token.accepts(request)) {
            token.refuse(response);
            return;
        }
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            body = JSON.readTree(in.readNBytes(MAX_BODY));
        } catch (IOException e) {
            send(response, 400, Map.of("error", "the body must be a JSON object: " + e.getMessage()));
            return;
        }
        if (body == null || !body.isObject()) {
            send(response, 400, Map.of("error", "the body must be a JSON object"));
            return;
        }
        try {
            sink.correct(new KnowledgeStore.Correction(text(body, "verdict"), text(body, "subject"), text(body, "predicate"),
                    text(body, "object"), text(body, "by"), text(body, "why")));
            send(response, 200, Map.of("ok", true));
        } catch (AikgException e) {
            send(response, 400, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A JSON answer of the write API: never cached. */
    static void send(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Responses.json(response, status, body);
    }
}

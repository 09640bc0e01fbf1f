package org.aikg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * The write token of a serving aikg: a request carries it as {@code Authorization: Bearer TOKEN}. Tokens
 * are compared as SHA-256 digests with {@link MessageDigest#isEqual}, in constant time, so an answer's
 * timing says nothing of the token.
 *
 * <p>Immutable and thread-safe.
 */
final class BearerToken {
    private final byte[] digest;

    BearerToken(String token) {
        if (token == null || token.length() < 8) {
            throw new IllegalArgumentException("a write token must have at least 8 characters");
        }
        this.digest = sha256(token);
    }

    boolean accepts(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
        return MessageDigest.isEqual(digest, sha256(given));
    }

    void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"aikg\"");
        CorrectionsServlet.send(response, 401, Map.of("error", "a write token is needed: Authorization: Bearer TOKEN"));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

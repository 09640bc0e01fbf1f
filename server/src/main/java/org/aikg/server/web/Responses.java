package org.aikg.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the web application's responses with the headers they all need.
 *
 * <p>Thread-safety: stateless apart from a thread-safe Jackson mapper.
 */
public final class Responses {

    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    /** An HTML page (UTF-8) with a strict content security policy. */
    static void html(HttpServletResponse response, int status, String html) throws IOException {
        response.setHeader("Content-Security-Policy", Html.CONTENT_SECURITY_POLICY);
        body(response, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A value as JSON. */
    public static void json(HttpServletResponse response, int status, Object value) throws IOException {
        body(response, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    /** The "nothing here" page. */
    static void notFound(HttpServletResponse response, String what) throws IOException {
        html(response, HttpServletResponse.SC_NOT_FOUND, Pages.message("Not found", what));
    }

    /** A bad request, as a page. */
    static void badRequest(HttpServletResponse response, String why) throws IOException {
        html(response, HttpServletResponse.SC_BAD_REQUEST, Pages.message("Bad request", why));
    }

    static void body(HttpServletResponse response, int status, String contentType, byte[] bytes) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-cache");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

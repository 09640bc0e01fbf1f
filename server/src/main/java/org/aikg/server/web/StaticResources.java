package org.aikg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from one classpath folder: the application's own ({@code aikg/web/} at {@code /static/}) and the
 * WebJars' ({@code META-INF/resources/webjars/} at {@code /webjars/}).
 *
 * <p>Only files with a known extension are served, and paths with {@code ..}, backslashes or empty segments
 * are refused, so nothing outside the folder (nor a folder listing) can be reached. WebJar URLs carry the
 * version, so they are cached for a year; the application's own files are revalidated by ETag.
 * Files are read once and kept in memory (they are few and small).
 *
 * <p>Thread-safety: safe for concurrent requests (a concurrent map caches the files).
 */
final class StaticResources extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8",
            "json", "application/json; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "woff2", "font/woff2", "woff", "font/woff", "ico", "image/x-icon");

    private record Resource(byte[] bytes, String contentType, String etag) {
    }

    private final String folder;
    private final boolean immutable;
    private final transient Map<String, Resource> cache = new ConcurrentHashMap<>();

    /**
     * @param folder    classpath folder, ending with a slash
     * @param immutable whether the URLs are versioned (cache for a year) or not (revalidate each time)
     */
    StaticResources(String folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Resource> found = find(request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Resource r = found.get();
        response.setHeader("ETag", r.etag());
        response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
        if (r.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Responses.body(response, HttpServletResponse.SC_OK, r.contentType(), r.bytes());
    }

    private Optional<Resource> find(String path) {
        if (path == null || !path.startsWith("/") || path.contains("..") || path.contains("\\")
                || path.contains("//") || path.endsWith("/")) {
            return Optional.empty();
        }
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1));
        if (type == null) {
            return Optional.empty();
        }
        // Only files that exist are cached, so requests for made-up paths cannot grow the map.
        Resource cached = cache.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Resource> loaded = load(folder + path.substring(1), type);
        loaded.ifPresent(r -> cache.put(path, r));
        return loaded;
    }

    private static Optional<Resource> load(String resource, String type) {
        URL url = StaticResources.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String etag = "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
            return Optional.of(new Resource(bytes, type, etag));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

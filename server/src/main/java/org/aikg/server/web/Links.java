package org.aikg.server.web;

import java.util.Optional;

import org.aikg.ontology.AIKG;

/**
 * Maps between aikg IRIs and the server's own paths: {@code https://w3id.org/aikg/id/{type}/{key}} is served at
 * {@code /id/{type}/{key}} and {@code https://w3id.org/aikg/doc/{slug}} at {@code /doc/{slug}}; any other IRI
 * is shown at {@code /entity?iri=...}.
 *
 * <p>Thread-safety: stateless.
 */
final class Links {

    static final String ID_PATH = "/id/";
    static final String DOC_PATH = "/doc/";

    private Links() {
    }

    /** The local URL (path and query, not escaped for HTML) of the page about {@code iri}. */
    static String page(String iri) {
        if (iri.startsWith(AIKG.ID_BASE) && isPlainPath(iri.substring(AIKG.ID_BASE.length()))) {
            return ID_PATH + iri.substring(AIKG.ID_BASE.length());
        }
        if (iri.startsWith(AIKG.DOC_BASE) && isPlainPath(iri.substring(AIKG.DOC_BASE.length()))) {
            return DOC_PATH + iri.substring(AIKG.DOC_BASE.length());
        }
        return "/entity?iri=" + Html.param(iri);
    }

    /**
     * The IRI a local linked-data path stands for.
     *
     * @param servletPath {@link #ID_PATH} or {@link #DOC_PATH} without the trailing slash
     * @param pathInfo    the rest of the path, starting with a slash
     */
    static Optional<String> iri(String servletPath, String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || !isPlainPath(pathInfo.substring(1))) {
            return Optional.empty();
        }
        String base = (servletPath + "/").equals(ID_PATH) ? AIKG.ID_BASE
                : (servletPath + "/").equals(DOC_PATH) ? AIKG.DOC_BASE : null;
        return base == null ? Optional.empty() : Optional.of(base + pathInfo.substring(1));
    }

    // Only characters that need no escaping in a path: anything else goes through /entity?iri=.
    private static boolean isPlainPath(String s) {
        if (s.isEmpty() || s.contains("//") || s.contains("..")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '/' || c == '~';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}

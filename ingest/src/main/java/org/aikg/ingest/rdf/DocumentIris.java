package org.aikg.ingest.rdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.aikg.ontology.AIKG;

/**
 * Mints document IRIs and content hashes. A document's IRI depends only on its absolute path, so
 * re-ingesting a file, changed or not, addresses the same graph.
 *
 * <p>Thread-safety: stateless.
 */
public final class DocumentIris {
    private DocumentIris() {}

    /** {@code DOC_BASE + slug(file name) + "-" + 8 hex of SHA-256(absolute path)}. */
    public static String documentIri(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "document" : abs.getFileName().toString();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        String hash = sha256(abs.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        return AIKG.DOC_BASE + (slug.isEmpty() ? "document" : slug) + "-" + hash;
    }

    /** {@code sha256:<64 hex>} of the bytes. */
    public static String contentHash(byte[] bytes) {
        return "sha256:" + sha256(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

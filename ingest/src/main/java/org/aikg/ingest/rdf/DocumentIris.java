package org.aikg.ingest.rdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.aikg.ontology.AIKG;

/**
 * Mints document identities, IRIs and content hashes.
 *
 * <p>A document's <em>identity</em> is where it lives on the web when it says so (a canonical URL), and
 * otherwise its path relative to a source root, with {@code /} between folders: by default the parent of
 * the folder given to ingest, so the folder's own name is part of it ({@code seeds/post.md}), or for a
 * file given by itself its folder and name ({@code laion-blog/leo-lm.md}). The IRI is derived from the
 * identity, so moving a folder, or ingesting one post twice from two copies, addresses the same graph,
 * and no absolute path of the ingesting machine is ever written.
 *
 * <p>Thread-safety: stateless.
 */
public final class DocumentIris {
    private DocumentIris() {}

    /** The IRI of the document at {@code file}, given by itself: {@link #documentIri(String, String)} of its identity. */
    public static String documentIri(Path file) {
        String id = identity(file);
        return documentIri(id, id);
    }

    /**
     * {@code DOC_BASE + slug(last segment of path) + "-" + 8 hex of SHA-256(identity)}: the identity is the
     * canonical URL when there is one, else {@code path}.
     */
    public static String documentIri(String path, String identity) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        String hash = sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        return AIKG.DOC_BASE + (slug.isEmpty() ? "document" : slug) + "-" + hash;
    }

    /**
     * The IRI of {@code doc}: from its canonical URL when it has one, else from its identity path (for a
     * feed entry, the feed's path and the entry's fragment); the slug is the file's name.
     */
    public static String documentIri(org.aikg.ingest.read.Document doc) {
        String path = identity(doc.path());
        return documentIri(sourceOf(path), doc.metadata().url().orElse(path));
    }

    /**
     * The fragment a feed entry's identity path ends with ({@code FeedReader}: '#' and eight hex digits of
     * the entry's hash); a file's own name that holds a '#' does not end so ("a#x.md").
     */
    public static final java.util.regex.Pattern ENTRY_FRAGMENT = java.util.regex.Pattern.compile("#[0-9a-f]{8}$");

    /** The {@code dcterms:source} of a document at identity {@code path}: the file, without an entry's fragment. */
    public static String sourceOf(String path) {
        // only a feed entry's fragment is cut: "notes#2.md" is a file's own name
        java.util.regex.Matcher m = ENTRY_FRAGMENT.matcher(path);
        return m.find() ? path.substring(0, m.start()) : path;
    }

    /**
     * The identity path of {@code file}: a relative path as it is (with {@code /}), an absolute one as its
     * folder's name and its own ({@code laion-blog/leo-lm.md}).
     */
    public static String identity(Path file) {
        Path p = file.normalize();
        if (p.isAbsolute()) {
            int n = p.getNameCount();
            p = n >= 2 ? p.subpath(n - 2, n) : p.getFileName() == null ? Path.of("document") : p.getFileName();
        }
        StringBuilder b = new StringBuilder();
        for (Path part : p) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    /**
     * The identity path of {@code file} found under {@code root}: its path relative to the root, or, when
     * it is not under it, {@link #identity(Path)}.
     */
    public static String identity(Path file, Path root) {
        Path f = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return f.startsWith(r) && !f.equals(r) ? identity(r.relativize(f)) : identity(f);
    }

    /** The default source root of a path given to ingest: a folder's parent, a file's folder's parent. */
    public static Path defaultRoot(Path given) {
        Path abs = given.toAbsolutePath().normalize();
        Path folder = java.nio.file.Files.isDirectory(abs) ? abs : abs.getParent();
        if (folder == null) {
            return abs;
        }
        return folder.getParent() == null ? folder : folder.getParent();
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

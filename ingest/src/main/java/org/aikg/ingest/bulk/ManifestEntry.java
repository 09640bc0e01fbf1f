package org.aikg.ingest.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aikg.ingest.AikgException;

/**
 * One line of a bulk build's manifest (JSON lines, one per document, or one per file that could not be
 * read): what became of the document, so that failures are listed, never lost, and a later run can skip what
 * is unchanged.
 *
 * @param path     the file as the build saw it (a Hadoop path: {@code file:/...}, {@code hdfs://...})
 * @param identity the document's identity path under its source root, as a local {@code aikg ingest} of the
 *                 same folder names it ({@code corpus/post.md}; a feed entry adds its fragment)
 * @param hash     {@code sha256:<hex>} of the file's bytes (the key a re-run skips on)
 * @param iri      the document's IRI (its graph), null when the file failed
 * @param status   {@link #EXTRACTED}, {@link #UNCHANGED} (skipped: the same identity and hash are in an
 *                 earlier manifest) or {@link #FAILED}
 * @param quads    how many quads extraction gave the document's graph (before the entity labels are joined)
 * @param reason   why the file failed, as a local ingest words it; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String path, String identity, String hash, String iri, String status, int quads,
                            String reason) implements java.io.Serializable {
    public static final String EXTRACTED = "extracted";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public ManifestEntry {
        if (!EXTRACTED.equals(status) && !UNCHANGED.equals(status) && !FAILED.equals(status)) {
            throw new AikgException("a manifest entry's status is extracted, unchanged or failed, not " + status);
        }
    }

    /** Whether the document is in the graph (extracted now, or by an earlier run). */
    public boolean stored() {
        return !FAILED.equals(status);
    }

    /** The entry as one line of JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new AikgException("cannot write a manifest entry: " + e.getMessage(), e);
        }
    }

    /** Reads one line of a manifest. */
    public static ManifestEntry parse(String line) {
        try {
            return JSON.readValue(line, ManifestEntry.class);
        } catch (JsonProcessingException e) {
            throw new AikgException("not a manifest line: " + e.getOriginalMessage(), e);
        }
    }
}

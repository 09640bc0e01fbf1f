package org.aikg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reading the project's data files (rule books, cue books, lists of implausible names): a classpath
 * resource's text, its YAML bound to records with every unknown key refused, and the line that holds an
 * entry, so that a fault is reported at its file, line and column ({@link AikgException#at}).
 *
 * <p>Thread-safety: stateless; the mapper is thread-safe once configured.
 */
public final class DataFiles {
    private DataFiles() {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The text of a classpath resource, read as UTF-8; {@code what} names it in errors ("rule book").
     *
     * @throws AikgException when the resource is missing or cannot be read
     */
    public static String resource(String resource, String what) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AikgException(what + " " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AikgException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code yaml} bound to {@code type}; {@code file} only names it in errors.
     *
     * @throws AikgException with the file, line and column of the fault (an unknown key among them)
     */
    public static <T> T readYaml(String yaml, Path file, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw AikgException.at(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    e.getOriginalMessage());
        }
    }

    /**
     * The line (from 1) of the entry {@code id}: a list item's {@code id: ...} or a map's {@code id:} key;
     * 1 when there is none. Looked up only when a fault is reported: a scan per entry made loading quadratic.
     */
    public static int lineOf(String yaml, String id) {
        if (id == null) {
            return 1;
        }
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*-?\\s*id:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*")
                    || lines[i].matches("\\s*" + Pattern.quote(id) + ":.*")) {
                return i + 1;
            }
        }
        return 1;
    }
}

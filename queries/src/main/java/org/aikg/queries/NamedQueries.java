package org.aikg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalogue of named SPARQL queries shipped with aikg, and the way to load a query by name or from a file.
 *
 * <p>The shipped queries are the {@code *.rq} files at the top of the queries module, packaged as classpath
 * resources under {@value #RESOURCE_DIR}. A class loader cannot list a directory inside a jar, so the
 * names come from the index file {@value #INDEX} (one name a line, {@code #} comments allowed), which a
 * test keeps in step with the files.
 *
 * <p>Thread-safety: immutable once built; {@link #shipped()} returns one shared instance, built on first use.
 */
public final class NamedQueries {

    /** Classpath folder of the shipped queries. */
    public static final String RESOURCE_DIR = "aikg/queries/";
    /** Classpath resource listing the shipped query names. */
    public static final String INDEX = RESOURCE_DIR + "index.txt";

    private final Map<String, NamedQuery> byName;

    private NamedQueries(Map<String, NamedQuery> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    private static final class Shipped {
        static final NamedQueries INSTANCE = load(NamedQueries.class.getClassLoader());
    }

    /**
     * The queries shipped on this library's classpath.
     *
     * @throws IllegalStateException if the index or a query it names is missing (a packaging error)
     */
    public static NamedQueries shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * Loads the queries that {@value #INDEX} names from a class loader.
     *
     * @param loader where to look for the index and the queries
     * @return the catalogue
     * @throws IllegalStateException if the index or a query it names is missing
     * @throws UncheckedIOException  if a resource cannot be read
     */
    public static NamedQueries load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        String index = resource(loader, INDEX)
                .orElseThrow(() -> new IllegalStateException("query index " + INDEX + " not on the classpath"));
        Map<String, NamedQuery> queries = new TreeMap<>();
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String path = RESOURCE_DIR + name + NamedQuery.EXTENSION;
            String text = resource(loader, path).orElseThrow(
                    () -> new IllegalStateException(INDEX + " names " + name + " but " + path + " is missing"));
            queries.put(name, NamedQuery.parse(name, text));
        }
        return new NamedQueries(queries);
    }

    /** All queries, ordered by name. */
    public List<NamedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The query names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * Looks up a shipped query.
     *
     * @param name a name, with or without the {@code .rq} extension
     * @return the query, or empty if none has that name
     */
    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(byName.get(NamedQuery.baseName(name)));
    }

    /**
     * Looks up a shipped query.
     *
     * @param name a name, with or without the {@code .rq} extension
     * @return the query
     * @throws IllegalArgumentException if no shipped query has that name; the message lists the names
     */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no query named '" + name + "'; the queries are: " + String.join(", ", byName.keySet())));
    }

    /**
     * Loads a query from a file if {@code nameOrPath} names an existing file, else the shipped query of
     * that name. A file wins so that a user can copy a shipped query, edit its parameters and run the copy
     * under the same name.
     *
     * @param nameOrPath a file path or a query name
     * @return the query
     * @throws IllegalArgumentException if it is neither a file nor a shipped query's name
     * @throws UncheckedIOException     if the file cannot be read
     */
    public NamedQuery resolve(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        return get(nameOrPath);
    }

    /**
     * Reads a query file; its name is the file name without {@code .rq}.
     *
     * @param file the file, UTF-8
     * @return the query
     * @throws UncheckedIOException if the file cannot be read
     */
    public static NamedQuery read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return NamedQuery.parse(String.valueOf(file.getFileName()), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file, e);
        }
    }

    private static Optional<String> resource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    @Override
    public String toString() {
        return "NamedQueries" + new ArrayList<>(byName.keySet());
    }
}

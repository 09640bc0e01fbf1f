package org.aikg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Locates the files of the npm WebJars on the classpath, so that pages can link to a versioned URL
 * ({@code /webjars/{name}/{version}/...}) that may be cached for good.
 *
 * <p>Thread-safety: stateless.
 */
final class WebJars {

    private WebJars() {
    }

    /**
     * The version of an {@code org.webjars.npm} WebJar on the classpath.
     *
     * @throws IllegalStateException if the WebJar is missing (a packaging error)
     */
    static String version(String name) {
        String path = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + name + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            if (v == null) {
                throw new IllegalStateException(path + " has no version");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The local URL of a file in a WebJar, e.g. {@code url("cytoscape", "dist/cytoscape.min.js")}. */
    static String url(String name, String file) {
        return "/webjars/" + name + "/" + version(name) + "/" + file;
    }
}

package org.aikg.server;

import java.time.Duration;

/**
 * Command-line load test of the server's memory use; see {@link LoadRun}. Arguments, all optional:
 * {@code seconds clients triples outputBufferSize} (outputBufferSize 0 = Fuseki's default, to reproduce
 * apache/jena#4084). Defaults: 60 s, 8 clients, 5000 triples, {@link AikgServer#DEFAULT_OUTPUT_BUFFER_SIZE}.
 *
 * <p>Run from the repository root (a forked {@code java}, so that only this process is measured; the
 * exec-maven-plugin is not available offline here):
 * <pre>
 * mvn -B -q -o -pl server test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test-cp.txt
 * java -Xmx2g -cp server/target/test-classes:server/target/classes:$(cat server/target/test-cp.txt) \
 *     org.aikg.server.LoadTest 60 8 5000 65536
 * </pre>
 * The JUnit version of the same run is {@link ServerMemoryIT}.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        AikgServer.configureLogging(false);
        LoadRun.Config defaults = LoadRun.Config.fromSystemProperties();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : defaults.clients();
        int triples = args.length > 2 ? Integer.parseInt(args[2]) : defaults.triples();
        int buffer = args.length > 3 ? Integer.parseInt(args[3]) : defaults.outputBufferSize();
        LoadRun.Config config = new LoadRun.Config(triples, clients, Duration.ofSeconds(seconds), buffer,
                defaults.maxRequestsPerClient());
        LoadRun.Result result = LoadRun.run(config, System.out);
        System.out.println(result.summary());
    }
}

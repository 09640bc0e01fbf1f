package org.aikg.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

import org.aikg.server.query.QueryPolicy;
import org.aikg.server.web.WebApp;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only SPARQL server over an aikg dataset: embedded Fuseki with the settings aikg needs.
 *
 * <p>The dataset is served at {@code /aikg}:
 * <ul>
 *   <li>{@code /aikg/sparql} and {@code /aikg/query}: SPARQL query (GET and POST);</li>
 *   <li>{@code /aikg/get}: SPARQL graph store protocol, read only ({@code ?graph=IRI} or {@code ?default});</li>
 *   <li>{@code /aikg} itself: query ({@code ?query=}) and graph store reads;</li>
 *   <li>{@code /health}: {@code {"status":"ok",...}} (see {@link HealthServlet}); {@code /$/ping} is Fuseki's own;</li>
 *   <li>{@code /} and the other paths of the web application ({@link WebApp}: query page, search, entity and
 *       document pages, linked data), unless {@link Builder#webApp(boolean) webApp(false)}.</li>
 * </ul>
 * With {@link Builder#writes writes(...)}, {@code POST /ingest} takes documents (with a bearer token) while
 * queries run, each written in one transaction ({@link IngestServlet}). There is no SPARQL update, upload or
 * graph store write endpoint; such requests are refused by Fuseki
 * (404 for {@code /aikg/update} and {@code /aikg/upload}, 405 for PUT, POST and DELETE of graphs,
 * 400 or 415 for an update sent to a query endpoint).
 *
 * <p><b>Union default graph.</b> The default graph seen by queries is the union of all named graphs.
 * For a TDB2 dataset this is TDB2's own mechanism: {@link TDB2#symUnionDefaultGraph} is set in the context
 * of each query endpoint (not in the dataset's context, so the caller's dataset is not modified), and TDB2's
 * query engine then evaluates default-graph patterns over all named graphs. Any other {@link DatasetGraph}
 * is served through a {@link UnionDefaultGraphView}, whose default graph is the base dataset's union graph.
 * The graph store protocol reads the default graph ({@code GET /aikg/get?default}) through
 * {@code getDefaultGraph()}, which is also the union in both cases (for TDB2 via a thin wrapper that ARQ
 * unwraps for queries, so TDB2's engine still runs them).
 *
 * <p><b>Limits.</b> Queries time out after {@link #DEFAULT_QUERY_TIMEOUT} unless configured
 * ({@link ARQ#queryTimeout} in the endpoint context; a client may ask for less with {@code ?timeout=}).
 * A query cut off before its first results are sent gets 503; one cut off while results stream out ends
 * in a truncated response, since the 200 status has already gone.
 * The Jetty connector's output buffer is {@link #DEFAULT_OUTPUT_BUFFER_SIZE}: Fuseki 5.6 configures 5 MiB, which
 * is larger than anything Jetty's default buffer pool keeps, so every response allocates a fresh direct
 * buffer that is freed only when a GC collects it; with a large heap GCs are rare and direct memory grows by
 * gigabytes under concurrent load (apache/jena#4084, fixed in Jena 6). A buffer of at most 64 KiB is pooled
 * and reused; it also made the server faster in our load test.
 *
 * <p><b>No requests from queries.</b> Queries are checked against a {@link QueryPolicy} ({@link PolicedQuery}):
 * by default a query with {@code SERVICE} (also {@code SERVICE SILENT}) or a {@code <java:...>} function is
 * answered 403 and not run, and the execution context refuses both again at run time, so a query cannot make
 * the server fetch URLs or load classes ({@link Builder#queryPolicy}).
 *
 * <p><b>Network.</b> The server binds to {@link #DEFAULT_HOST} (loopback) unless another host is given.
 *
 * <p><b>Logging.</b> Fuseki logs every request at INFO; {@link #configureLogging(boolean)} (applied with
 * {@code false} when this class is loaded) sets Fuseki's and Jetty's loggers to WARN for slf4j-simple.
 * slf4j-simple fixes a logger's level when the logger is created, and Jena creates Fuseki's loggers when it
 * initializes (on first use of TDB2, ARQ, ...), so a main method should call it before touching Jena.
 *
 * <p>Thread-safety: {@link #start()}, {@link #stop()} and {@link #close()} may be called from any thread
 * and are serialized; the server itself serves requests concurrently. The dataset must support concurrent
 * read transactions (TDB2 and Jena's in-memory transactional datasets do).
 */
public final class AikgServer implements AutoCloseable {

    /** The path the dataset is served under. */
    public static final String DATASET_PATH = "/aikg";
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;
    /** The default bind address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default overall query timeout. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** The default output buffer size of the HTTP connector, in bytes. */
    public static final int DEFAULT_OUTPUT_BUFFER_SIZE = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(AikgServer.class);

    static {
        configureLogging(false);
    }

    private final FusekiServer fuseki;
    private final String host;
    private final int configuredPort;
    private final Object lock = new Object();
    private boolean started;
    private boolean stopped;

    private AikgServer(FusekiServer fuseki, String host, int configuredPort) {
        this.fuseki = fuseki;
        this.host = host;
        this.configuredPort = configuredPort;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets slf4j-simple log levels for Fuseki and Jetty: WARN when {@code verbose} is false, INFO otherwise.
     * slf4j-simple reads a logger's level when the logger is created, so this only takes effect if it runs
     * before Jena initializes Fuseki (call it first thing in a main method). An explicit
     * {@code -Dorg.slf4j.simpleLogger.log...} setting is kept when {@code verbose} is false.
     */
    public static void configureLogging(boolean verbose) {
        String level = verbose ? "info" : "warn";
        for (String name : new String[] {
                "org.apache.jena.fuseki.Fuseki", "org.apache.jena.fuseki.Request",
                "org.apache.jena.fuseki.Server", "org.apache.jena.fuseki.Config", "org.eclipse.jetty"}) {
            String key = "org.slf4j.simpleLogger.log." + name;
            if (verbose || System.getProperty(key) == null) {
                System.setProperty(key, level);
            }
        }
    }

    /**
     * Starts the server. The server runs on Jetty's threads until {@link #stop()}.
     *
     * @return this server
     * @throws IllegalStateException if the server was started before
     */
    public AikgServer start() {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("AikgServer already started");
            }
            fuseki.start();
            started = true;
        }
        LOG.info("aikg SPARQL endpoint at {}", endpoint());
        return this;
    }

    /**
     * The port the server listens on: the actual port once started (also when built with port 0),
     * the configured port before.
     */
    public int port() {
        synchronized (lock) {
            return started ? fuseki.getHttpPort() : configuredPort;
        }
    }

    /** The address the server binds to. */
    public String host() {
        return host;
    }

    /** The base URL of the dataset, e.g. {@code http://127.0.0.1:3030/aikg}. */
    public String datasetUrl() {
        int port = port();
        if (port <= 0) {
            throw new IllegalStateException("port not known before start()");
        }
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port + DATASET_PATH;
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/aikg/sparql}. */
    public String endpoint() {
        return datasetUrl() + "/sparql";
    }

    /** The URL of the web application, e.g. {@code http://127.0.0.1:3030/}. */
    public String webUrl() {
        String dataset = datasetUrl();
        return dataset.substring(0, dataset.length() - DATASET_PATH.length()) + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; does nothing if it is not running. The dataset is not closed. */
    public void stop() {
        synchronized (lock) {
            if (!started || stopped) {
                return;
            }
            stopped = true;
            fuseki.stop();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Builder of {@link AikgServer}. Not thread-safe; {@link #build()} may be called more than once
     * (each call builds a new server).
     */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private int outputBufferSize = DEFAULT_OUTPUT_BUFFER_SIZE;
        private boolean verbose;
        private boolean webApp = true;
        private DocumentSink sink;
        private CorrectionSink corrections;
        private String writeToken;
        private long maxDocumentBytes = 16L * 1024 * 1024;
        private QueryPolicy queryPolicy = QueryPolicy.CLOSED;

        private Builder() {
        }

        /**
         * Accept documents at {@code POST /ingest} ({@link IngestServlet}), from clients that send
         * {@code Authorization: Bearer token}. Without this the server is read-only.
         */
        public Builder writes(DocumentSink sink, String token, long maxDocumentBytes) {
            return writes(sink, null, token, maxDocumentBytes);
        }

        /**
         * As {@link #writes(DocumentSink, String, long)}, and accept corrections of facts at
         * {@code POST /corrections} ({@link CorrectionsServlet}) when {@code corrections} is not null.
         */
        public Builder writes(DocumentSink sink, CorrectionSink corrections, String token, long maxDocumentBytes) {
            if (token == null || token.length() < 8) {
                throw new IllegalArgumentException("a write token must have at least 8 characters");
            }
            this.corrections = corrections;
            this.sink = Objects.requireNonNull(sink, "sink");
            this.writeToken = token;
            this.maxDocumentBytes = maxDocumentBytes;
            return this;
        }

        /** The dataset to serve (required). Typically a TDB2 dataset. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The dataset to serve (required). Typically a TDB2 dataset. */
        public Builder dataset(Dataset dataset) {
            return dataset(Objects.requireNonNull(dataset, "dataset").asDatasetGraph());
        }

        /** The port; 0 picks a free port (see {@link AikgServer#port()}). Default 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to bind to, a literal IP address or host name. Default {@value AikgServer#DEFAULT_HOST}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The overall timeout of a query; must be positive. Default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.isZero() || queryTimeout.isNegative()) {
                throw new IllegalArgumentException("queryTimeout must be positive: " + queryTimeout);
            }
            this.queryTimeout = queryTimeout;
            return this;
        }

        /**
         * The connector's output buffer size in bytes. 0 keeps Fuseki's own setting (5 MiB, which leaks
         * direct memory under load: only for comparison). Values above 64 KiB defeat Jetty's buffer pool.
         */
        public Builder outputBufferSize(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("outputBufferSize must be >= 0: " + bytes);
            }
            this.outputBufferSize = bytes;
            return this;
        }

        /** Log each request at INFO (Fuseki verbose mode); see {@link AikgServer#configureLogging}. */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /**
         * What queries may reach beyond the store. Default {@link QueryPolicy#CLOSED}: no SERVICE, no
         * {@code java:} functions; a query that names one is answered 403.
         */
        public Builder queryPolicy(QueryPolicy policy) {
            this.queryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Whether to serve the web application ({@link WebApp}) besides the endpoint. Default true. */
        public Builder webApp(boolean webApp) {
            this.webApp = webApp;
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws IllegalStateException if no dataset was given
         * @throws IllegalArgumentException if the host cannot be resolved
         */
        public AikgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("AikgServer needs a dataset");
            }
            requireResolvable(host);
            if (verbose) {
                configureLogging(true);
            }

            boolean tdb2 = TDBInternal.isBackedByTDB(dataset);
            DatasetGraph served = tdb2 ? new TdbUnionDefaultGraph(dataset) : new UnionDefaultGraphView(dataset);

            // Per-endpoint context: merged by Fuseki into each request's query execution context,
            // so the caller's dataset context stays untouched.
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            if (tdb2) {
                context.set(TDB2.symUnionDefaultGraph, true);
            }
            // The run-time half of the policy; PolicedQuery refuses what it can see in the text first.
            queryPolicy.applyTo(context);

            DataService service = DataService.newBuilder(served)
                    .addEndpoint(endpoint(Operation.Query, "sparql", context))
                    .addEndpoint(endpoint(Operation.Query, "query", context))
                    .addEndpoint(endpoint(Operation.GSP_R, "get", context))
                    .addEndpoint(endpoint(Operation.Query, "", context))
                    .addEndpoint(endpoint(Operation.GSP_R, "", context))
                    .build();

            FusekiServer.Builder fusekiBuilder = FusekiServer.create()
                    .port(port)
                    .registerOperation(Operation.Query, new PolicedQuery(queryPolicy))
                    .add(DATASET_PATH, service)
                    .enablePing(true)
                    .verbose(verbose)
                    .addFilter("/*", new MalformedRequestFilter())
                    .addFilter("/*", new QueryCancelledFilter())
                    .addServlet("/health", new HealthServlet(served));
            if (sink != null) {
                BearerToken token = new BearerToken(writeToken);
                fusekiBuilder.addServlet("/ingest", new IngestServlet(sink, token, maxDocumentBytes));
                if (corrections != null) {
                    fusekiBuilder.addServlet("/corrections", new CorrectionsServlet(corrections, token));
                }
            }
            if (webApp) {
                WebApp.register(fusekiBuilder, served, context, DATASET_PATH + "/sparql",
                        sink != null && corrections != null);
            }
            FusekiServer fuseki = fusekiBuilder.build();

            // Fuseki creates its connector in build(); adjust it before start().
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
                if (outputBufferSize > 0) {
                    for (ConnectionFactory factory : connector.getConnectionFactories()) {
                        if (factory instanceof HttpConnectionFactory http) {
                            http.getHttpConfiguration().setOutputBufferSize(outputBufferSize);
                        }
                    }
                }
            }
            return new AikgServer(fuseki, host, port);
        }

        private static Endpoint endpoint(Operation operation, String name, Context context) {
            return Endpoint.create().operation(operation).endpointName(name).context(context).build();
        }

        private static void requireResolvable(String host) {
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cannot resolve host: " + host, e);
            }
        }
    }

    /**
     * For the graph store protocol, which reads {@code getDefaultGraph()} directly: the union, as in queries.
     * Deliberately not a {@code DatasetGraphWrapperView}, so ARQ unwraps it for queries and TDB2's own
     * engine runs them (with {@link TDB2#symUnionDefaultGraph} from the endpoint context).
     */
    static final class TdbUnionDefaultGraph extends DatasetGraphWrapper {
        TdbUnionDefaultGraph(DatasetGraph tdb2) {
            super(tdb2);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return Quad.isDefaultGraph(graphNode) ? getUnionGraph() : super.getGraph(graphNode);
        }
    }
}

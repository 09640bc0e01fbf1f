package org.aikg.cli;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.queries.NamedQueries;
import org.aikg.queries.NamedQuery;
import org.aikg.server.query.QueryPolicy;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aikg query [--store DIR] FILE|NAME}: run a SPARQL query against the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query: a .rq file, or the name of one in queries/ (e.g. models-by-organization).",
                "Queries the store directly, or a running server with --endpoint."})
final class QueryCommand implements Callable<Integer> {
    enum Output { table, csv, tsv, json }

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE|NAME", arity = "0..1", description = "Query file or name.")
    String query;

    @Option(names = "--list", description = "List the shipped queries.")
    boolean listQueries;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Set a query parameter (a BIND line marked '# parameter'), e.g. --param name=GPT-3.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Only relations stated with at least this confidence (queries with ?minConfidence, e.g. evidence).")
    Double minConfidence;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The entity the query is about (queries with ?name, e.g. entity-profile).")
    String name;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Output format;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the store.")
    String endpoint;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", description = {
            "Let SERVICE in a query on the store call endpoints under this http(s) URL (repeatable);",
            "without it a query with SERVICE or a java: function is refused."})
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (listQueries || query == null) {
            list();
            return query == null && !listQueries ? 2 : 0;
        }
        String text = withParameters(resolve(query));
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw syntaxError(query, e);
        }
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecution.service(endpoint).query(q).build()) {
                print(q, qe);
            } catch (RuntimeException e) {
                // Jena's message is the whole request URL; the reason (refused, 404, ...) is in the causes.
                throw new AikgException(endpoint + ": the query failed: " + rootCause(e), e);
            }
            return 0;
        }
        // The same policy as a served store's: a query file from elsewhere must not make this machine fetch URLs.
        QueryPolicy policy = ServeCommand.policy(spec, allowService);
        policy.check(q);
        try (KnowledgeStore ks = store.openForReading()) {
            // A copy of the dataset's context: a builder's context replaces it, and it holds the union default graph.
            org.apache.jena.sparql.util.Context context = ks.dataset().getContext().copy();
            policy.applyTo(context);
            Txn.executeRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(q).context(context).build()) {
                    print(q, qe);
                }
            });
        }
        return 0;
    }

    private void print(Query q, QueryExecution qe) {
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(System.out, rs, q.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            System.out.println(format == Output.json ? "{ \"boolean\": " + b + " }" : Boolean.toString(b));
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(System.out, m, format == Output.json ? Lang.JSONLD : Lang.TURTLE);
        }
        System.out.flush();
    }

    private static final Pattern AT = Pattern.compile("at line (-?\\d+), column (-?\\d+)");

    /**
     * The parse error as {@code file:line:column: message}. Jena's own line and column are those of the
     * last token it accepted, not of the offending one, so the position stated in the message wins; the
     * list of expected tokens that follows the first line is dropped.
     */
    static AikgException syntaxError(String query, QueryParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = AT.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String first = message.lines().findFirst().orElse(message);
        return line > 0 && column > 0
                ? new AikgException(query + ":" + line + ":" + column + ": " + first, e)
                : new AikgException(query + ": " + first, e);
    }

    /** The first I/O error in the chain (e.g. ConnectException, whose cause says less), else the root. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (!(root instanceof java.io.IOException) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (root == e && m != null && m.length() > 200) {
            m = m.substring(0, 200) + "...";
        }
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Sets the parameters given with --param, --min-confidence and --name. */
    private String withParameters(NamedQuery q) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(params);
        if (minConfidence != null) {
            all.put("minConfidence", minConfidence.toString());
        }
        if (name != null) {
            all.put("name", name);
        }
        for (var e : all.entrySet()) {
            try {
                q = q.withParameter(e.getKey(), e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), bad.getMessage());
            }
        }
        return q.text();
    }

    static NamedQuery resolve(String nameOrFile) {
        try {
            return NamedQueries.shipped().resolve(nameOrFile);
        } catch (IllegalArgumentException e) {
            throw new AikgException(nameOrFile + ": no such query file, and no shipped query of that name "
                    + "(aikg query --list shows them)");
        } catch (java.io.UncheckedIOException e) {
            throw new AikgException(nameOrFile + ": cannot read the query: " + e.getCause().getMessage(), e);
        }
    }

    private static void list() {
        for (NamedQuery q : NamedQueries.shipped().all()) {
            System.out.printf("%-26s %s%n", q.name(), q.title());
        }
    }
}

package org.aikg.cli;

import java.util.concurrent.Callable;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.queries.NamedQueries;
import org.aikg.queries.NamedQuery;
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

    @Option(names = "--format", defaultValue = "table", description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Output format;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the store.")
    String endpoint;

    @Override
    public Integer call() {
        if (listQueries || query == null) {
            list();
            return query == null && !listQueries ? 2 : 0;
        }
        String text = load(query);
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new AikgException(query + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
        }
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecution.service(endpoint).query(q).build()) {
                print(q, qe);
            }
            return 0;
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store.store)) {
            Txn.executeRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(q).build()) {
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

    /** A query file's text, or the text of the named query shipped with aikg. */
    static String load(String nameOrFile) {
        try {
            return NamedQueries.shipped().resolve(nameOrFile).text();
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

package org.aikg.server.query;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What a query reaches beyond the data: the endpoints its {@code SERVICE} clauses name (an IRI, or a
 * variable bound at run time), the function IRIs it calls and the predicate IRIs it uses (a predicate may
 * name a property function). Read from the query's algebra, so sub-queries, {@code EXISTS} patterns,
 * {@code BIND}, {@code HAVING} and {@code ORDER BY} expressions are all seen.
 *
 * <p>This is a static reading of the text: a function named at run time ({@code CALL(?iri, ...)}) is not in
 * it, which is why {@link QueryPolicy} also closes the engine's registries.
 *
 * @param services     the {@code SERVICE} targets, in order of appearance
 * @param functions    the IRIs of called extension functions
 * @param predicates   the IRIs of predicates in triple patterns
 */
public record QueryReach(Set<Node> services, Set<String> functions, Set<String> predicates) {

    public QueryReach {
        services = Set.copyOf(services);
        functions = Set.copyOf(functions);
        predicates = Set.copyOf(predicates);
    }

    /** Reads a parsed query. */
    public static QueryReach of(Query query) {
        Collector c = new Collector();
        c.walk(Algebra.compile(query));
        return new QueryReach(c.services, c.functions, c.predicates);
    }

    /** Walks operators and expressions, and the patterns inside {@code EXISTS} expressions. */
    private static final class Collector {
        final Set<Node> services = new LinkedHashSet<>();
        final Set<String> functions = new LinkedHashSet<>();
        final Set<String> predicates = new LinkedHashSet<>();

        void walk(Op op) {
            Walker.walk(op, ops, exprs);
        }

        private void predicate(Node p) {
            if (p != null && p.isURI()) {
                predicates.add(p.getURI());
            }
        }

        private final OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService());
            }

            @Override
            public void visit(OpBGP op) {
                for (Triple t : op.getPattern()) {
                    predicate(t.getPredicate());
                }
            }

            @Override
            public void visit(OpQuadPattern op) {
                for (Quad q : op.getPattern()) {
                    predicate(q.getPredicate());
                }
            }

            @Override
            public void visit(OpTriple op) {
                predicate(op.getTriple().getPredicate());
            }

            @Override
            public void visit(OpPath op) {
                predicate(op.getTriplePath().getPredicate());
            }

            // Sort keys and aggregates are not walked by every Walker mode; walking them again is harmless.
            @Override
            public void visit(OpOrder op) {
                op.getConditions().forEach(c -> Walker.walk(c.getExpression(), exprs));
            }

            @Override
            public void visit(OpTopN op) {
                op.getConditions().forEach(c -> Walker.walk(c.getExpression(), exprs));
            }

            @Override
            public void visit(OpGroup op) {
                Walker.walk(op.getGroupVars(), exprs);
                op.getAggregators().forEach(a -> Walker.walk(a.getAggregator().getExprList(), exprs));
            }
        };

        private final ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function f) {
                    functions.add(f.getFunctionIRI());
                }
            }

            @Override
            public void visit(ExprFunctionOp funcOp) {
                // Whether Walker enters an EXISTS pattern depends on the walker; entering it again is harmless.
                if (funcOp.getGraphPattern() != null) {
                    walk(funcOp.getGraphPattern());
                }
            }
        };
    }
}

package org.aikg.server;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset whose default graph is the union of the base dataset's named graphs, for datasets
 * that have no union-default-graph setting of their own (TDB2 has one; {@link AikgServer} uses it there).
 *
 * <p>The union default graph is virtual: {@link #getDefaultGraph()} and quad patterns on the default graph
 * ({@link Quad#isDefaultGraph(Node)}) read the union, without duplicates; a find over any graph returns the
 * named graphs' quads only, so no triple is reported twice. The base dataset's own default graph is hidden.
 * Named graphs, transactions, prefixes and the context are the base dataset's. The view is meant for reading:
 * writes to the default graph fail, other writes go to the base dataset.
 *
 * <p>It is marked as a {@link DatasetGraphWrapperView}: otherwise ARQ unwraps dataset wrappers before choosing a
 * query engine, and queries would run against the base dataset's real (empty) default graph.
 *
 * <p>Thread-safety: that of the base dataset.
 */
public final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    /** A view of {@code base}; {@code base} is not copied. */
    public UnionDefaultGraphView(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getUnionGraph() : super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
            return findNG(Node.ANY, s, p, o);
        }
        if (Quad.isDefaultGraph(g)) {
            return Iter.map(getUnionGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphNodeGenerated, t));
        }
        return super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
            return any(findNG(Node.ANY, s, p, o));
        }
        if (Quad.isDefaultGraph(g)) {
            return getUnionGraph().contains(s, p, o);
        }
        return super.contains(g, s, p, o);
    }

    @Override
    public boolean isEmpty() {
        return !any(findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    private static boolean any(Iterator<Quad> it) {
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }
}

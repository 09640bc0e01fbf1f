package org.aikg.ingest.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * Read views of a graph or dataset that carry given prefixes, so a writer declares them without the prefixes
 * being stored (writing them into a TDB2 store would need a write transaction during an export).
 *
 * <p>Thread-safety: the views are as thread-safe as what they wrap; the prefixes must not change while in use.
 */
final class PrefixedViews {
    private PrefixedViews() {
    }

    /** {@code graph} with {@code prefixes} as its prefix mapping. */
    static Graph graph(Graph graph, PrefixMapping prefixes) {
        return new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
    }

    /** {@code dataset} with {@code prefixes} as its prefix map. */
    static DatasetGraph dataset(DatasetGraph dataset, PrefixMapping prefixes) {
        PrefixMap map = org.apache.jena.riot.system.Prefixes.adapt(prefixes);
        return new DatasetGraphWrapper(dataset) {
            @Override
            public PrefixMap prefixes() {
                return map;
            }
        };
    }

    /**
     * {@code dataset} without its own default graph: only the named graphs' quads (its default graph holds the
     * store's index, see {@link StoreIndex}).
     */
    static DatasetGraph namedGraphsOnly(DatasetGraph dataset) {
        return new DatasetGraphWrapper(dataset) {
            @Override
            public org.apache.jena.graph.Graph getDefaultGraph() {
                return org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            }

            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find() {
                return findNG(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                        org.apache.jena.graph.Node.ANY);
            }

            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(org.apache.jena.sparql.core.Quad q) {
                return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            }

            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(org.apache.jena.graph.Node g,
                    org.apache.jena.graph.Node s, org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
                if (g != null && g.isConcrete() && org.apache.jena.sparql.core.Quad.isDefaultGraph(g)) {
                    return java.util.Collections.emptyIterator();
                }
                return org.apache.jena.atlas.iterator.Iter.filter(super.find(g, s, p, o), q -> !q.isDefaultGraph());
            }

            @Override
            public boolean isEmpty() {
                return !find().hasNext();
            }
        };
    }
}

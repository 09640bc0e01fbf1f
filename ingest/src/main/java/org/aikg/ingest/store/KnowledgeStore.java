package org.aikg.ingest.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.Ontology;
import org.aikg.ontology.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The persistent knowledge graph: a TDB2 dataset with one named graph per document, the shared entities
 * graph and the ontology graph, and the union of all as its default graph.
 *
 * <p>Each document is written in a transaction of its own ({@link #put}), or several in one ({@link #putAll}),
 * so a failure loses at most those documents and never what was stored before. Beside the graph the store
 * keeps an index of counts and name keys in its own default graph, in step with every write ({@link StoreIndex}). Writing a document whose content hash is already stored
 * changes nothing; a changed document replaces its graph. The entities graph keeps the first label an
 * entity was given (the knowledge base's, where it knows the entity); other spellings stay in the
 * documents' graphs as {@code skos:altLabel}.
 *
 * <p>Thread-safety: TDB2 transactions make every method safe to call from several threads; writes are
 * serialized by TDB2.
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final Node ENTITIES = NodeFactory.createURI(AIKG.ENTITIES_GRAPH);
    private static final Node ONTOLOGY = NodeFactory.createURI(AIKG.ONTOLOGY_IRI);
    private static final Node CONTENT_HASH = AIKG.contentHash.asNode();
    private static final Node SOURCE = org.apache.jena.vocabulary.DCTerms.source.asNode();
    private static final Node CORRECTIONS = NodeFactory.createURI(AIKG.CORRECTIONS_GRAPH);
    private static final Node REJECTED = NodeFactory.createLiteralString("rejected");
    private static final Node ADDED = NodeFactory.createLiteralString("added");

    /**
     * A user's correction of one fact.
     *
     * @param verdict   {@code "rejected"} (the fact is wrong) or {@code "added"} (the fact is missing)
     * @param subject   the subject's IRI
     * @param predicate the predicate's IRI (one of the aikg relations)
     * @param object    the object's IRI
     * @param by        who corrects, as they name themselves
     * @param why       their reason, or empty
     */
    public record Correction(String verdict, String subject, String predicate, String object, String by, String why) {
        public Correction {
            if (!"rejected".equals(verdict) && !"added".equals(verdict)) {
                throw new AikgException("a correction's verdict is \"rejected\" or \"added\", not " + verdict);
            }
            for (String iri : List.of(subject, predicate, object)) {
                if (iri == null || !iri.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
                    throw new AikgException("a correction names its subject, predicate and object by IRI: " + iri);
                }
            }
            if (!predicate.startsWith(AIKG.NS)) {
                throw new AikgException("only aikg relations can be corrected: " + predicate);
            }
            by = by == null || by.isBlank() ? "anonymous" : by.strip();
            why = why == null ? "" : why.strip();
        }
    }

    /**
     * Records a correction, in one write transaction: a rejected fact is removed from every document's
     * graph (with the assertions that state it) and kept out of documents ingested later; an added fact is
     * stated in the corrections graph, so the served union and exports carry it. A later correction of the
     * same fact replaces an earlier one.
     */
    public void correct(Correction c, java.time.Instant when) {
        write("correcting " + c.subject(), 0, () -> Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node s = NodeFactory.createURI(c.subject());
            Node p = NodeFactory.createURI(c.predicate());
            Node o = NodeFactory.createURI(c.object());
            Node record = NodeFactory.createURI(AIKG.CORRECTIONS_GRAPH + "/" + org.aikg.ingest.rdf.DocumentIris.contentHash(
                    (c.subject() + " " + c.predicate() + " " + c.object()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .substring("sha256:".length(), "sha256:".length() + 16));
            dsg.deleteAny(CORRECTIONS, record, Node.ANY, Node.ANY);
            dsg.delete(CORRECTIONS, s, p, o);
            dsg.add(CORRECTIONS, record, RDF.type.asNode(), AIKG.Correction.asNode());
            dsg.add(CORRECTIONS, record, RDF.subject.asNode(), s);
            dsg.add(CORRECTIONS, record, RDF.predicate.asNode(), p);
            dsg.add(CORRECTIONS, record, RDF.object.asNode(), o);
            dsg.add(CORRECTIONS, record, AIKG.verdict.asNode(), "rejected".equals(c.verdict()) ? REJECTED : ADDED);
            dsg.add(CORRECTIONS, record, NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo"),
                    NodeFactory.createLiteralString(c.by()));
            dsg.add(CORRECTIONS, record, NodeFactory.createURI("http://purl.org/dc/terms/created"),
                    NodeFactory.createLiteralDT(when.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            if (!c.why().isEmpty()) {
                dsg.add(CORRECTIONS, record, RDFS.comment.asNode(), NodeFactory.createLiteralString(c.why()));
            }
            if ("rejected".equals(c.verdict())) {
                removeFromDocuments(dsg, s, p, o);
            } else {
                dsg.add(CORRECTIONS, s, p, o);
                StoreIndex.addLink(dsg, s, p, o);
            }
        }));
    }

    /**
     * Removes every fact users rejected from the document graphs, with its assertions, in one write
     * transaction: what {@link #correct} does for one correction, for all of them, after a bulk load that
     * wrote graphs without {@link #put}'s filter.
     */
    public void reapplyRejections() {
        write("removing rejected facts", 0, () -> Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Quad r : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(CORRECTIONS, Node.ANY, AIKG.verdict.asNode(), REJECTED))) {
                Node record = r.getSubject();
                Node s = one(dsg, record, RDF.subject.asNode());
                Node p = one(dsg, record, RDF.predicate.asNode());
                Node o = one(dsg, record, RDF.object.asNode());
                if (s != null && p != null && o != null) {
                    removeFromDocuments(dsg, s, p, o);
                }
            }
        }));
    }

    private static Node one(DatasetGraph dsg, Node record, Node property) {
        var it = dsg.find(CORRECTIONS, record, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The triple (s, p, o) out of every graph but the corrections graph, with the assertions that state it. */
    private static void removeFromDocuments(DatasetGraph dsg, Node s, Node p, Node o) {
        List<Node> removed = new java.util.ArrayList<>();
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, s, p, o))) {
            if (!q.getGraph().equals(CORRECTIONS) && !q.isDefaultGraph()) {
                dsg.delete(q);
                removeAssertions(dsg, q.getGraph(), s, p, o, removed);
                StoreIndex.recount(dsg, q.getGraph());
            }
        }
        StoreIndex.removeFact(dsg, s, p, o, removed);
    }

    /** The assertions in {@code g} of the triple (s, p, o), every quad of them; their IRIs added to {@code removed}. */
    private static void removeAssertions(DatasetGraph dsg, Node g, Node s, Node p, Node o, List<Node> removed) {
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(g, Node.ANY, RDF.subject.asNode(), s))) {
            Node a = q.getSubject();
            if (dsg.contains(g, a, RDF.predicate.asNode(), p) && dsg.contains(g, a, RDF.object.asNode(), o)) {
                dsg.deleteAny(g, a, Node.ANY, Node.ANY);
                removed.add(a);
            }
        }
    }

    /** Whether users rejected the triple (s, p, o). */
    private static boolean rejected(DatasetGraph dsg, Node s, Node p, Node o) {
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(CORRECTIONS, Node.ANY, RDF.subject.asNode(), s))) {
            Node r = q.getSubject();
            if (dsg.contains(CORRECTIONS, r, RDF.predicate.asNode(), p) && dsg.contains(CORRECTIONS, r, RDF.object.asNode(), o)
                    && dsg.contains(CORRECTIONS, r, AIKG.verdict.asNode(), REJECTED)) {
                return true;
            }
        }
        return false;
    }

    private final Dataset dataset;
    private final Path location;
    private final ReadOnlyCopy copy;
    /** Room on the store's disk; null in memory. */
    private final StoreSpace space;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private KnowledgeStore(Dataset dataset, Path location, ReadOnlyCopy copy, StoreSpace space) {
        this.dataset = dataset;
        this.location = location;
        this.copy = copy;
        this.space = space;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        loadOntology();
        if (!Txn.calculateRead(dataset, () -> StoreIndex.current(dataset.asDatasetGraph()))) {
            reindex();
        }
    }

    /**
     * Builds the store's index ({@link StoreIndex}) again from the graphs, in one write transaction: done when a
     * store made before the index is opened, and after a bulk load, which writes graphs directly.
     */
    public void reindex() {
        Txn.executeWrite(dataset, () -> StoreIndex.rebuild(dataset.asDatasetGraph()));
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}, for reading and writing. */
    public static KnowledgeStore open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens the store in {@code directory}, as {@link #open(Path)}, measuring the room on its disk with
     * {@code probe} (null: as the file system reports it). Each write is first checked against what it may need
     * ({@link StoreSpace}); one that may not fit, or fails for want of room, throws {@link DiskFullException}
     * and leaves the store as it was.
     */
    public static KnowledgeStore open(Path directory, StoreSpace.Probe probe) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new AikgException(directory + ": cannot create the store directory: " + e.getMessage(), e);
        }
        if (!ReadOnlyCopy.isWritable(directory)) {
            throw new AikgException(directory + ": the store is not writable (it can be queried, exported and served"
                    + " read-only, but not changed)");
        }
        StoreSpace space = probe == null ? StoreSpace.of(directory) : new StoreSpace(directory, probe);
        return new KnowledgeStore(connect(directory), directory, null, space);
    }

    /**
     * Opens an existing store to read it. A store that cannot be written (read-only media, no write permission)
     * is read through a temporary copy, since TDB2 cannot open a store without writing to it; see
     * {@link #readOnlyCopyBytes()}. Writing to such a store changes only the copy, which {@link #close()}
     * deletes: callers that write must use {@link #open(Path)}.
     *
     * @throws AikgException saying what is missing when neither works (read permission, temporary space)
     */
    public static KnowledgeStore openForReading(Path directory) {
        if (ReadOnlyCopy.isWritable(directory)) {
            return open(directory);
        }
        ReadOnlyCopy copy = ReadOnlyCopy.of(directory);
        try {
            return new KnowledgeStore(connect(copy.folder()), directory, copy, StoreSpace.of(copy.folder()));
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    private static Dataset connect(Path directory) {
        try {
            return TDB2Factory.connectDataset(directory.toString());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked) {
                    throw new AikgException(directory + ": the store is in use by another process (stop the aikg"
                            + " serve or ingest that holds it, or query it through the server with --endpoint): "
                            + t.getMessage(), e);
                }
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new AikgException(directory + ": cannot open the TDB2 store: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()), e);
        }
    }

    /**
     * The size of the temporary copy this store is read through, when its folder could not be written
     * ({@link #openForReading}); empty when it is opened in place.
     */
    public java.util.OptionalLong readOnlyCopyBytes() {
        return copy == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(copy.bytes());
    }

    /** A store in memory (tests, the demo). */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(TDB2Factory.createDataset(), null, null, null);
    }

    /** The dataset (union default graph set), for serving and querying. */
    public Dataset dataset() {
        return dataset;
    }

    /** Where the store lives on disk, if it does. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Puts this version's ontology into its graph, when the graph holds another. Checked in a read transaction
     * first: a TDB2 write transaction writes its journal at commit even when it changed nothing, and a store
     * whose disk is full must still open to be read.
     */
    private void loadOntology() {
        Model ontology = Ontology.ontology();
        if (Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(ONTOLOGY).isIsomorphicWith(ontology.getGraph()))) {
            return;
        }
        int quads = ontology.getGraph().size();
        write("the ontology", quads, () -> Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(ONTOLOGY, Node.ANY, Node.ANY, Node.ANY);
            ontology.getGraph().find().forEachRemaining(t -> dsg.add(ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }

    /**
     * Runs one write transaction, first checked against the room on the store's disk: a write that may not fit
     * is refused before it begins, and one that fails for want of room (a fault in a mapped index file, the
     * journal's ENOSPC) is reported as such. In both cases TDB2 has aborted the transaction, so the store
     * holds what it held before.
     *
     * @param what  what is written, for the message
     * @param quads how many quads it writes
     * @throws DiskFullException when the disk has no room for it
     */
    private <T> T write(String what, int quads, java.util.function.Supplier<T> transaction) {
        if (space == null) {
            return transaction.get();
        }
        space.check(what, quads);
        try {
            return transaction.get();
        } catch (RuntimeException | InternalError e) {
            // InternalError: the JVM's report of a SIGBUS in a mapped file, see StoreSpace; any other is rethrown
            throw space.diskFull(e, what, quads).map(RuntimeException.class::cast).orElseGet(() -> rethrow(e));
        }
    }

    private void write(String what, int quads, Runnable transaction) {
        write(what, quads, () -> {
            transaction.run();
            return null;
        });
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    /**
     * True when the store holds documents an earlier aikg identified by their absolute path (a
     * {@code file:} source): ingesting into it now would store such documents a second time.
     */
    public boolean identifiesByAbsolutePath() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query("""
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    ASK { GRAPH ?d { ?d dcterms:source ?src FILTER(isIRI(?src) && STRSTARTS(STR(?src), "file:")) } }
                    """).build()) {
                return qe.execAsk();
            }
        });
    }

    /** The content hash stored for a document, if the document is stored. */
    public Optional<String> contentHash(String documentIri) {
        return Txn.calculateRead(dataset, () -> {
            Node d = NodeFactory.createURI(documentIri);
            var it = dataset.asDatasetGraph().find(d, d, CONTENT_HASH, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /**
     * The content hash of the one document whose {@code dcterms:source} is {@code source}; empty when no
     * document, or more than one (the entries of a feed), has that source. Two index look-ups, so an ingest
     * can tell an unchanged file from its bytes alone, before reading it as a document.
     */
    public Optional<String> contentHashOfSource(String source) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            var it = dsg.find(Node.ANY, Node.ANY, SOURCE, NodeFactory.createLiteralString(source));
            if (!it.hasNext()) {
                return Optional.<String>empty();
            }
            Quad q = it.next();
            if (it.hasNext() || !q.getGraph().equals(q.getSubject())) {
                return Optional.<String>empty();
            }
            var hash = dsg.find(q.getGraph(), q.getSubject(), CONTENT_HASH, Node.ANY);
            return hash.hasNext() ? Optional.of(hash.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    /**
     * Writes one document's graph in its own transaction.
     *
     * @throws DiskFullException when the store's disk has no room for it (nothing of it is written)
     */
    public WriteOutcome put(DocumentGraph doc) {
        return write(doc.source(), doc.quads().size(), () -> Txn.calculateWrite(dataset, () -> write(dataset.asDatasetGraph(), doc)));
    }

    /**
     * Writes several documents' graphs in one transaction, as {@link #put} would one after the other: one disk
     * sync for all of them, so many small documents are stored at the pace of their extraction. Either all
     * are stored or, when one fails, none (the caller can then {@link #put} them one by one).
     *
     * @return each document's outcome, in order
     * @throws DiskFullException when the store's disk has no room for them (nothing of them is written)
     */
    public List<WriteOutcome> putAll(List<DocumentGraph> docs) {
        int quads = docs.stream().mapToInt(d -> d.quads().size()).sum();
        String what = docs.isEmpty() ? "nothing" : docs.get(0).source()
                + (docs.size() > 1 ? " and " + (docs.size() - 1) + " more documents" : "");
        return write(what, quads, () -> Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<WriteOutcome> out = new java.util.ArrayList<>(docs.size());
            for (DocumentGraph doc : docs) {
                out.add(write(dsg, doc));
            }
            return out;
        }));
    }

    /** One document's graph written in the current write transaction. */
    private WriteOutcome write(DatasetGraph dsg, DocumentGraph doc) {
        {
            Node g = NodeFactory.createURI(doc.iri());
            var existing = dsg.find(g, g, CONTENT_HASH, Node.ANY);
            boolean present = existing.hasNext();
            if (present && existing.next().getObject().getLiteralLexicalForm().equals(doc.contentHash())) {
                return WriteOutcome.UNCHANGED;
            }
            if (present) {
                StoreIndex.removeDocument(dsg, g);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            // each entity's one label: the stored one, else this document's first record's (EntityGraph's rule)
            Map<String, String> labels = new HashMap<>();
            EntityGraph.firstLabels(doc.entities()).forEach((iri, first) -> labels.put(iri, storedLabel(dsg, iri).orElse(first)));
            List<Quad> quads = EntityGraph.documentQuads(doc.iri(), doc.quads(), doc.entities(), labels::get);
            // facts users rejected stay out, with the assertions that state them
            java.util.Set<Node> rejectedAssertions = new java.util.HashSet<>();
            java.util.Set<org.apache.jena.graph.Triple> rejectedTriples = new java.util.HashSet<>();
            boolean anyCorrections = dsg.find(CORRECTIONS, Node.ANY, Node.ANY, Node.ANY).hasNext();
            if (anyCorrections) {
                for (Quad q : quads) {
                    if (q.getPredicate().getURI().startsWith(AIKG.NS) && q.getObject().isURI()
                            && rejected(dsg, q.getSubject(), q.getPredicate(), q.getObject())) {
                        rejectedTriples.add(q.asTriple());
                    }
                }
                if (!rejectedTriples.isEmpty()) {
                    Map<Node, Node[]> spo = new HashMap<>();
                    for (Quad q : quads) {
                        int k = q.getPredicate().equals(RDF.subject.asNode()) ? 0 : q.getPredicate().equals(RDF.predicate.asNode()) ? 1
                                : q.getPredicate().equals(RDF.object.asNode()) ? 2 : -1;
                        if (k >= 0) {
                            spo.computeIfAbsent(q.getSubject(), x -> new Node[3])[k] = q.getObject();
                        }
                    }
                    spo.forEach((a, t) -> {
                        if (t[0] != null && t[1] != null && t[2] != null
                                && rejectedTriples.contains(org.apache.jena.graph.Triple.create(t[0], t[1], t[2]))) {
                            rejectedAssertions.add(a);
                        }
                    });
                }
            }
            for (Quad q : quads) {
                if (!rejectedTriples.contains(q.asTriple()) && !rejectedAssertions.contains(q.getSubject())) {
                    dsg.add(q);
                }
            }
            for (Entity e : doc.entities()) {
                EntityGraph.facts(e).forEach(dsg::add);
            }
            labels.forEach((iri, label) -> {
                Quad q = EntityGraph.label(iri, label);
                dsg.add(q);
                StoreIndex.nameKey(dsg, q.getSubject(), q.getObject());
            });
            StoreIndex.addDocument(dsg, g);
            if (present) {
                collectOrphans(dsg);
            }
            return present ? WriteOutcome.REPLACED : WriteOutcome.ADDED;
        }
    }

    /** The label the entities graph holds for {@code iri}, if the entity is known. */
    private static Optional<String> storedLabel(DatasetGraph dsg, String iri) {
        var labels = dsg.find(ENTITIES, NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY);
        return labels.hasNext() ? Optional.of(labels.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /** Removes from the entities graph the entities no document mentions any more. */
    private static void collectOrphans(DatasetGraph dsg) {
        UpdateAction.parseExecute("""
                PREFIX aikg: <%s>
                DELETE { GRAPH <%s> { ?e ?p ?o } }
                WHERE { GRAPH <%s> { ?e ?p ?o }
                        FILTER NOT EXISTS { GRAPH ?g { ?d aikg:mentions ?e } } }
                """.formatted(AIKG.NS, AIKG.ENTITIES_GRAPH, AIKG.ENTITIES_GRAPH), dsg);
    }

    /** Removes a document's graph; false when it was not stored. */
    public boolean drop(String documentIri) {
        return write("dropping " + documentIri, 0, () -> Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node g = NodeFactory.createURI(documentIri);
            if (!dsg.containsGraph(g) || dsg.getGraph(g).isEmpty()) {
                return false;
            }
            StoreIndex.removeDocument(dsg, g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            collectOrphans(dsg);
            return true;
        }));
    }

    /**
     * Removes the graphs of the documents {@code iris}, in one write transaction, after writing their quads to
     * {@code saved} (N-Quads), so that {@link #restoreGraphs} can put them back. Unlike {@link #drop}, the
     * entities graph is left as it is, so that putting the graphs back restores the store: call
     * {@link #collectOrphanEntities} once the graphs that replace them are in.
     *
     * @return how many of the documents were stored
     */
    public int dropGraphs(java.util.Collection<String> iris, OutputStream saved) {
        return write("dropping " + iris.size() + " documents to replace them", 0, () -> Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            org.apache.jena.riot.system.StreamRDF out = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(saved,
                    org.apache.jena.riot.RDFFormat.NQUADS);
            out.start();
            int n = 0;
            for (String iri : iris) {
                Node g = NodeFactory.createURI(iri);
                List<Quad> quads = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
                if (!quads.isEmpty()) {
                    quads.forEach(out::quad);
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    n++;
                }
            }
            out.finish();
            return n;
        }));
    }

    /** Puts back graphs {@link #dropGraphs} saved (N-Quads), in one write transaction. */
    public void restoreGraphs(Path saved) {
        write("restoring replaced documents", 0, () -> Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            org.apache.jena.riot.RDFParser.source(saved).lang(org.apache.jena.riot.Lang.NQUADS)
                    .parse(org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
        }));
    }

    /** Removes from the entities graph the entities no document mentions any more, in one write transaction. */
    public void collectOrphanEntities() {
        write("removing entities no document mentions", 0, () -> Txn.executeWrite(dataset, () -> collectOrphans(dataset.asDatasetGraph())));
    }

    /** The IRIs and sources of every stored document, source first. */
    /** Every stored document: its {@code dcterms:source} (its identity path) to its IRI. */
    public Map<String, String> documents() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> out = new java.util.TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query("""
                    PREFIX aikg: <%s> PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?d ?src WHERE { GRAPH ?d { ?d a aikg:Document ; dcterms:source ?src } }
                    """.formatted(AIKG.NS)).build()) {
                qe.execSelect().forEachRemaining(r -> out.put(r.get("src").isLiteral()
                        ? r.getLiteral("src").getLexicalForm() : r.getResource("src").getURI(), r.getResource("d").getURI()));
            }
            return out;
        });
    }

    public StoreStats stats() {
        return Txn.calculateRead(dataset, () -> {
            long documents = count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a aikg:Document } }");
            Map<String, Long> entities = new HashMap<>();
            for (String type : List.of("Model", "Paper", "Organization", "Person")) {
                entities.put(type, count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?d { ?d aikg:mentions ?e . ?e a aikg:"
                        + type + " } }"));
            }
            long relations = count("""
                    SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?a a aikg:Assertion ;
                      rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o FILTER(?p != aikg:mentions) } } }""");
            // mention assertions (evidence for aikg:mentions) are not statements of relations
            long assertions = count("SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a aikg:Assertion ; rdf:predicate ?p "
                    + "FILTER(?p != aikg:mentions) } }");
            long quads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
            return new StoreStats(documents, entities, relations, assertions, quads);
        });
    }

    private long count(String select) {
        String q = "PREFIX aikg: <" + AIKG.NS + "> PREFIX rdf: <" + RDF.getURI() + "> " + select;
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            return row.getLiteral("n").getLong();
        }
    }

    /**
     * Writes the whole dataset (or, for triple-only formats, the union graph) in the given format, declaring
     * the project's prefixes ({@link Prefixes}); RDF/XML also gets a prefix for every other namespace it must
     * abbreviate, so it never uses {@code j.0:}.
     */
    public void export(RDFFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (org.apache.jena.riot.RDFLanguages.isQuads(format.getLang())) {
                // the store's own default graph holds its index (StoreIndex), no data: left out
                RDFDataMgr.write(out, PrefixedViews.dataset(PrefixedViews.namedGraphsOnly(dsg), Prefixes.standard()), format);
            } else {
                Graph union = dsg.getUnionGraph();
                // RDF/XML needs the namespaces before it writes: one more pass over the data, only for it.
                var prefixes = org.apache.jena.riot.Lang.RDFXML.equals(format.getLang())
                        ? Prefixes.covering(union.find()) : Prefixes.standard();
                RDFDataMgr.write(out, PrefixedViews.graph(union, prefixes), format);
            }
        });
    }

    /**
     * How much a store may grow past its size after its last compaction before {@link #compactAndClose} compacts
     * it again: by half. Compacting a million quads takes seconds, while every batch of documents written leaves
     * a few MiB of dead index blocks behind, so a store is compacted after a large ingest, not after each small one.
     */
    public static final double COMPACT_AFTER_GROWTH = 1.5;
    /** Nor before it has grown by 16 MiB: a small store gains little, and one document's write may double it. */
    public static final long COMPACT_AFTER_BYTES = 16L << 20;

    /**
     * Closes the store, first writing it again compactly ({@link StoreCompaction}) when its files hold much more
     * than its data: it was never compacted by this aikg, or it has grown by more than half
     * ({@link #COMPACT_AFTER_GROWTH}) and by {@link #COMPACT_AFTER_BYTES} since. For a command that owns the
     * store: no transaction may be active or begin meanwhile. A store in memory, or read through a copy, is only closed.
     *
     * @return what the compaction did; empty when none was needed
     * @throws AikgException when the compaction failed (the store is then closed, as it was before)
     */
    public Optional<StoreCompaction.Result> compactAndClose() {
        return compactAndClose(COMPACT_AFTER_BYTES);
    }

    /** As {@link #compactAndClose()}, compacting a store that was compacted before once it has grown by {@code bytes}. */
    Optional<StoreCompaction.Result> compactAndClose(long bytes) {
        if (location == null || copy != null || closed.get()) {
            close();
            return Optional.empty();
        }
        StoreCompaction.Result result = null;
        try {
            Path live = StoreCompaction.liveGeneration(location);
            long was = StoreCompaction.compactedBytes(location);
            long used = live == null ? 0 : StoreCompaction.usedBytes(live);
            if (live != null && (was < 0 || (used > COMPACT_AFTER_GROWTH * was && used > was + bytes))) {
                // the files are read while TDB2 still holds the store (its lock keeps other processes out), with no
                // transaction active: every commit is in them
                result = StoreCompaction.compact(location);
            }
        } finally {
            close();
        }
        if (result != null || StoreCompaction.generations(location).size() > 1) {
            // TDB2 has let go of the old generation; another process opening the store now gets the new one. An
            // old generation is also left by a compaction killed between its rename and its clean-up: the next
            // close deletes it, compaction or not
            try {
                StoreCompaction.deleteOlderGenerations(location);
            } catch (AikgException e) {
                // the compaction is done and the new generation live; the next one deletes what is left
                org.slf4j.LoggerFactory.getLogger(KnowledgeStore.class).warn(e.getMessage());
            }
        }
        return Optional.ofNullable(result);
    }

    /** The most sources {@link #singleDocumentSources} gathers: beyond, their hashes are not kept (memory). */
    static final int MAX_KEPT_SOURCES = 500_000;

    /**
     * Every source stored as one document, with that document's content hash: what {@link #contentHashOfSource}
     * answers, for all sources at once; empty when the store has more than {@link #MAX_KEPT_SOURCES} sources.
     */
    Optional<Map<String, String>> singleDocumentSources() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<String, Node> documentOf = new HashMap<>();
            java.util.Set<String> notOne = new java.util.HashSet<>();
            var sources = dsg.find(Node.ANY, Node.ANY, SOURCE, Node.ANY);
            while (sources.hasNext()) {
                Quad q = sources.next();
                if (documentOf.size() > MAX_KEPT_SOURCES) {
                    return Optional.<Map<String, String>>empty();
                }
                if (q.getObject().isLiteral() && !q.isDefaultGraph()) {
                    String source = q.getObject().getLiteralLexicalForm();
                    // a feed's entries share their source; only a document's own statement of it counts
                    if (documentOf.put(source, q.getGraph()) != null || !q.getGraph().equals(q.getSubject())) {
                        notOne.add(source);
                    }
                }
            }
            documentOf.keySet().removeAll(notOne);
            Map<String, String> out = new HashMap<>();
            documentOf.forEach((source, g) -> {
                var hash = dsg.find(g, g, CONTENT_HASH, Node.ANY);
                if (hash.hasNext()) {
                    out.put(source, hash.next().getObject().getLiteralLexicalForm());
                }
            });
            return Optional.of(out);
        });
    }

    /**
     * Closes the store and releases its lock on the folder; closing twice is harmless. A store on disk first has
     * its sources' hashes written beside it when they are not current ({@link SourceHashes}), so that the next
     * ingest of unchanged files need not open it.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (location != null && copy == null) {
            try {
                if (!SourceHashes.current(location)) {
                    Optional<Map<String, String>> sources = singleDocumentSources();
                    if (sources.isPresent()) {
                        SourceHashes.write(location, sources.get());
                    } else {
                        SourceHashes.delete(location); // too many to keep: an ingest opens the store
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a full disk, say: the next ingest opens the store to compare hashes, as it always could
                org.slf4j.LoggerFactory.getLogger(KnowledgeStore.class).debug("source hashes not written", e);
            }
        }
        dataset.close();
        if (location != null) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        }
        if (copy != null) {
            copy.close();
        }
    }
}

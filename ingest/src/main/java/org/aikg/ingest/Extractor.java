package org.aikg.ingest;

import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Annotator;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.ner.NameFinding;
import org.aikg.ingest.ner.StatisticalFinder;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.rdf.GraphBuilder;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.relate.Relation;
import org.aikg.ingest.relate.RelationExtractor;
import org.aikg.ingest.resolve.EntityResolver;
import org.aikg.ingest.resolve.ResolvedDocument;
import org.aikg.ingest.resolve.Support;

/**
 * Extraction as a pure function from a document to its graph: annotate (OpenNLP) → find names →
 * resolve entities → extract relations → keep the supported entities → build RDF. No store, no shared
 * mutable state, so documents can be extracted in parallel (and, later, anywhere).
 *
 * <p>Thread-safety: safe for concurrent use; the models are loaded once and shared.
 */
public final class Extractor {
    private final Annotator annotator;
    private final NameFinding names;
    private final EntityResolver resolver;
    private final RelationExtractor relations;
    private final GraphBuilder builder;

    public Extractor(Annotator annotator, NameFinding names, EntityResolver resolver, RelationExtractor relations,
                     GraphBuilder builder) {
        this.annotator = annotator;
        this.names = names;
        this.resolver = resolver;
        this.relations = relations;
        this.builder = builder;
    }

    /** The standard pipeline over the bundled models and the given knowledge base. */
    public static Extractor standard(KnowledgeBase kb) {
        StatisticalFinder learned = new StatisticalFinder(StatisticalFinder.bundledModel(), StatisticalFinder.DEFAULT_MIN_PROBABILITY,
                kb::isFirstName);
        // the learned finder runs on every sentence: wrapped, it gives name finding a checkpoint per sentence
        return new Extractor(Annotator.load(), NameFinding.standard(kb, new CheckedFinder(learned)), new EntityResolver(kb),
                new RelationExtractor(org.aikg.ingest.relate.KnownMakers.bundled(kb)), new GraphBuilder());
    }

    /** Everything extraction learns from one document, stage by stage (for tests and debugging). */
    public record Result(AnnotatedDocument annotated, List<Mention> mentions, ResolvedDocument resolved,
                         List<Relation> relations, DocumentGraph graph) {}

    /** Runs every stage on {@code document}. */
    public Result run(Document document) {
        return run(document, Checkpoint.NONE);
    }

    /**
     * Runs every stage on {@code document}, passing {@code checkpoint} between stages and, in annotation
     * and name finding, between sentences.
     *
     * @throws AikgException when the checkpoint stops the work (the document's time is up)
     */
    public Result run(Document document, Checkpoint checkpoint) {
        return run(document, checkpoint, null);
    }

    /**
     * As {@link #run(Document, Checkpoint)}, adding each stage's time to {@code times} (null: not timed).
     */
    public Result run(Document document, Checkpoint checkpoint, StageTimes times) {
        long length = document.text().length();
        long t = System.nanoTime();
        AnnotatedDocument annotated = annotator.annotate(document, checkpoint);
        t = lap(times, StageTimes.Stage.ANNOTATE, t);
        List<Mention> mentions = names.find(annotated);
        t = lap(times, StageTimes.Stage.NAMES, t);
        checkpoint.reached("resolving entities", length, length);
        ResolvedDocument resolved = resolver.resolve(annotated, mentions);
        t = lap(times, StageTimes.Stage.RESOLVE, t);
        checkpoint.reached("extracting relations", length, length);
        List<Relation> found = relations.extract(resolved);
        t = lap(times, StageTimes.Stage.RELATE, t);
        checkpoint.reached("building the graph", length, length);
        resolved = Support.prune(resolved, found); // names nothing supports stay out of the graph
        java.util.Set<String> kept = new java.util.HashSet<>();
        resolved.entities().forEach(e -> kept.add(e.iri()));
        found = found.stream().filter(r -> kept.contains(r.subject().iri()) && kept.contains(r.object().iri())).toList();
        DocumentGraph graph = builder.build(resolved, found);
        lap(times, StageTimes.Stage.RDF, t);
        return new Result(annotated, mentions, resolved, found, graph);
    }

    private static long lap(StageTimes times, StageTimes.Stage stage, long start) {
        return times == null ? start : times.lap(stage, start);
    }

    /** The document's graph. */
    public DocumentGraph extract(Document document) {
        return run(document).graph();
    }

    /** The document's graph, the work passing {@code checkpoint} as {@link #run(Document, Checkpoint)} does. */
    public DocumentGraph extract(Document document, Checkpoint checkpoint) {
        return run(document, checkpoint).graph();
    }

    /** The document's graph, each stage's time added to {@code times}. */
    public DocumentGraph extract(Document document, Checkpoint checkpoint, StageTimes times) {
        return run(document, checkpoint, times).graph();
    }
}

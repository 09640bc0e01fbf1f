package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ontology.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The relation types the extractor checks are the ontology's domains and ranges, read from aikg.ttl. */
class PredicateTest {
    private static final Model ONTOLOGY = Ontology.ontology();

    /** The classes of a domain or range: one class, or the members of an owl:unionOf. */
    private static Set<Resource> classes(RDFNode node) {
        Set<Resource> out = new HashSet<>();
        Resource r = node.asResource();
        if (r.hasProperty(OWL.unionOf)) {
            r.getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class)
                    .iterator().forEachRemaining(n -> out.add(n.asResource()));
        } else {
            out.add(r);
        }
        return out;
    }

    @Test
    void domainsAndRangesMatchTheOntology() {
        for (Predicate p : Predicate.values()) {
            Set<Resource> domain = classes(ONTOLOGY.getRequiredProperty(p.property(), RDFS.domain).getObject());
            Set<Resource> range = classes(ONTOLOGY.getRequiredProperty(p.property(), RDFS.range).getObject());
            for (EntityType s : EntityType.values()) {
                for (EntityType o : EntityType.values()) {
                    boolean ontologyAllows = domain.contains(s.ontologyClass()) && range.contains(o.ontologyClass());
                    assertEquals(ontologyAllows, p.accepts(s, o), p + " " + s + " → " + o);
                }
            }
        }
    }

    @Test
    void aRelationTheTypesForbidIsNeverBuilt() {
        Entity person = new Entity("urn:p", EntityType.PERSON, "Jane Doe", Set.of(), null, null, null, null);
        Entity org = new Entity("urn:o", EntityType.ORGANIZATION, "Acme", Set.of(), null, null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> new Relation(person, Predicate.DEVELOPED_BY, org, 0.9, 0, 1, "x", "test"));
        assertThrows(IllegalArgumentException.class,
                () -> new Relation(org, Predicate.PART_OF, org, 1.5, 0, 1, "x", "test"));
    }
}

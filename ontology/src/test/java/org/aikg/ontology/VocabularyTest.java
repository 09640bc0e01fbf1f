package org.aikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps {@link AIKG} and {@code aikg.ttl} in step, and pins the contract's domains and ranges. */
class VocabularyTest {
    private static Model ont;
    /** Field name → constant, for every public static Resource (or Property) field of AIKG. */
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ont = Ontology.ontology();
        constants = new TreeMap<>();
        for (Field f : AIKG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Resource.class.isAssignableFrom(f.getType())) {
                constants.put(f.getName(), (Resource) f.get(null));
            }
        }
    }

    @Test
    void reflectionFindsTheVocabulary() {
        // Guards the other tests against passing vacuously if the reflection filter broke.
        assertTrue(constants.size() >= 28, () -> "only " + constants.keySet());
        assertEquals(AIKG.developedBy, constants.get("developedBy"));
        assertEquals(AIKG.Assertion, constants.get("Assertion"));
    }

    @Test
    void everyConstantIsInTheNamespaceUnderItsFieldName() {
        constants.forEach((name, r) -> assertEquals(AIKG.NS + name, r.getURI(), name));
    }

    @Test
    void everyConstantIsDeclaredWithTheRightKindAndDocumented() {
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            Resource inOnt = ont.getResource(term.getURI());
            if (term instanceof Property) {
                if (!inOnt.hasProperty(RDF.type, OWL.ObjectProperty) && !inOnt.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                    problems.add(name + " is not an owl:ObjectProperty or owl:DatatypeProperty");
                }
                if (inOnt.hasProperty(RDF.type, OWL.Class)) {
                    problems.add(name + " is a Property constant but an owl:Class");
                }
            } else {
                if (!inOnt.hasProperty(RDF.type, OWL.Class)) {
                    problems.add(name + " is not an owl:Class");
                }
                if (inOnt.hasProperty(RDF.type, OWL.ObjectProperty) || inOnt.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                    problems.add(name + " is a Resource constant but a property");
                }
            }
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                if (!inOnt.hasProperty(p)) problems.add(name + " has no " + p.getLocalName());
                else if (inOnt.listProperties(p).toList().size() != 1) problems.add(name + " has several " + p.getLocalName());
            }
            if (!inOnt.hasProperty(RDFS.isDefinedBy, ont.getResource(AIKG.ONTOLOGY_IRI))) {
                problems.add(name + " has no rdfs:isDefinedBy <" + AIKG.ONTOLOGY_IRI + ">");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAikgTermInTheOntologyHasAConstant() {
        Set<String> known = constants.values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        // Any aikg: IRI anywhere in the file, not only declared ones, so a typo in a domain is caught too.
        for (StmtIterator it = ont.listStatements(); it.hasNext(); ) {
            Statement s = it.next();
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(AIKG.NS)) {
                    used.add(n.asResource().getURI());
                }
            }
        }
        used.removeAll(known);
        assertEquals(Set.of(), used, "aikg terms in aikg.ttl without a constant in AIKG");
    }

    @Test
    void ontologyHeader() {
        Resource o = ont.getResource(AIKG.ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("0.1.0", o.getProperty(OWL.versionInfo).getString());
        assertTrue(o.hasProperty(DCTerms.title));
        assertTrue(o.hasProperty(DCTerms.description));
        assertEquals("https://creativecommons.org/licenses/by/4.0/",
                o.getPropertyResourceValue(DCTerms.license).getURI());
    }

    @Test
    void contractRelationsHaveTheirDomainsAndRanges() {
        assertRelation(AIKG.developedBy, AIKG.Model, AIKG.Organization);
        assertRelation(AIKG.introducedIn, AIKG.Model, AIKG.Paper);
        assertRelation(AIKG.authoredBy, AIKG.Paper, AIKG.Person);
        assertRelation(AIKG.basedOn, AIKG.Model, AIKG.Model);
        assertRelation(AIKG.partOf, AIKG.Organization, AIKG.Organization);
        assertRelation(AIKG.variantOf, AIKG.Model, AIKG.Model);
        assertRelation(AIKG.mentions, AIKG.Document, AIKG.Entity);
        assertRelation(AIKG.statedIn, AIKG.Assertion, AIKG.Document);

        Resource affiliated = ont.getResource(AIKG.affiliatedWith.getURI());
        assertTrue(affiliated.hasProperty(RDF.type, OWL.ObjectProperty));
        assertEquals(AIKG.Organization, affiliated.getPropertyResourceValue(RDFS.range));
        List<Statement> domains = affiliated.listProperties(RDFS.domain).toList();
        assertEquals(1, domains.size(), "affiliatedWith has one domain, a union class");
        Resource union = domains.get(0).getResource().getPropertyResourceValue(OWL.unionOf);
        assertTrue(union != null && union.canAs(RDFList.class), "owl:unionOf list");
        assertEquals(Set.of(AIKG.Person, AIKG.Paper),
                Set.copyOf(union.as(RDFList.class).asJavaList()));
    }

    @Test
    void partOfIsNotTransitive() {
        assertFalse(ont.contains(AIKG.partOf, RDF.type, OWL.TransitiveProperty));
    }

    @Test
    void datatypePropertiesHaveTheirRanges() {
        Map<Property, Resource> ranges = Map.ofEntries(
                Map.entry(AIKG.arxivId, XSD.xstring), Map.entry(AIKG.wikidataId, XSD.xstring),
                Map.entry(AIKG.contentHash, XSD.xstring), Map.entry(AIKG.format, XSD.xstring),
                Map.entry(AIKG.confidence, XSD.xdouble), Map.entry(AIKG.evidenceText, XSD.xstring),
                Map.entry(AIKG.startOffset, XSD.integer), Map.entry(AIKG.endOffset, XSD.integer),
                Map.entry(AIKG.line, XSD.integer), Map.entry(AIKG.column, XSD.integer),
                Map.entry(AIKG.extractedBy, XSD.xstring), Map.entry(AIKG.mentionCount, XSD.integer));
        ranges.forEach((p, range) -> {
            Resource r = ont.getResource(p.getURI());
            assertTrue(r.hasProperty(RDF.type, OWL.DatatypeProperty), p.getLocalName());
            assertEquals(range, r.getPropertyResourceValue(RDFS.range), p.getLocalName());
        });
        assertEquals(AIKG.Paper, ont.getResource(AIKG.arxivId.getURI()).getPropertyResourceValue(RDFS.domain));
        assertEquals(AIKG.Entity, ont.getResource(AIKG.wikidataId.getURI()).getPropertyResourceValue(RDFS.domain));
        assertEquals(AIKG.Assertion, ont.getResource(AIKG.mentionCount.getURI()).getPropertyResourceValue(RDFS.domain));
    }

    @Test
    void classHierarchyMatchesTheContract() {
        for (Resource c : List.of(AIKG.Paper, AIKG.Model, AIKG.Organization, AIKG.Person)) {
            assertTrue(ont.contains(c, RDFS.subClassOf, AIKG.Entity), c.getLocalName());
        }
        assertTrue(ont.contains(AIKG.Company, RDFS.subClassOf, AIKG.Organization));
        assertTrue(ont.contains(AIKG.ResearchInstitution, RDFS.subClassOf, AIKG.Organization));
        assertTrue(ont.contains(AIKG.Assertion, RDFS.subClassOf, RDF.Statement));
        assertFalse(ont.contains(AIKG.Document, RDFS.subClassOf, AIKG.Entity), "documents are not entities");
    }

    private static void assertRelation(Property p, Resource domain, Resource range) {
        Resource r = ont.getResource(p.getURI());
        String name = p.getLocalName();
        assertTrue(r.hasProperty(RDF.type, OWL.ObjectProperty), name + " is an owl:ObjectProperty");
        List<RDFNode> domains = r.listProperties(RDFS.domain).mapWith(Statement::getObject).toList();
        List<RDFNode> ranges = r.listProperties(RDFS.range).mapWith(Statement::getObject).toList();
        if (!domains.equals(List.of(domain))) fail(name + " domain " + domains + ", expected " + domain);
        if (!ranges.equals(List.of(range))) fail(name + " range " + ranges + ", expected " + range);
    }
}

package org.aikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Loading, copying and querying the bundled ontology. */
class OntologyTest {
    private static final String PREFIXES = """
            PREFIX aikg: <https://w3id.org/aikg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            """;

    private static Set<String> select(Model m, String query, String var) {
        Set<String> out = new HashSet<>();
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> out.add(row.getResource(var).getURI()));
        }
        return out;
    }

    @Test
    void subClassOfPathFindsTheOrganizationHierarchy() {
        Set<String> orgs = select(Ontology.ontology(),
                "SELECT ?c WHERE { ?c rdfs:subClassOf* aikg:Organization . FILTER(STRSTARTS(STR(?c), STR(aikg:))) }", "c");
        assertEquals(Set.of(AIKG.Organization.getURI(), AIKG.Company.getURI(), AIKG.ResearchInstitution.getURI()), orgs);
    }

    @Test
    void companyIsTransitivelyAnEntityButNotADocument() {
        Model ont = Ontology.ontology();
        String ask = PREFIXES + "ASK { aikg:Company rdfs:subClassOf+ %s }";
        try (QueryExecution qe = QueryExecution.model(ont).query(ask.formatted("aikg:Entity")).build()) {
            assertTrue(qe.execAsk());
        }
        try (QueryExecution qe = QueryExecution.model(ont).query(ask.formatted("aikg:Document")).build()) {
            assertFalse(qe.execAsk());
        }
    }

    @Test
    void entitySubclassesAreTheFourKindsAndTheirSpecialisations() {
        Set<String> entities = select(Ontology.ontology(),
                "SELECT ?c WHERE { ?c rdfs:subClassOf+ aikg:Entity }", "c");
        assertEquals(Set.of(AIKG.Paper.getURI(), AIKG.Model.getURI(), AIKG.Organization.getURI(),
                AIKG.Person.getURI(), AIKG.Company.getURI(), AIKG.ResearchInstitution.getURI()), entities);
    }

    @Test
    void ontologyIsAFreshCopyEachTime() {
        Model first = Ontology.ontology();
        long size = first.size();
        assertTrue(size > 100, "ontology has " + size + " triples");
        first.removeAll();
        Model second = Ontology.ontology();
        assertNotSame(first, second);
        assertEquals(size, second.size());
        assertEquals("https://w3id.org/aikg/ontology#", second.getNsPrefixURI("aikg"));
    }

    @Test
    void turtleIsTheBundledTextAndParsesToTheSameGraph() {
        assertSame(Ontology.turtle(), Ontology.turtle());
        assertTrue(Ontology.turtle().contains("aikg:developedBy"));
        Model parsed = ModelFactory.createDefaultModel();
        RDFParser.fromString(Ontology.turtle(), Lang.TURTLE).parse(parsed);
        assertTrue(parsed.isIsomorphicWith(Ontology.ontology()));
    }

    @Test
    void emptyDataConformsBecauseTheOntologyHoldsNoInstances() {
        // The ontology holds no instances, so nothing is targeted; a shape targeting e.g. every subject of
        // rdfs:label would wrongly fire on the ontology's own terms, which are in every validated union.
        assertTrue(Ontology.validate(ModelFactory.createDefaultModel().getGraph()).conforms());
        assertFalse(Ontology.ontology().contains(null, RDF.type, AIKG.Document));
        assertTrue(Ontology.ontology().contains(AIKG.Document, RDFS.label));
    }
}

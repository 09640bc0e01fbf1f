package org.aikg.ingest.relate;

import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ontology.AIKG;
import org.apache.jena.rdf.model.Property;

/**
 * The six relations of the data contract, and the variant links of model names, with the domains and ranges of
 * the ontology. Relations are checked against them before they are written.
 */
public enum Predicate {
    DEVELOPED_BY(AIKG.developedBy, Set.of(EntityType.MODEL), EntityType.ORGANIZATION),
    INTRODUCED_IN(AIKG.introducedIn, Set.of(EntityType.MODEL), EntityType.PAPER),
    AUTHORED_BY(AIKG.authoredBy, Set.of(EntityType.PAPER), EntityType.PERSON),
    AFFILIATED_WITH(AIKG.affiliatedWith, Set.of(EntityType.PERSON, EntityType.PAPER), EntityType.ORGANIZATION),
    BASED_ON(AIKG.basedOn, Set.of(EntityType.MODEL), EntityType.MODEL),
    PART_OF(AIKG.partOf, Set.of(EntityType.ORGANIZATION), EntityType.ORGANIZATION),
    /**
     * A model's size, version or tuning of another, which the variant's name states ({@link VariantLinks}); beside
     * the six. Listed last: for a pair of models, {@link PairFeatures#predicate} and the classifier mean basedOn.
     */
    VARIANT_OF(AIKG.variantOf, Set.of(EntityType.MODEL), EntityType.MODEL);

    private final Property property;
    private final Set<EntityType> domain;
    private final EntityType range;

    Predicate(Property property, Set<EntityType> domain, EntityType range) {
        this.property = property;
        this.domain = domain;
        this.range = range;
    }

    public Property property() {
        return property;
    }

    /** True when the ontology allows a subject of type {@code s} and an object of type {@code o}. */
    public boolean accepts(EntityType s, EntityType o) {
        return domain.contains(s) && range == o;
    }
}

package org.aikg.ingest.resolve;

import org.aikg.ingest.ner.Mention;

/** A mention and the entity it names. */
public record ResolvedMention(Mention mention, Entity entity) {}

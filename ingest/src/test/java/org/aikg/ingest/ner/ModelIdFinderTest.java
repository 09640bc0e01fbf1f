package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class ModelIdFinderTest {
    private static List<String> found(String markdown) {
        AnnotatedDocument d = TokenizedSentences.tokenizedBlocks("t.md", markdown);
        ModelIdFinder finder = new ModelIdFinder();
        return d.sentences().stream().flatMap(s -> finder.find(d, s).stream())
                .map(m -> m.surface() + ":" + m.type()).toList();
    }

    @Test
    void theIdsOfATablesModelColumnAreModels() {
        assertEquals(List.of("quill-chat-3:MODEL", "quill-coder-7b:MODEL"), found("""
                | Model | Context | Notes |
                |---|---|---|
                | quill-chat-3 | 128k | general chat |
                | quill-coder-7b | 32k | code |
                """));
    }

    @Test
    void otherColumnsAndWordsAreNot() {
        // a "Name" column of an API's options holds code, not models; a plain word in a model column is no id
        assertEquals(List.of(), found("""
                | Name | Type |
                |---|---|
                | options.signal | AbortSignal |
                | wren-client-2 | object |
                """));
        assertEquals(List.of(), found("""
                | Model | Score |
                |---|---|
                | baseline | 61.0 |
                """));
    }

    @Test
    void anIdThatOpensAListItemDescribedAsAModel() {
        assertEquals(List.of("heron-chat-2:MODEL", "heron-embed-v1:MODEL"), found("""
                - `heron-chat-2`: our largest chat model
                - `heron-embed-v1` - an embedding model for search
                - `heron-cli-2`: the command-line tool
                - heron setup: install it first
                - `heron-dl-2`: a tool to download any model
                - `heron-bench-3`: runs every model on the suite
                """));
    }

    @Test
    void descriptionsWithNumbersPossessivesAndAsidesStillCallTheIdAModel() {
        assertEquals(List.of("quill-1.5b:MODEL", "quill-chat-7b:MODEL", "quill-coder-2:MODEL", "quill-base-3b:MODEL"), found("""
                - `quill-1.5b`: a 1.5B parameter model
                - `quill-chat-7b`: Velto's flagship chat model
                - `quill-coder-2`: a 7B, code-tuned model
                - `quill-base-3b` - the base (pretrained) model
                - `quill-cli-3`: a CLI for the model
                """));
        assertEquals(List.of("quill-large-2:MODEL"), found("""
                | Model ID (API) | Context |
                |---|---|
                | quill-large-2 | 32k |
                """));
    }

    @Test
    void aColumnOfModelsKindsHoldsNoIds() {
        assertEquals(List.of(), found("""
                | Model type | Model architecture |
                |---|---|
                | seq-2-seq | enc-dec-v2 |
                """));
        assertEquals(List.of("quill-embed-2:MODEL"), found("""
                | Embedding model ID | Size |
                |---|---|
                | quill-embed-2 | 1.2 GB |
                """));
    }
}

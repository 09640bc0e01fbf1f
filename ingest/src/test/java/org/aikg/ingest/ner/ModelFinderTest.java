package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFinderTest {
    /** The surfaces the finder's {@code finder} pattern finds in {@code text}. */
    private static List<String> found(String finder, String text) {
        return TokenizedSentences.found(new ModelFinder(), text).stream()
                .filter(m -> m.finder().equals(finder)).map(Mention::surface).toList();
    }

    private static List<String> described(String text) {
        return found("pattern:described-as-model", text);
    }

    @Test
    void aNameDescribedAsAModelIsAModel() {
        assertEquals(List.of("Lumen"), described("Lumen is an open language model for clinics."));
        assertEquals(List.of("Harbor"), described("Harbor, a small chatbot for support desks, is free."));
        assertEquals(List.of("Harbor"), described("Harbor is a voice assistant for kitchens."));
    }

    private static List<String> modelNoun(String text) {
        return found("pattern:model-noun", text);
    }

    @Test
    void namesListedAfterModelsAreModels() {
        assertEquals(List.of("Corvid-Pro", "Corvid-Mini"),
                found("pattern:listed-model", "It serves open models from Velto AI, such as Corvid-Pro and Corvid-Mini."));
        assertEquals(List.of("Heron-2", "Lumen 3", "Quail"),
                found("pattern:listed-model", "Velto offers three models: Heron-2, Lumen 3 and Quail."));
        assertEquals(List.of(), found("pattern:listed-model", "It runs small LLMs like Wren on phones.")); // the sentence goes on: no list
        assertEquals(List.of("Wren"), found("pattern:listed-model", "It runs small LLMs like Wren."));
        assertEquals(List.of("corvid-7b-chat", "heron-2-mini"), found("pattern:listed-model", "Supported models: corvid-7b-chat and heron-2-mini."));
        assertEquals(List.of(), found("pattern:listed-model", "Supported models: see the table below."));
        assertEquals(List.of("Heron-2", "Corvid-7B"), found("pattern:listed-model", "Models: Heron-2 (Quillon Labs), Corvid-7B (Velto AI)."));
        // a kind or a class of models is no name; no list without the noun
        assertEquals(List.of(), found("pattern:listed-model", "It supports models such as Vision and LLMs."));
        assertEquals(List.of(), found("pattern:listed-model", "It runs on platforms such as Linux and Windows."));
        assertEquals(List.of(), found("pattern:listed-model", "Deploy models to platforms such as Velto, Quillon and Brightwave."));
        assertEquals(List.of("Heron-Nano", "Heron-Micro"), found("pattern:listed-model", "It ships small models (e.g. Heron-Nano, Heron-Micro)."));
        assertEquals(List.of("Zephyrine-Base", "Zephyrine-Chat"),
                found("pattern:listed-model", "It has two models, namely Zephyrine-Base and Zephyrine-Chat."));
        assertEquals(List.of("Corvid-Pro", "Corvid-Mini"), found("pattern:listed-model", "Try open models, for example Corvid-Pro and Corvid-Mini."));
    }

    @Test
    void aFamilysOneWordNameBeforeModels() {
        assertEquals(List.of("Zephyrine"), modelNoun("The Zephyrine models are served by Tarn Labs."));
        assertEquals(List.of("Corvid"), modelNoun("Velto offers several Corvid models for phones."));
        // a kind of model in capitals, or no determiner before the word
        assertEquals(List.of(), modelNoun("The Vision models are slow."));
        assertEquals(List.of(), modelNoun("Corvid models are small."));
        // "the X family of models" names the family as "the X models" does
        assertEquals(List.of("Wrenfold"), modelNoun("The Wrenfold family of models comes from Harbor Institute."));
        assertEquals(List.of("Wrenfold"), modelNoun("We ship the Wrenfold family of open language models."));
        assertEquals(List.of(), modelNoun("The Lindqvist family of Oslo funded the lab."));
        // the sizes before a family's name are no part of it
        assertEquals(List.of("Corvid"), modelNoun("Releasing the 3B and 7B Corvid family of models today."));
    }

    @Test
    void aNamedPredictorOrNetworkOfMachineLearning() {
        assertEquals(List.of("Quill"), described("Quill is a neural network predictor of protein disorder."));
        assertEquals(List.of("Wrenfold"), described("Wrenfold is an SVM-based classifier for cell compartments."));
        assertEquals(List.of("Auk"), described("Auk is a neural network for bird calls."));
        // a network or an engine of anything but machine learning is none
        assertEquals(List.of(), described("Velto, a network of forty research hospitals, shared the data."));
        assertEquals(List.of(), described("Skua, a deep packet inspection engine, drops bad traffic."));
        assertEquals(List.of(), described("Tern is a simple predictor of the weather."));
        // a mathematician's name in the name of a class of models is no model's name
        assertEquals(List.of(), modelNoun("Gannet uses a hidden Markov model for signals."));
        // a kind written in capitals before the noun is no name
        assertEquals(List.of(), modelNoun("Our new VISION model is out."));
    }

    @Test
    void anAssistantProfessorIsAPersonsPost() {
        assertEquals(List.of(), described("Tomas Berg is an assistant professor of linguistics at Harbor University."));
        assertEquals(List.of(), described("Mei Okafor, an assistant director of the lab, spoke first."));
    }

    @Test
    void aQuotedNameDescribedAsAFamilyOfModelsIsAModel() {
        assertEquals(List.of("Lumen"), described("\u201cLumen\u201d is a family of compact models built by Brightloom."));
        assertEquals(List.of("Harbor"), described("Harbor is a series of open models for code."));
    }

    @Test
    void aModelCardIsADocumentNotTheNameBeforeIt() {
        assertEquals(List.of("CorvidNet"), modelNoun("Read the CorvidNet model first."));
        assertEquals(List.of(), modelNoun("Read the CorvidNet Model Card first."));
    }

    @Test
    void aFormatBeforeModelIsNoPartOfTheName() {
        assertEquals(List.of("CorvidNet", "Kestrel 2"), modelNoun("Run the CorvidNet TFLite model or a Kestrel 2 GPTQ model in the browser."));
        assertEquals(List.of(), modelNoun("Load the ONNX model first."));
        // a task after the name names the kind of model, not the model
        assertEquals(List.of("HeronV6", "Tern-2"), modelNoun("We ship the HeronV6 OCR models and the Tern-2 Embedding models."));
        assertEquals(List.of(), modelNoun("It runs the SPAM detection model."));
        assertEquals(List.of("Kestrel"), modelNoun("Try the Kestrel ASR models first."));
        assertEquals(List.of(), modelNoun("Curated ONNX Embedding Models"));
    }

    @Test
    void anAlgorithmIsAMethodNotAModel() {
        assertEquals(List.of(), modelNoun("Words are cut with the Marlow algorithm."));
    }

    @Test
    void aFamilyOfOtherThingsIsNot() {
        assertEquals(List.of(), described("Harbor is a family of fonts for small screens."));
        assertEquals(List.of(), described("Lumen is a platform for model sharing."));
    }

    @Test
    void aNameDescribedAsAnMlSystemIsAModel() {
        assertEquals(List.of("Osprey"), described("Osprey is a handwriting recognition system built at Harbor University."));
        assertEquals(List.of("Wren"), described("Wren is a small text-to-speech engine."));
        // the head noun starts a compound: a kind of company, not of system
        assertEquals(List.of(), described("Harbor is a system integrator in Lisbon."));
        assertEquals(List.of(), described("Harbor, a search engine optimization agency, opened an office."));
        // people's jobs and organizations described by such nouns are not models
        assertEquals(List.of(), described("Harbor is a health system in Ohio."));
        assertEquals(List.of(), described("Ana Lind is a translator at Harbor University."));
    }

    @Test
    void aNameDescribedAsALearnedKindOfSystemIsAModelWithOrWithoutWordsOfMl() {
        assertEquals(List.of("Auklet"), described("Auklet is a memory-based tagger for Frisian."));
        assertEquals(List.of(), described("Murre, a rule-based tagger, runs on phones."));
        assertEquals(List.of(), described("Wigeon is a licence detector for source files."));
        // "the", "our": a definite description names a model only with a word of ML in it
        assertEquals(List.of("Petrel"), described("Petrel, our new text-to-speech system, speaks twelve languages."));
        assertEquals(List.of(), described("Lisbon, the model city of the project, hosted the meeting."));
        assertEquals(List.of(), described("Harbor, our new system integrator, opened an office."));
        assertEquals(List.of(), described("Traffic fell in June -Velto - Corvid, the popular AI chatbot, lost users."));
    }
}

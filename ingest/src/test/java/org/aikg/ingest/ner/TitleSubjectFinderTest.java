package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleSubjectFinderTest {
    /** The models the finder names in a whole document (read by the reader its name calls for). */
    private static List<String> subjects(String name, String content) {
        AnnotatedDocument doc = TokenizedSentences.blocks(name, content);
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Mention m : TitleSubjectFinder.bundled().find(doc, s)) {
                assertEquals(EntityType.MODEL, m.type());
                assertEquals(m.surface(), doc.text().substring(m.start(), m.end()));
                out.add(m.surface());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# quillnet, a part-of-speech tagger for chemistry text\n\nquillnet tags chemistry text.\n",
        "# quillnet - handwritten digit recognition\n\nquillnet reads forms.\n",
        "# quillnet: speaker detection in meeting audio\n\nquillnet listens.\n",
        "# quillnet — gene finding with hidden Markov models\n\nquillnet, written in C, finds genes.\n",
        "![build](https://ci.example/badge.svg)\n\n# quillnet, a small neural parser\n\n## Usage\n\nquillnet reads stdin.\n",
    })
    void aProjectTitleDescribingALearnedSystemNamesAModel(String markdown) {
        assertEquals(List.of("quillnet"), subjects("README.md", markdown));
    }

    @Test
    void manualPagesAndPodNameTheirSubjectAfterTheNameHeading() {
        String roff = ".TH QUILLNET 1\n.SH NAME\nquillnet \\- predicts the part of speech of chemistry words\n"
                + ".SH DESCRIPTION\n.PP\n.B quillnet\nreads text.\n.PP\nIt writes tags.\n";
        assertEquals(List.of("quillnet"), subjects("quillnet.1", roff));
        String pod = "=head1 NAME\n\nWren::Tagger - learns to tag verbs from examples\n\n=head1 SYNOPSIS\n\n  use Wren::Tagger;\n";
        assertEquals(List.of("Wren::Tagger"), subjects("Tagger.pm", pod));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // what the project is, is no learned system
        "# quillnet - multiple alignment of protein sequences\n\nIt aligns.\n",
        "# quillnet, a fast library for reading spreadsheets\n\nIt reads.\n",
        // it wraps, feeds or measures one
        "# quillnet: Python bindings for a speech recognition engine\n\nIt binds.\n",
        "# quillnet - a dataset for handwritten digit recognition\n\nIt holds digits.\n",
        "# quillnet - evaluate classification results\n\nIt scores.\n",
        // a heading that names no project
        "# Overview: speech recognition in the browser\n\nText.\n",
        "# 2024: the year of speech recognition\n\nText.\n",
        // the description must follow the name: no separator, no subject
        "# quillnet\n\nA part-of-speech tagger.\n",
        // only the first heading is the title
        "# Lumen Notes\n\n## quillnet - handwritten digit recognition\n\nText.\n",
        // a word of English in small letters: the text never opens a sentence with it as a name
        "# quillnet - handwritten digit recognition\n\nInstall quillnet with pip.\n",
        // a word of learning as a side of the task, not what the thing is
        "# sieve - print lines that match patterns, with detection of binary files\n\nsieve reads files.\n",
        // a library, a framework
        "# quillnet - a neural network library\n\nquillnet is small.\n",
    })
    void otherTitlesNameNoModel(String markdown) {
        assertEquals(List.of(), subjects("README.md", markdown));
    }
}

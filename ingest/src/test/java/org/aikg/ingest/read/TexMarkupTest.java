package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LaTeX sources and R documentation: markup taken off, sections and bibliographies read as such. */
class TexMarkupTest {
    private static List<String> blocks(String name, String content) {
        Document d = DocumentReaders.parse(Path.of(name), content);
        return d.blocks().stream().filter(b -> b.kind() != Block.Kind.CODE)
                .map(b -> b.kind() + ":" + d.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void aLatexPaperWithItsBibliography() {
        String tex = """
                \\documentclass{article}
                \\usepackage{hyperref}
                \\title[Heron]{Heron: counting birds}
                \\begin{document}
                \\maketitle
                \\section{Introduction}
                % a comment that is not text
                We follow {\\it earlier work} by S{\\"o}derberg~et~al.\\ \\cite{lind2019} on $x^2$ songs --- see \\href{https://heron.example}{the site}.
                \\begin{equation}
                y = x^2
                \\end{equation}
                \\begin{thebibliography}{9}
                \\bibitem[Lind et~al.(2019)]{lind2019}
                Lind, A., Berg, T. and Okafor, N. (2019) Counting birds by their songs. \\newblock {\\it Bird Informatics}, {\\bf 7}(3):101--110.
                \\end{thebibliography}
                \\end{document}
                """;
        assertTrue(TexMarkup.isSource(tex));
        assertEquals(List.of(
                "HEADING:Heron: counting birds",
                "HEADING:Introduction",
                "PARAGRAPH:We follow earlier work by Söderberg et al. on songs — see the site.",
                "REFERENCE:Lind, A., Berg, T. and Okafor, N. (2019) Counting birds by their songs. Bird Informatics, 7(3):101–110."),
                blocks("heron.tex", tex));
    }

    @Test
    void commandsThatPrintAWordGiveTheWord() {
        String rd = """
                \\name{heron}
                \\title{Count Birds}
                \\description{
                An \\R package for counting birds, typeset with \\LaTeX{} and \\BibTeX.
                }
                \\references{
                Lind, A. (2019) heron: An \\R Package for Counting Birds. \\emph{Bird Software} \\bold{7}, 1--9.
                }
                \\author{Ana Lind}
                \\keyword{birds}
                """;
        assertEquals(List.of(
                "HEADING:Count Birds",
                "HEADING:description",
                "PARAGRAPH:An R package for counting birds, typeset with LaTeX and BibTeX.",
                "HEADING:references",
                "REFERENCE:Lind, A. (2019) heron: An R Package for Counting Birds. Bird Software 7, 1–9.",
                "PARAGRAPH:Ana Lind"),
                blocks("heron.Rd", rd).stream().map(b -> b.replaceAll("\\s+", " ")).toList());
    }

    @Test
    void anRDocumentationFile() {
        String rd = """
                \\name{heron}
                \\alias{heron}
                \\title{Count Birds}
                \\description{
                Counts birds with the method of \\emph{Lind and Berg} (2019).
                }
                \\usage{
                heron(x, k = 2)
                }
                \\arguments{
                \\item{x}{a song}
                }
                \\references{
                Lind A, Berg T (2019). Counting birds by their songs. \\emph{Bird Informatics} \\bold{7}, 101-110.

                \\enc{Söderberg}{Soderberg}, K. (2020) Small decoders. \\emph{Signal Craft}, 3, 1--9.
                }
                \\author{Ana Lind \\email{ana@harbor.example}}
                \\keyword{birds}
                """;
        assertTrue(TexMarkup.isSource(rd));
        assertEquals(List.of(
                "HEADING:Count Birds",
                "HEADING:description",
                "PARAGRAPH:Counts birds with the method of Lind and Berg (2019).",
                "HEADING:references",
                "REFERENCE:Lind A, Berg T (2019). Counting birds by their songs. Bird Informatics 7, 101-110.",
                "REFERENCE:Söderberg, K. (2020) Small decoders. Signal Craft, 3, 1–9.",
                "PARAGRAPH:\\\\author{Ana Lind ana@harbor.example}".replace("\\\\author{", "").replace("}", "")),
                blocks("heron.Rd", rd));
    }

    @Test
    void aHardWrappedEntryOfRDocumentationIsOneReference() {
        // R's references often put the authors and year, the title and the journal on lines of their own; the
        // markup in the journal's line must not hide that the three lines are one citation
        String rd = """
                \\name{heron}
                \\title{Count Birds}
                \\references{
                Lind A, Berg T, Okafor N (2019).
                  Counting birds by their songs.
                  \\emph{Bird Informatics}, \\bold{7}(3), 101--110.

                Park R (2021).
                  Small decoders for field radios.
                  \\emph{Signal Craft}, \\bold{3}, 1--9.
                }
                """;
        assertEquals(List.of(
                "HEADING:Count Birds",
                "HEADING:references",
                "REFERENCE:Lind A, Berg T, Okafor N (2019). Counting birds by their songs. Bird Informatics, 7(3), 101–110.",
                "REFERENCE:Park R (2021). Small decoders for field radios. Signal Craft, 3, 1–9."),
                blocks("heron.Rd", rd).stream().map(b -> b.replaceAll("\\s+", " ")).toList());
    }

    /** An R help page with a title, a description and {@code references} (lines ending in a newline) as its references. */
    private static String rdWithReferences(String references) {
        return "\\name{heron}\n\\title{Count Birds}\n\\description{\nCounts birds with \\emph{songs}.\n}\n\\references{\n"
                + references + "}\n\\keyword{birds}\n";
    }

    @Test
    void anEntryOfShortLinesEndingOnCommasIsOneReference() {
        String rd = rdWithReferences("""
                Lind A., Berg T., Okafor N.,
                Counting birds: can songs tell?,
                \\emph{Journal of Birds}, 2024, in press,
                \\doi{10.1000/birds.1}.
                """);
        assertEquals("REFERENCE:Lind A., Berg T., Okafor N., Counting birds: can songs tell?, Journal of Birds, 2024, in press, 10.1000/birds.1.",
                blocks("heron.Rd", rd).stream().map(b -> b.replaceAll("\\s+", " ").strip()).filter(b -> b.startsWith("REFERENCE"))
                        .findFirst().orElse(""));
    }

    @Test
    void referencesEndedByLineBreaksAreOneEntryEach() {
        // R documentation often parts its entries with "\\cr" line breaks, no blank line between them
        String rd = rdWithReferences("""
                Lind, A., Berg, T. Counting birds by their songs. Bird Informatics. Vol. 7, pp. 101--110, 2019.\\cr \\cr
                Tomas Okafor. Field Radios -- a Primer. Harbor Books, Oslo, 2nd edition, 2001. \\cr \\cr
                """);
        assertEquals(List.of(
                "HEADING:Count Birds",
                "HEADING:description",
                "PARAGRAPH:Counts birds with songs.",
                "HEADING:references",
                "REFERENCE:Lind, A., Berg, T. Counting birds by their songs. Bird Informatics. Vol. 7, pp. 101–110, 2019.",
                "REFERENCE:Tomas Okafor. Field Radios – a Primer. Harbor Books, Oslo, 2nd edition, 2001."),
                blocks("heron.Rd", rd).stream().map(b -> b.replaceAll("\\s+", " ").strip()).toList());
    }

    @Test
    void aChapterInAFileOfItsOwnIsRead() {
        // a manual's chapters are often files of their own, included by the main file: no preamble, no \\begin{document}
        String tex = """
                \\section{Thanks}
                Heron owes much to \\emph{Wren}, written by Ana Lind \\citep{Lind19,Berg20b} at Velto Labs.
                Tomas Berg tested it on \\textbf{many} \\emph{old} machines; see \\ref{sec:install}.
                \\label{end}
                """;
        assertTrue(TexMarkup.isSource(tex));
        assertEquals(List.of("HEADING:Thanks",
                "PARAGRAPH:Heron owes much to Wren, written by Ana Lind at Velto Labs. Tomas Berg tested it on many old machines; see ."),
                blocks("thanks.tex", tex).stream().map(b -> b.replaceAll("\\s+", " ")).toList());
        assertFalse(TexMarkup.isSource("\\section is a command of LaTeX; this note names it and \\emph, \\cite, \\item, \\begin.\n"));
        // the root file's name in a comment first, a short title in brackets, braces inside the title
        assertTrue(TexMarkup.isSource("% !TEX root = ../main.tex\n\n" + tex.replace("\\section{Thanks}", "\\section[Thanks]{Thanks to \\emph{all}}")));
    }

    @Test
    void markdownWithFormulasStaysMarkdown() {
        String md = "# Heron\n\n$$\\begin{aligned} a &= b \\\\ \\end{aligned}$$\n\n" + "Text with \\emph{x} and \\cite{y}. ".repeat(8);
        assertFalse(TexMarkup.isSource(md));
    }

    @Test
    void aReadmeShowingLatexOrNamingCommandsIsNoTexSource() {
        String md = "# Heron\n\nAna Lind wrote Heron at Velto Labs.\n\n```\n\\documentclass{article}\n\\begin{document}\n"
                + "\\section{Results}\\emph{x}\\cite{y}\\section{A}\\section{B}\n\\end{document}\n```\n";
        assertFalse(TexMarkup.isSource(md));
        String txt = "Macros: \\emph, \\cite, \\section, \\item, \\begin, \\end, \\title, \\name, \\bold, \\code, \\link, \\usage.\n\n"
                + "It reached 91% coverage and costs $5 a seat.\n";
        assertEquals(List.of("PARAGRAPH:It reached 91% coverage and costs $5 a seat."),
                blocks("notes.txt", txt).subList(1, 2));
    }

    @Test
    void codeInRDocumentationKeepsItsDollarSignsAndLongLinesDoNotOverflow() {
        String rd = "\\name{heron}\n\\title{Heron}\n\\description{\nUse \\code{fit$weights} and \\code{fit$scores}, by Rosa Park.\n}\n";
        assertEquals("PARAGRAPH:Use fit$weights and fit$scores, by Rosa Park.", blocks("heron.Rd", rd).get(2));
        String tex = "\\documentclass{article}\n\\begin{document}\n\\section{A}\\section{B}\\section{C}\\emph{x}\n\\begin{x}"
                + "[a]".repeat(3000) + "\nText by Ana Lind.\n\\end{document}\n";
        assertTrue(DocumentReaders.parse(Path.of("long.tex"), tex).text().contains("Text by Ana Lind."));
    }

    @Test
    void aShortHelpPageIsRDocumentation() {
        // a package's page with few of LaTeX's commands: its sections and marks are R documentation's own
        String rd = """
                \\name{heron-package}
                \\alias{heron-package}
                \\docType{package}
                \\title{Counting Birds}
                \\description{Counts birds by their songs.}
                \\details{Reads \\url{https://heron.example/songs}.}
                \\author{Maintainer: Ana Lind}
                \\keyword{package}
                """;
        assertTrue(TexMarkup.isSource(rd));
        assertFalse(String.join(" ", blocks("heron-package.Rd", rd)).contains("\\name{"));
    }
}

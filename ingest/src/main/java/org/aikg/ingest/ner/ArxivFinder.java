package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Link;

/**
 * Papers named by arXiv: links to arxiv.org (abs, pdf, html), to the sites that show an arXiv paper under its
 * id (Hugging Face's paper pages, alphaXiv, ar5iv, Semantic Scholar's arXiv route) and ids written as
 * {@code arXiv:2204.02311}.
 * The mention covers the link text; when that text is itself a title ("[Attention Is All You Need](...)")
 * the title becomes the paper's name, otherwise ("[paper](...)") the paper is named by its id.
 *
 * <p>Thread-safety: immutable.
 */
public final class ArxivFinder implements MentionFinder {
    // newsletters link a paper's page on a mirror as often as arXiv itself; the id names the same paper
    static final Pattern ARXIV_URL = Pattern.compile(
            "(?:arxiv\\.org/(?:abs|pdf|html|format)|huggingface\\.co/papers|alphaxiv\\.org/(?:abs|overview|pdf)"
                    + "|ar5iv\\.org/(?:abs|html)|semanticscholar\\.org/arxiv)/(\\d{4}\\.\\d{4,5})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_WITH_YEAR = Pattern.compile(",\\s*(?:19|20)\\d{2}[a-z]?\\.?\\s*$");
    private static final Pattern ARXIV_TEXT = Pattern.compile(
            "\\barXiv\\s*:\\s*(\\d{4}\\.\\d{4,5})(?:v\\d+)?", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        String text = document.text();
        List<Link> links = document.document().links();
        for (int k = Link.firstAtOrAfter(links, sentence.start()); k < links.size() && links.get(k).start() < sentence.end(); k++) {
            Link link = links.get(k);
            if (link.end() > sentence.end() || link.structural()) {
                continue; // a reader's mark on structure is not a hyperlink
            }
            Matcher m = ARXIV_URL.matcher(link.url());
            if (!m.find()) {
                paperLink(text, sentence, link, found);
                continue;
            }
            {
                String linkText = text.substring(link.start(), link.end());
                // "[A. Lind, T. Berg, Title, 2021](...)": a link text that ends with a year is a whole reference entry
                String title = PaperTitleFinder.looksLikeTitle(linkText) && !ENDS_WITH_YEAR.matcher(linkText).find()
                        ? PaperTitleFinder.trimTitle(linkText) : null;
                found.add(new Mention(link.start(), link.end(), linkText, EntityType.PAPER, 0.95, "pattern:arxiv-link",
                        null, m.group(1), title));
            }
        }
        Matcher m = ARXIV_TEXT.matcher(sentence.text());
        while (m.find()) {
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            if (found.stream().noneMatch(f -> f.start() <= start && end <= f.end())) {
                found.add(new Mention(start, end, m.group(), EntityType.PAPER, 0.95, "pattern:arxiv-id",
                        null, m.group(1), null));
            }
        }
        return found;
    }

    private static final Pattern PAPER_URL = Pattern.compile(
            "(?i)\\.pdf(?:$|[?#])|openreview\\.net|aclanthology\\.org|proceedings\\.|papers\\.nips\\.cc|doi\\.org/|"
                    + "dl\\.acm\\.org|ieeexplore|semanticscholar\\.org/paper|biorxiv\\.org|nature\\.com/articles");
    /** An address where papers are kept: a "papers" or "publications" page, an academic host. */
    private static final Pattern PAPER_PATH = Pattern.compile(
            "(?i)/(?:papers?|pubs?|publications?|articles?|abs|proceedings|conference|journal)\\b|\\.edu/|acm\\.org|ieee\\.org"
                    + "|springer\\.com|sciencedirect\\.com|wiley\\.com|jmlr\\.org|mlr\\.press|thecvf\\.com|ncbi\\.nlm\\.nih\\.gov"
                    + "|pubmed|researchgate\\.net|hal\\.science|academic\\.oup\\.com|nature\\.com|science\\.org");
    /** "Getting Started - Corvid Docs", "Heron | Velto Blog": a web page's title names its site, a paper's does not. */
    private static final Pattern PAGE_TITLE = Pattern.compile(
            "\\s[-|–—·]\\s|(?i)\\b(?:documentation|docs|blog|wiki|tutorial|homepage|home page|website)\\s*$");
    private static final Pattern PAPER_LABEL = Pattern.compile("(?i)^\\W{0,3}paper\\s*[:\\-–]\\s*$");

    /**
     * A link to a paper that is not on arXiv: its text is a title and either the target looks like a
     * paper (a PDF, OpenReview, ACL Anthology, a DOI ...), the list item labels it "Paper:", or the link is a whole
     * entry of a reference list.
     */
    private static void paperLink(String text, Sentence sentence, Link link, List<Mention> found) {
        String linkText = text.substring(link.start(), link.end());
        String title = PaperTitleFinder.trimTitle(linkText);
        boolean labelled = PAPER_LABEL.matcher(text.substring(sentence.start(), link.start())).matches();
        boolean paperUrl = PAPER_URL.matcher(link.url()).find();
        // "[Title of a Paper](https://lab.example/pubs/42)" alone in a reference list: the entry is the title
        boolean wholeEntry = sentence.kind() == Block.Kind.REFERENCE
                && text.substring(sentence.start(), link.start()).strip().matches("(?:\\[\\d{1,3}]|\\d{1,3}\\.|[-*•])?")
                && text.substring(link.end(), sentence.end()).strip().matches("[.,;]?")
                && title.split("\\s+").length >= 3 && !PAGE_TITLE.matcher(title).find()
                && PAPER_PATH.matcher(link.url()).find();
        if (title.split("\\s+").length >= 2 && ((labelled && Names.startsUpper(title))
                || ((paperUrl || wholeEntry) && PaperTitleFinder.looksLikeTitle(title)))) {
            found.add(new Mention(link.start(), link.end(), linkText, EntityType.PAPER, labelled ? 0.85 : paperUrl ? 0.75 : 0.7,
                    "pattern:paper-link", null, null, title));
        }
    }

    /** The arXiv id in a URL, or null. */
    public static String idInUrl(String url) {
        Matcher m = ARXIV_URL.matcher(url);
        return m.find() ? m.group(1) : null;
    }
}

package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Link;

/**
 * Names that the document's structure gives away, as the reader marked them: each name of a citation's
 * author field or byline ({@link Link#AUTHOR_MARK}) is a person, whatever their given name; an affiliation
 * the page's metadata states for an author ({@link Link#AFFILIATION_MARK}) is an organization; a citation's
 * title field ({@link Link#TITLE_MARK}) is a paper.
 *
 * <p>Thread-safety: stateless.
 */
public final class StructureFinder implements MentionFinder {
    private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:team|teams|lab|labs|group|authors|contributors|community|collective|consortium|inc|ltd|llc|"
            + "corporation|foundation|institute|university|research|ai)\\.?$");
    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile("\\s*([^,]+?),\\s*([^,]+?)\\s*");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        String text = document.document().text();
        List<Link> links = document.document().links();
        // links are in text order: start at the first one in the sentence (no scan of the whole document)
        int first = Link.firstAtOrAfter(links, sentence.start());
        for (int k = first; k < links.size() && links.get(k).start() < sentence.end(); k++) {
            Link link = links.get(k);
            if (link.end() <= sentence.end() && link.end() > link.start()) {
                if (link.url().equals(Link.AUTHOR_MARK)) {
                    String name = text.substring(link.start(), link.end());
                    // "Qwen Team", "LAION Contributors": a citation's author may be a group
                    // (citations spell people's names in full: one word is a group's name, "LAION")
                    EntityType type = GROUP.matcher(name).find() || !name.strip().contains(" ") && !name.contains(",")
                            ? EntityType.ORGANIZATION : EntityType.PERSON;
                    // BibTeX writes "Lind, Tomas": the person is named "Tomas Lind", as everywhere else
                    java.util.regex.Matcher inverted = INVERTED.matcher(name);
                    String reading = type == EntityType.PERSON && inverted.matches()
                            ? inverted.group(2) + " " + inverted.group(1) : null;
                    out.add(new Mention(link.start(), link.end(), name, type, 0.97, "structure:author", null, null, reading));
                } else if (link.url().equals(Link.TITLE_MARK)) {
                    out.add(Mention.of(link.start(), link.end(), text.substring(link.start(), link.end()),
                            EntityType.PAPER, 0.95, "structure:title"));
                } else if (link.url().equals(Link.AFFILIATION_MARK)) {
                    out.add(Mention.of(link.start(), link.end(), text.substring(link.start(), link.end()),
                            EntityType.ORGANIZATION, 0.95, "structure:affiliation"));
                }
            }
        }
        return out;
    }
}

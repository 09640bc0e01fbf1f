package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Link;

/**
 * Repository ids of models as model hubs and API gateways write them: {@code owner/name}
 * ("acme-labs/Corvid-2-7B-Instruct", "acme/corvid-mini"). The name is a model; the owner is the account
 * that publishes it, and when the knowledge base knows that account as an organization's (by a
 * {@code handles} entry or by one of its names) the owner is a mention of that organization, which
 * {@code relate} reads as the model's maker; {@link NameFinding} keeps that mention only in a document that
 * also names the organization (an account alone is how the hub files the model).
 *
 * <p>A repository id is a convention of documentation (README files, model cards, configuration
 * examples), so its parts are not left to the finders of prose: the owner of "acme/Corvid-2" is never a
 * model, and a lower-case "corvid-mini" after a known owner is still a model's name. Only an owner the
 * knowledge base knows makes an id (an unknown account may be a person's code repository, a forum user, a
 * path or two alternatives); paths (a segment of a URL, "src/index.js"), file names, code lines and
 * sentences about datasets have none.
 *
 * <p>Thread-safety: immutable.
 */
public final class HubIdFinder implements MentionFinder {
    /** Finder name of the owner's organization mention. */
    public static final String OWNER = "structure:hub-owner";
    /** Finder name of the model mention. */
    public static final String MODEL = "structure:hub-model";

    /** A run of text without spaces, brackets, quotes or separators: where an id may stand. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s()\\[\\]{}<>\"'`,;|*]+");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern TAG = Pattern.compile(":[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DOMAIN = Pattern.compile("(?i).*\\.[a-z]{2,6}");
    private static final Pattern FILE = Pattern.compile(
            "(?i).*\\.(?:md|txt|js|mjs|cjs|ts|tsx|jsx|json|ya?ml|py|ipynb|html?|css|png|jpe?g|gif|svg|webp|wav|mp3|flac|"
                    + "ogg|mp4|pdf|csv|tsv|zip|gz|tgz|tar|onnx|bin|pt|pth|gguf|ggml|safetensors|h5|tflite|pb|wasm|so|dll|exe|sh|java|c|cc|cpp|h|rs|go)$");
    private static final Pattern CODE_HOST = Pattern.compile("(?i)\\b(?:github\\.com|gitlab\\.com|codeberg\\.org|bitbucket\\.org)/");
    private static final Pattern CODE = Pattern.compile(
            "[=(:{\\[,]\\s*[\"']\\S+/|\\s--[a-z][\\w-]*[\\s=]|\\bimport\\s|\\.from_pretrained\\b|^\\s*[$>]\\s|\\w\\(|[{};]\\s*$");
    private static final Pattern DATASET = Pattern.compile("(?i)\\bdata ?sets?\\b|\\bcorpus\\b|\\bcorpora\\b");

    private final KnowledgeBase kb;

    /** @param kb knows the organizations' accounts ({@code handles}) and which names are not models' */
    public HubIdFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        if (sentence.text().indexOf('/') < 0) {
            return List.of();
        }
        List<int[]> codeLinks = new ArrayList<>();
        List<Link> links = document.document().links();
        for (int k = Link.firstAtOrAfter(links, sentence.start()); k < links.size() && links.get(k).start() < sentence.end(); k++) {
            if (CODE_HOST.matcher(links.get(k).url()).find()) {
                codeLinks.add(new int[] {links.get(k).start(), links.get(k).end()});
            }
        }
        return find(sentence.text(), sentence.start(), codeLinks);
    }

    /** The mentions of repository ids in {@code text}, which starts at offset {@code start} of its document. */
    List<Mention> find(String text, int start) {
        return find(text, start, List.of());
    }

    /**
     * As {@link #find(String, int)}; {@code codeLinks} are the spans of links to code hosts, whose ids name a
     * code repository, not a model.
     */
    private List<Mention> find(String text, int start, List<int[]> codeLinks) {
        if (text.indexOf('/') < 0) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        if (CODE.matcher(text).find()) {
            return found; // a line of code a reader let through (a call, an option, an assignment) is not prose
        }
        if (DATASET.matcher(text).find()) {
            return found; // "acme/corvid-instruct-2" in a sentence about data is a dataset's id
        }
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            String token = t.group();
            if (token.indexOf('/') < 0 || token.contains("://") || token.startsWith("/")
                    || token.startsWith("www.") || token.startsWith("@") || token.startsWith("~")) {
                continue; // a URL, an absolute path, an npm scope ("@acme/sdk")
            }
            // a size tag is part of the name ("acme/corvid:8b" is a variant); "latest" and the sentence's full
            // stop are not
            String id = token.replaceAll("[.\\-_:]+$", "").replaceFirst("(?i):latest$", "");
            String tag = "";
            int colon = id.indexOf(':');
            if (colon >= 0) {
                tag = id.substring(colon);
                id = id.substring(0, colon);
                if (!TAG.matcher(tag).matches()) {
                    continue;
                }
            }
            String[] seg = id.split("/", -1);
            // "acme/corvid-2" or a gateway's "provider/acme/corvid-2"; deeper is a path
            if (seg.length < 2 || seg.length > 3 || !Arrays.stream(seg).allMatch(x -> SEGMENT.matcher(x).matches())
                    || DOMAIN.matcher(seg[0]).matches()) {
                continue;
            }
            String owner = seg[seg.length - 2];
            String name = seg[seg.length - 1];
            if (FILE.matcher(name).matches() || !Character.isLetter(name.charAt(0))
                    || !owner.chars().anyMatch(Character::isLetter) || name.length() < 2
                    || name.chars().allMatch(c -> Character.isUpperCase(c))) {
                continue; // a file, a number ("1e4"), an acronym pair ("IEEE/CVF")
            }
            int nameAt = start + t.start() + id.length() - name.length();
            String model = name + tag;
            if (codeLinks.stream().anyMatch(l -> l[0] <= nameAt && nameAt < l[1])
                    || kb.lookup(Names.key(name)).stream().anyMatch(e -> e.entityType() != EntityType.MODEL)) {
                continue; // a code repository's id is software's; "Acme/Finch Works" joins two organizations
            }
            if (Character.isUpperCase(name.charAt(0)) && name.chars().noneMatch(c -> Character.isDigit(c) || c == '-')) {
                continue; // "Acme/Finch": a repository's name is lower case or versioned; two capitalized names are a pair
            }
            // only an account the knowledge base knows makes "owner/name" an id: an unknown one may as well be a
            // person's code repository, a forum user, a path or two alternatives ("x1/x2", "AWQ/w4a16")
            Optional<KbEntry> org = kb.organizationWithHandle(owner);
            if (org.isEmpty()) {
                continue;
            }
            int at = nameAt - 1 - owner.length();
            found.add(new Mention(at, at + owner.length(), owner, EntityType.ORGANIZATION, 0.9, OWNER, org.get().id(),
                    null, null));
            // a dated snapshot ("corvid-pro-3-20250102") is a version of its own, like any version
            found.add(Mention.of(nameAt, nameAt + model.length(), model, EntityType.MODEL, 0.9, MODEL));
        }
        return found;
    }
}

package org.aikg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AcceptList;

/**
 * An HTTP {@code Accept} header read leniently: each media range is checked against RFC 9110's grammar and a
 * malformed one ({@code ;}, {@code text/}, {@code *}{@code /html}, a bad {@code q}) is dropped, so Jena's
 * {@link AcceptList} only sees well-formed ranges (it accepts junk, logging a warning per piece, which a
 * client could use to flood the log). RFC 9110 lets a server ignore an Accept header it cannot parse.
 *
 * <p>Thread-safety: stateless.
 */
final class AcceptHeader {

    /** At most this many ranges are read; browsers send fewer than ten. */
    static final int MAX_RANGES = 64;

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\p{Cntrl}]|\\\\[^\\p{Cntrl}])*\"";
    private static final Pattern RANGE = Pattern.compile(
            "(?:\\*/\\*|" + TOKEN + "/\\*|" + TOKEN + "/" + TOKEN + ")"
            + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*");
    private static final Pattern Q = Pattern.compile("(?i)(?:^|;)[ \\t]*q=([^;]*)");
    private static final Pattern Q_VALUE = Pattern.compile("0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?");

    private AcceptHeader() {
    }

    /**
     * The well-formed media ranges of a header, or empty when there is none (no header, a blank one, or
     * nothing in it that parses), which callers treat as "anything".
     */
    static Optional<AcceptList> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (String part : header.split(",", MAX_RANGES + 1)) {
            if (kept.size() == MAX_RANGES) {
                break;
            }
            String range = part.strip();
            if (RANGE.matcher(range).matches() && qualityIsValid(range)) {
                kept.add(range);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(new AcceptList(String.join(",", kept)));
    }

    private static boolean qualityIsValid(String range) {
        var m = Q.matcher(range);
        return !m.find() || Q_VALUE.matcher(m.group(1).strip()).matches();
    }
}

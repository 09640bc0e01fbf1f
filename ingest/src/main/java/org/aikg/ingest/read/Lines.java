package org.aikg.ingest.read;

/**
 * The lines of a string from some index on: where each starts and where its content ends (before
 * {@code \n}, {@code \r\n} or a lone {@code \r}). Not thread-safe.
 */
final class Lines {
    final int[] start;
    final int[] end;
    final int count;

    private Lines(int[] start, int[] end, int count) {
        this.start = start;
        this.end = end;
        this.count = count;
    }

    static Lines of(String text, int from) {
        IntList starts = new IntList(Math.max(16, (text.length() - from) / 40));
        IntList ends = new IntList(Math.max(16, (text.length() - from) / 40));
        int n = text.length();
        int lineStart = from;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                starts.add(lineStart);
                ends.add(i);
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < n) {
            starts.add(lineStart);
            ends.add(n);
        }
        return new Lines(starts.raw(), ends.raw(), starts.size());
    }

    /** Index of the first char that is not a space or tab, or {@code end[line]}. */
    int firstNonBlank(String text, int line) {
        int i = start[line];
        int e = end[line];
        while (i < e && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** End of the line's content without trailing spaces and tabs. */
    int trimmedEnd(String text, int line) {
        int s = start[line];
        int e = end[line];
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    boolean isBlank(String text, int line) {
        return trimmedEnd(text, line) <= firstNonBlank(text, line);
    }

    /** Indentation in columns, a tab counting to the next multiple of 4. */
    int indent(String text, int line) {
        int col = 0;
        for (int i = start[line]; i < end[line]; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / 4 + 1) * 4;
            } else {
                break;
            }
        }
        return col;
    }
}

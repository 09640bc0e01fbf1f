package org.aikg.ingest.read;

/**
 * The syntax a document was read as. Chosen from the content, not the file extension.
 */
public enum Format {
    /** Markdown, possibly with YAML front matter and inline HTML. */
    MARKDOWN,
    /** An HTML page: the post's text, without the page around it. */
    HTML,
    /** An e-mail newsletter (MIME): its HTML or text part. */
    EMAIL,
    /** reStructuredText, as Sphinx and Pelican blogs write it. */
    RST,
    /** Plain text: paragraphs separated by blank lines, no markup removed. */
    TEXT
}

package no.blaresept.examples.web;

/**
 * Builds HTML text: every value that did not come from this package goes through {@link #tekst}, so
 * schema texts and answers can never inject markup.
 *
 * <p>Not thread-safe: one builder per page.
 */
final class Html {
    private final StringBuilder ut = new StringBuilder(8 * 1024);

    /** Appends markup written in this package. */
    Html r(String markup) {
        ut.append(markup);
        return this;
    }

    /** Appends text, escaped for element content and quoted attribute values alike. */
    Html t(String tekst) {
        ut.append(tekst(tekst));
        return this;
    }

    /** {@code tekst} escaped for element content and quoted attribute values. */
    static String tekst(String tekst) {
        StringBuilder b = new StringBuilder(tekst.length() + 16);
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** An element id from a JSON Pointer: ids must be stable and unique, and {@code /} is awkward in CSS. */
    static String id(String sti) {
        StringBuilder b = new StringBuilder("f");
        for (int i = 0; i < sti.length(); i++) {
            char c = sti.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "_" + Integer.toHexString(c) + "_");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return ut.toString();
    }
}

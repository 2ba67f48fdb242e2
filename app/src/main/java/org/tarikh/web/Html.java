package org.tarikh.web;

/** URL encoding of values put in links; escaping for HTML is the templates' ({@link Templates}). */
final class Html {
    private Html() {}

    static String url(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

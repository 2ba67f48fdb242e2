package org.tarikh.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages' templates ({@code src/main/jte}), compiled to classes at build time by the jte Maven plugin: serving
 * needs no compiler. Templates escape every value for where it stands (text, attribute, URL); the one insertion of
 * HTML built elsewhere is a search hit's snippet ({@link org.tarikh.web.view.Snippets}).
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /** Renders {@code name}.jte with its parameters given as name, value, name, value… */
    static String render(String name, Object... params) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) map.put((String) params[i], params[i + 1]);
        StringOutput out = new StringOutput();
        ENGINE.render(name + ".jte", map, out);
        return out.toString();
    }
}

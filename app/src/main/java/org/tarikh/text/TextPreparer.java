package org.tarikh.text;

import java.util.List;
import java.util.Map;

public final class TextPreparer {
    private final LanguageIdentifier languages;

    public TextPreparer(LanguageIdentifier languages) {
        this.languages = languages;
    }

    public PreparedText prepare(String text, Map<String, String> metadata) {
        String language = languages.identify(text);
        return new PreparedText(text, text, OffsetMap.identity(text.length()), language,
                List.of(new Block(0, text.length(), BlockKind.TEXT, language, null)),
                new Provenance(metadata.get("title"), null, null, null, null, null, List.of()));
    }
}

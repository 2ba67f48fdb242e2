package org.tarikh.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prepares a document's text for extraction: normalizes it ({@link TextNormalizer}), cuts it into paragraphs,
 * names the language of each and of the document, sets boilerplate aside ({@link BoilerplateDetector}) and reads
 * its provenance ({@link ProvenanceExtractor}).
 *
 * <p>Language rules: a paragraph with at least {@value #OWN_LANGUAGE_LETTERS} letters gets its own language
 * when its script or its Kazakh letters disagree with the document's, else it inherits the document's (this
 * keeps the detector to about one call per document); shorter paragraphs always inherit. The document's language
 * is the one with the most letters among content paragraphs.
 *
 * <p>Thread-safe when its {@link LanguageIdentifier} is (it is).
 */
public final class TextPreparer {
    static final int OWN_LANGUAGE_LETTERS = 40;
    private static final int DOCUMENT_SAMPLE = 1000;

    private final LanguageIdentifier languages;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final BoilerplateDetector boilerplate = new BoilerplateDetector(new CitationLines());
    private final ProvenanceExtractor provenance = new ProvenanceExtractor();

    public TextPreparer(LanguageIdentifier languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** Prepares {@code text}; metadata may be null or empty. Never throws on any string. */
    public PreparedText prepare(String text, Map<String, String> metadata) {
        String original = text == null ? "" : text;
        Map<String, String> meta = metadata == null ? Map.of() : metadata;
        NormalizedText normalized = normalizer.normalize(original);
        String norm = normalized.text();
        OffsetMap offsets = normalized.offsets();

        List<Paragraph> paragraphs = new ArrayList<>();
        for (Span span : splitter.split(norm)) {
            paragraphs.add(new Paragraph(span, norm.substring(span.start(), span.end())));
        }
        boilerplate.mark(paragraphs, meta.get("title"));
        String language = assignLanguages(paragraphs);
        Provenance found = provenance.extract(paragraphs, meta, norm, offsets, original);

        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            Span span = offsets.toOriginal(p.span);
            BlockKind kind = p.reason == null ? BlockKind.TEXT : BlockKind.BOILERPLATE;
            blocks.add(new Block(span.start(), span.end(), kind, p.language, p.reason));
        }
        return new PreparedText(original, norm, offsets, language, blocks, found);
    }

    private String assignLanguages(List<Paragraph> paragraphs) {
        String document = documentLanguage(paragraphs);
        Map<String, Integer> letters = new HashMap<>();
        for (Paragraph p : paragraphs) {
            String own = null;
            if (p.letters >= OWN_LANGUAGE_LETTERS && disagrees(p.text, document)) {
                own = languages.identify(p.text);
            }
            p.language = own == null || own.equals(LanguageIdentifier.UNDETERMINED) ? document : own;
            if (!p.isBoilerplate()) {
                letters.merge(p.language, p.letters, Integer::sum);
            }
        }
        String main = document;
        int best = -1;
        for (Map.Entry<String, Integer> e : letters.entrySet()) {
            if (!e.getKey().equals(LanguageIdentifier.UNDETERMINED) && e.getValue() > best) {
                best = e.getValue();
                main = e.getKey();
            }
        }
        if (!main.equals(document)) {
            // short paragraphs inherit the language the document turned out to be in
            for (Paragraph p : paragraphs) {
                if (p.letters < OWN_LANGUAGE_LETTERS && p.language.equals(document)) {
                    p.language = main;
                }
            }
        }
        return main;
    }

    /** The language of a sample of the content paragraphs, longest first so that headings do not dominate. */
    private String documentLanguage(List<Paragraph> paragraphs) {
        StringBuilder sample = new StringBuilder(DOCUMENT_SAMPLE + 200);
        for (Paragraph p : paragraphs) {
            if (!p.isBoilerplate() && p.letters >= OWN_LANGUAGE_LETTERS) {
                sample.append(p.text, 0, Math.min(p.length(), DOCUMENT_SAMPLE)).append('\n');
                if (sample.length() >= DOCUMENT_SAMPLE) {
                    break;
                }
            }
        }
        if (sample.isEmpty()) {
            for (Paragraph p : paragraphs) {
                if (!p.isBoilerplate()) {
                    sample.append(p.text).append('\n');
                }
            }
        }
        return languages.identify(sample);
    }

    /** Whether a paragraph's letters could belong to another language than the document's. */
    private static boolean disagrees(String text, String document) {
        int cyrillic = 0;
        int latin = 0;
        int kazakh = 0;
        int accented = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0) {
                    kazakh++;
                }
            } else if (c < 0x250) {
                latin++;
                accented++;
            } else {
                return true;
            }
        }
        boolean cyrillicText = cyrillic > latin;
        return switch (document) {
            case "kk" -> !cyrillicText || kazakh * 100 < cyrillic; // Kazakh without its letters: maybe Russian
            case "ru" -> !cyrillicText || kazakh * 100 >= cyrillic;
            case "uk", "ky", "tt" -> true;
            case "en" -> cyrillicText || accented > 0;
            case "de", "fr" -> true;
            default -> true;
        };
    }
}

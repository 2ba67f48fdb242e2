package org.tarikh.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tarikh.extract.events.Event;
import org.tarikh.extract.events.EventExtractor;
import org.tarikh.extract.events.PersonSpan;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.extract.names.NameParser;
import org.tarikh.extract.names.PersonFinder;
import org.tarikh.extract.names.ner.PersonNameFinder;
import org.tarikh.extract.names.ner.Token;
import org.tarikh.extract.names.ner.Tokens;
import org.tarikh.lexicon.Gazetteer;
import org.tarikh.text.OffsetMap;
import org.tarikh.text.PreparedText;
import org.tarikh.text.SentenceSplitter;

/**
 * The extraction stage: persons (and, as the stage grows, events) in a prepared text. Works on the normalised
 * text with boilerplate blanked, and reports offsets into the text as read, with the text as read at each mention.
 *
 * <p>Thread-safe.
 */
public final class DocumentExtractor {
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    /**
     * How many sentences before the one asked about the name finder reads first, so that what it took for names
     * there informs that sentence as in a whole-document read: with none, a list of surnames opening a paragraph
     * ({@code "произведения Лермонтова , Кольцова , … Иванова , Мамина-Сибиряка"}) lost a name on real-extra; with
     * two, extraction was the same as reading every sentence before on real-dev, real-extra, the seeds and 300
     * benchmark documents (over all 2,000 documents of the benchmark corpus, 10 of 19,925 persons differed).
     */
    private static final int CONTEXT_SENTENCES = 2;
    private final PersonFinder persons;
    private final EventExtractor events = new EventExtractor();

    /** An extractor that takes the places of the bundled gazetteer for words that are never part of a name. */
    public DocumentExtractor() {
        // the gazetteer loads on the first word that needs it, not when the extractor is made
        this(word -> Gazetteer.shared().named(word).isPresent());
    }

    /**
     * @param placeName whether one capitalised word names a place, as written or inflected: such a word is never
     *     part of a person's name ({@code "Голощекин Қазақстаннан"} names Голощекин alone)
     */
    public DocumentExtractor(Predicate<String> placeName) {
        NameKeyer keyer = new NameKeyer();
        this.persons = new PersonFinder(new NameParser(), keyer, DocumentExtractor::statisticalPersons, placeName);
    }

    /**
     * Person spans from the name finder trained for the text's language (Kazakh, Russian; English from
     * transliterated training data), as char offsets of the text. The finder reads only the sentences a question
     * is about: a span that overlaps {@code [start, end)} lies in a sentence that overlaps it. Each such sentence is
     * read after the {@link #CONTEXT_SENTENCES} sentences before it, from a clear start ({@link
     * PersonNameFinder#read}), so its spans depend on those sentences alone and not on what was asked before.
     * Reading every sentence up to the last one asked about, as this did before, read thirteen sentences for each
     * one asked about on the benchmark corpus and was the largest part of person finding's time.
     */
    static PersonFinder.StatisticalSpans statisticalPersons(String text, String language) {
        PersonNameFinder finder = PersonNameFinder.load(language);
        if (finder == null) return (start, end) -> false;
        return new PersonFinder.StatisticalSpans() {
            private List<List<Token>> sentences;
            /** Per sentence, its person spans once read ({@code null} until then). */
            private List<int[]>[] spans;

            @Override
            @SuppressWarnings("unchecked")
            public boolean overlaps(int start, int end) {
                if (sentences == null) {
                    sentences = SENTENCES.group(text, Tokens.tokenize(text), Token::start).stream()
                            .filter(sentence -> !sentence.isEmpty())
                            .toList();
                    spans = new List[sentences.size()];
                }
                for (int i = firstEndingAfter(start); i < sentences.size() && sentences.get(i).get(0).start() < end; i++) {
                    for (int[] span : read(i)) {
                        if (span[0] < end && start < span[1]) return true;
                    }
                }
                return false;
            }

            /** The index of the first sentence whose last token ends after {@code at}. */
            private int firstEndingAfter(int at) {
                int low = 0, high = sentences.size();
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    List<Token> sentence = sentences.get(mid);
                    if (sentence.get(sentence.size() - 1).end() <= at) low = mid + 1;
                    else high = mid;
                }
                return low;
            }

            private List<int[]> read(int i) {
                if (spans[i] == null) {
                    PersonNameFinder.Reading reading = finder.read();
                    for (int before = Math.max(0, i - CONTEXT_SENTENCES); before < i; before++) {
                        reading.next(Tokens.texts(sentences.get(before)));
                    }
                    List<Token> sentence = sentences.get(i);
                    List<int[]> found = new ArrayList<>();
                    for (opennlp.tools.util.Span span : reading.next(Tokens.texts(sentence))) {
                        found.add(new int[] {sentence.get(span.getStart()).start(), sentence.get(span.getEnd() - 1).end()});
                    }
                    spans[i] = found;
                }
                return spans[i];
            }
        };
    }

    public Extraction extract(PreparedText text) {
        String content = text.content();
        OffsetMap offsets = text.offsets();
        String original = text.text();
        List<ExtractedPerson> found = new ArrayList<>();
        List<PersonSpan> spans = new ArrayList<>();
        int n = 0;
        // an epigraph's author line names a person, but its words are kept out of events and ranking
        for (PersonFinder.Found person : persons.find(text.personContent(), text.language())) {
            List<Mention> mentions = new ArrayList<>();
            for (int[] span : person.spans()) {
                int start = offsets.toOriginal(span[0]);
                int end = offsets.toOriginalEnd(span[1]);
                if (end <= start || end > original.length()) continue;
                mentions.add(new Mention(original.substring(start, end), start, end));
            }
            if (mentions.isEmpty()) continue;
            String id = "p" + (++n);
            found.add(new ExtractedPerson(id, person.name(), person.parsed(), mentions));
            for (int[] span : person.spans()) spans.add(new PersonSpan(id, span[0], span[1]));
        }
        List<ExtractedEvent> claims = new ArrayList<>();
        for (Event e : events.extract(content, text.language(), spans)) {
            int start = offsets.toOriginal(e.start());
            int end = Math.min(original.length(), offsets.toOriginalEnd(e.end()));
            if (end <= start) continue;
            claims.add(new ExtractedEvent(e.type(), e.personId(), e.date(), e.place(), original.substring(start, end),
                    start, end, e.details()));
        }
        return new Extraction(found, claims);
    }
}

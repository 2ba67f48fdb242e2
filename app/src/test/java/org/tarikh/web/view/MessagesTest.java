package org.tarikh.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyKeyIsInEveryLanguage() {
        Set<String> en = new TreeSet<>(Ui.messages("en").stringPropertyNames());
        for (String lang : Ui.LANGUAGES) {
            Set<String> keys = new TreeSet<>(Ui.messages(lang).stringPropertyNames());
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(en);
            assertThat(missing).as("keys of en.properties missing from " + lang + ".properties").isEmpty();
            assertThat(extra).as("keys of " + lang + ".properties that en.properties lacks").isEmpty();
        }
    }

    @Test
    void everyMessageIsValidIcuSyntaxAndTakesTheSameArguments() {
        Properties en = Ui.messages("en");
        for (String lang : Ui.LANGUAGES) {
            Properties p = Ui.messages(lang);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as(lang + " " + key).isNotBlank();
                new MessageFormat(pattern, new ULocale(lang)); // throws on bad syntax
                assertThat(arguments(pattern)).as("arguments of " + lang + " " + key).isEqualTo(arguments(en.getProperty(key)));
            }
        }
    }

    /** Every message key the Java code and the templates ask for exists (in English, hence in all three). */
    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Path main = Path.of(System.getProperty("tarikh.home", "..")).resolve("app/src/main");
        if (!Files.isDirectory(main)) main = Path.of("src/main");
        Pattern used = Pattern.compile("\\bt\\(\"([a-zA-Z.\\-]+)\"[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jte") || f.toString().contains("/web/") && f.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) if (!Ui.messages("en").containsKey(m.group(1))) missing.add(m.group(1) + " (" + f.getFileName() + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every document kind the reader gives a document is named in every language, and not in English on kk/ru. */
    @Test
    void everyDocumentKindHasAWordInEveryLanguage() {
        for (String kind : org.tarikh.ingest.SourceReader.formats()) {
            for (String lang : Ui.LANGUAGES) {
                assertThat(Ui.of(lang).has("kind." + kind)).as(lang + " kind." + kind).isTrue();
            }
        }
        assertThat(Ui.of("ru").kind("text")).isEqualTo("текст");
        assertThat(Ui.of("kk").kind("image")).isEqualTo("сурет");
        assertThat(Ui.of("ru").kind("some-new-kind")).as("a kind without a word is shown as it is").isEqualTo("some-new-kind");
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }
}

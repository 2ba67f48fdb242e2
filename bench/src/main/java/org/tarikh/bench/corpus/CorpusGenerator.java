package org.tarikh.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the benchmark's synthetic documents: Kazakh, Russian and English records of the 1917-1950s of 1-5 KB,
 * built from {@link Lexicon}'s templates, with names and places in the spellings each language uses
 * ({@link Spellings}), dates in several notations, archival references, and some OCR damage.
 *
 * <p>Mix: 40% Russian, 35% Kazakh (one in twelve of them in the Latin alphabet), 25% English; 80% {@code .txt}
 * (one in eight with OCR damage: hard-wrapped lines, words hyphenated across lines, Latin look-alike letters),
 * 12% {@code .md} with YAML front matter, 8% {@code .html} with site boilerplate. Document {@code i} of seed
 * {@code s} is always the same text, whatever else is generated, so generation can run in parallel.
 *
 * <p>Example sentence: {@code "Весной 1932 г. голод охватил аулы вокруг г. Семипалатинск."}
 *
 * <p>Thread-safe (stateless apart from the seed).
 */
public final class CorpusGenerator {
    /** Bump when the generated text changes, so that stored corpora are regenerated. */
    public static final int VERSION = 2;
    private static final int DOCS_PER_FOLDER = 1000;
    private static final String VOWELS = "аәеоөұүыіиэюяё";

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public GeneratedDocument generate(int index) {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, not " + index);
        Random random = new Random(mix(seed, index));
        int roll = random.nextInt(100);
        Language language = roll < 40 ? Language.RU : roll < 75 ? Language.KK : Language.EN;
        int formatRoll = random.nextInt(100);
        String format = formatRoll < 80 ? "txt" : formatRoll < 92 ? "md" : "html";
        Writer writer = new Writer(random, language, index);
        boolean latinKazakh = language == Language.KK && random.nextInt(12) == 0;
        // Cyrillic letters take two bytes in UTF-8, Latin ones mostly one: aim higher for the Latin text
        int targetBytes = (1000 + random.nextInt(4100)) * (latinKazakh ? 17 : 10) / 10;
        boolean ocr = format.equals("txt") && random.nextInt(8) == 0;

        String title = writer.title();
        String reference = writer.reference(1000 + index);
        List<List<String>> sections = writer.sections(targetBytes);
        if (latinKazakh) {
            title = Spellings.kazakhLatin(title);
            reference = Spellings.kazakhLatin(reference);
            sections = sections.stream().map(s -> s.stream().map(Spellings::kazakhLatin).toList()).toList();
        }
        String content = switch (format) {
            case "md" -> markdown(writer, title, reference, sections, latinKazakh);
            case "html" -> html(writer, title, reference, sections);
            default -> ocr ? ocrDamaged(random, title, reference, sections) : plainText(title, reference, sections);
        };
        String path = String.format(Locale.ROOT, "part-%03d/d%07d-%s.%s", index / DOCS_PER_FOLDER, index,
                language.code(), format);
        return new GeneratedDocument(path, language, format, content);
    }

    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String plainText(String title, String reference, List<List<String>> sections) {
        StringBuilder out = new StringBuilder(title).append("\n\n").append(reference).append('\n');
        for (List<String> paragraphs : sections) {
            for (String paragraph : paragraphs) out.append('\n').append(paragraph).append('\n');
        }
        return out.toString();
    }

    /** Hard-wrapped lines with words broken across them, look-alike Latin letters, the odd dropped letter. */
    private static String ocrDamaged(Random random, String title, String reference, List<List<String>> sections) {
        StringBuilder out = new StringBuilder(title.toUpperCase(Locale.ROOT)).append("\n\n").append(reference).append("\n\n");
        for (List<String> paragraphs : sections) {
            for (String paragraph : paragraphs) {
                int column = 0;
                for (String word : paragraph.split(" ")) {
                    String damaged = damage(random, word);
                    if (column + damaged.length() > 64 && damaged.length() > 5 && random.nextBoolean()) {
                        int cut = 2 + random.nextInt(damaged.length() - 4);
                        out.append(damaged, 0, cut).append("-\n").append(damaged, cut, damaged.length()).append(' ');
                        column = damaged.length() - cut + 1;
                    } else if (column + damaged.length() > 64) {
                        out.append('\n').append(damaged).append(' ');
                        column = damaged.length() + 1;
                    } else {
                        out.append(damaged).append(' ');
                        column += damaged.length() + 1;
                    }
                }
                out.append("\n\n");
                column = 0;
            }
        }
        return out.toString();
    }

    private static String damage(Random random, String word) {
        if (random.nextInt(20) != 0) return word;
        StringBuilder w = new StringBuilder(word);
        int at = random.nextInt(w.length());
        char c = w.charAt(at);
        String lookalikes = "аеорсхАЕОРСХ";
        int k = lookalikes.indexOf(c);
        if (k >= 0) {
            w.setCharAt(at, "aeopcxAEOPCX".charAt(k));
        } else if (w.length() > 3 && random.nextBoolean()) {
            w.deleteCharAt(at);
        } else {
            w.insert(at, random.nextBoolean() ? '|' : '.');
        }
        return w.toString();
    }

    private static String markdown(Writer writer, String title, String reference, List<List<String>> sections,
                                   boolean latinKazakh) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(yamlString(title)).append('\n');
        out.append("date: ").append(writer.isoDate()).append('\n');
        out.append("language: ").append(writer.language.code()).append('\n');
        out.append("archive: ").append(yamlString(reference)).append('\n');
        String tag1 = writer.pick(writer.lexicon.terms());
        String tag2 = writer.pick(writer.lexicon.terms());
        if (latinKazakh) {
            tag1 = Spellings.kazakhLatin(tag1);
            tag2 = Spellings.kazakhLatin(tag2);
        }
        out.append("tags: [").append(yamlString(tag1)).append(", ").append(yamlString(tag2)).append("]\n");
        out.append("source: \"synthetic benchmark corpus\"\n---\n");
        for (List<String> paragraphs : sections) {
            String heading = writer.pick(writer.lexicon.headings());
            out.append("\n## ").append(latinKazakh ? Spellings.kazakhLatin(heading) : heading).append('\n');
            for (String paragraph : paragraphs) out.append('\n').append(paragraph).append('\n');
        }
        return out.toString();
    }

    private static String yamlString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String html(Writer writer, String title, String reference, List<List<String>> sections) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(writer.language.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:serif;max-width:40em}</style>\n</head>\n<body>\n")
                .append("<nav><a href=\"/\">Home</a> | <a href=\"/archive\">Archive</a> | <a href=\"/about\">About</a></nav>\n")
                .append("<article>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"ref\"><em>")
                .append(escape(reference)).append("</em></p>\n");
        for (List<String> paragraphs : sections) {
            out.append("<h2>").append(escape(writer.pick(writer.lexicon.headings()))).append("</h2>\n");
            for (String paragraph : paragraphs) out.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return out.append("</article>\n<footer>© digital archive project. All rights reserved.</footer>\n</body>\n</html>\n")
                .toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** Kazakh genitive ending by vowel harmony and the last sound: {@code Сейфуллин} → {@code Сейфуллиннің}. */
    static String kazakhGenitive(String word) {
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        boolean front = frontHarmony(word);
        String consonant = VOWELS.indexOf(last) >= 0 || "мнң".indexOf(last) >= 0 ? "н"
                : "жзлрйу".indexOf(last) >= 0 ? "д" : "т";
        return word + consonant + (front ? "ің" : "ың");
    }

    /** Kazakh locative ending: {@code Шымкент} → {@code Шымкентте}, {@code Семей} → {@code Семейде}. */
    static String kazakhLocative(String word) {
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        boolean voiceless = "пфкқтсшщцчхһбвгд".indexOf(last) >= 0;
        return word + (voiceless ? "т" : "д") + (frontHarmony(word) ? "е" : "а");
    }

    private static boolean frontHarmony(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = Character.toLowerCase(word.charAt(i));
            if ("әеөүіиэ".indexOf(c) >= 0) return true;
            if ("аоұыуяюё".indexOf(c) >= 0) return false;
        }
        return false;
    }

    /** The text of one document in one language, drawn from one random stream. */
    private static final class Writer {
        private final Random random;
        private final Language language;
        private final Lexicon lexicon;
        private final int year;

        Writer(Random random, Language language, int index) {
            this.random = random;
            this.language = language;
            this.lexicon = Lexicon.of(language);
            this.year = year();
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private int year() {
            int roll = random.nextInt(100);
            if (roll < 45) return 1928 + random.nextInt(6);
            if (roll < 60) return 1937 + random.nextInt(2);
            return 1917 + random.nextInt(43);
        }

        String title() {
            String kind = pick(lexicon.titles());
            String place = place();
            return switch (language) {
                case KK -> kind + " (" + place + ", " + year + " ж.)";
                case RU -> kind + " (г. " + place + ", " + year + " г.)";
                case EN -> kind + " (" + place + ", " + year + ")";
            };
        }

        String reference(int file) {
            int fond = pick(List.of(5, 30, 44, 74, 81, 141, 1380, 1692));
            int inventory = 1 + random.nextInt(17);
            int sheet = 1 + random.nextInt(300);
            return switch (language) {
                case KK -> pick(Lexicon.ARCHIVES_KK) + ", " + fond + "-қор, " + inventory + "-тізбе, " + file
                        + "-іс, " + sheet + "-парақ";
                case RU -> pick(Lexicon.ARCHIVES_RU) + ", ф. " + fond + ", оп. " + inventory + ", д. " + file
                        + ", л. " + sheet + (random.nextBoolean() ? "" : "–" + (sheet + 1 + random.nextInt(9)));
                case EN -> pick(Lexicon.ARCHIVES_EN) + ", f. " + fond + ", op. " + inventory + ", d. " + file
                        + ", l. " + sheet;
            };
        }

        String isoDate() {
            return String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        /** Sections of paragraphs of sentences, until the text reaches {@code targetBytes}. */
        List<List<String>> sections(int targetBytes) {
            List<List<String>> sections = new ArrayList<>();
            int bytes = 0;
            while (bytes < targetBytes) {
                List<String> paragraphs = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int p = 0; p < count && bytes < targetBytes; p++) {
                    StringBuilder paragraph = new StringBuilder();
                    int sentences = 2 + random.nextInt(5);
                    for (int s = 0; s < sentences; s++) {
                        if (!paragraph.isEmpty()) paragraph.append(' ');
                        paragraph.append(random.nextInt(100) < 65 ? fill(pick(lexicon.templates())) : pick(lexicon.fillers()));
                    }
                    bytes += utf8Length(paragraph) + 2;
                    paragraphs.add(paragraph.toString());
                }
                sections.add(paragraphs);
            }
            return sections;
        }

        private String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                out.append(template, i, open);
                out.append(slot(template.substring(open + 1, close)));
                i = close + 1;
            }
            String sentence = out.toString();
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }

        private String slot(String name) {
            return switch (name) {
                case "person" -> person();
                case "person.gen" -> kazakhGenitive(person());
                case "place" -> place();
                case "place.loc" -> kazakhLocative(place());
                case "date" -> date();
                case "year" -> Integer.toString(random.nextInt(3) == 0 ? year() : year);
                case "num" -> Integer.toString(5 + random.nextInt(random.nextBoolean() ? 95 : 9000));
                case "term" -> pick(lexicon.terms());
                case "org" -> pick(lexicon.orgs());
                case "ref" -> reference(1 + random.nextInt(9000));
                default -> throw new IllegalStateException("unknown slot {" + name + "}");
            };
        }

        private String date() {
            int y = random.nextInt(3) == 0 ? year() : year;
            int month = random.nextInt(12);
            int day = 1 + random.nextInt(28);
            boolean numeric = random.nextInt(10) < 3;
            return switch (language) {
                case KK -> numeric ? String.format(Locale.ROOT, "%02d.%02d.%d ж.", day, month + 1, y)
                        : y + " жылғы " + day + " " + lexicon.months().get(month);
                case RU -> numeric ? String.format(Locale.ROOT, "%02d.%02d.%d", day, month + 1, y)
                        : day + " " + lexicon.months().get(month) + " " + y + " г.";
                case EN -> numeric ? day + " " + lexicon.months().get(month) + " " + y
                        : lexicon.months().get(month) + " " + day + ", " + y;
            };
        }

        private String place() {
            Lexicon.Place place = pick(Lexicon.PLACES);
            boolean otherScript = random.nextInt(10) == 0;
            return switch (language) {
                case KK -> otherScript ? pick(place.russian()) : place.kazakh();
                case RU -> otherScript ? place.kazakh() : pick(place.russian());
                case EN -> pick(place.latin());
            };
        }

        /** A person of note (55%) or an ordinary one, spelled as this language writes them (now and then not). */
        private String person() {
            boolean otherScript = random.nextInt(10) == 0;
            if (random.nextInt(100) < 55) {
                Lexicon.Person person = pick(Lexicon.PERSONS);
                return switch (language) {
                    case KK -> pick(otherScript ? person.russian() : person.kazakh());
                    case RU -> pick(otherScript ? person.kazakh() : person.russian());
                    case EN -> pick(random.nextInt(30) == 0 ? person.russian() : person.latin());
                };
            }
            String kazakh = ordinaryPerson();
            return switch (language) {
                case KK -> otherScript ? Spellings.russian(kazakh) : kazakh;
                case RU -> otherScript ? kazakh : Spellings.russian(kazakh);
                case EN -> random.nextInt(4) == 0 ? Spellings.latinKazakhSounds(kazakh) : Spellings.latin(kazakh);
            };
        }

        private String ordinaryPerson() {
            boolean woman = random.nextInt(4) == 0;
            String first = pick(woman ? Lexicon.WOMEN : Lexicon.MEN);
            String father = pick(Lexicon.MEN);
            String surname = surname(father) + (woman ? "а" : "");
            return switch (random.nextInt(4)) {
                case 0 -> surname + " " + first;
                case 1 -> first + " " + father + (woman ? "қызы" : "ұлы");
                case 2 -> first.charAt(0) + ". " + surname;
                default -> first + " " + surname;
            };
        }

        private static String surname(String name) {
            return surnameOf(name);
        }
    }

    /** {@code Қасым} → {@code Қасымов}, {@code Ыбырай} → {@code Ыбыраев}, {@code Әбдіғали} → {@code Әбдіғалиев}. */
    static String surnameOf(String name) {
        char last = name.charAt(name.length() - 1);
        if (last == 'й') return name.substring(0, name.length() - 1) + "ев";
        if (VOWELS.indexOf(last) >= 0) return name + "ев";
        return name + "ов";
    }
}

package org.tarikh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract OCR, run as Debian's {@code tesseract} command with TSV output.
 *
 * <p>Why the command and not Tika's {@code TesseractOCRParser}: the parser gives text only (its hOCR mode goes
 * through an XHTML handler that drops the word boxes and confidences we keep), it returns an empty text without an
 * error when the program or a language is missing (a scan would be stored as an empty document), and it offers no
 * per-page call to report progress on a long PDF. The command's TSV output has, for every word, its box, its
 * confidence and its block, paragraph and line numbers: all the page view and the dossier need, in a format that
 * takes twenty lines to read. The command is looked up on {@code PATH} (or {@code -Dtarikh.tesseract=/path}).
 *
 * <p>Thread-safe: each call runs its own process.
 */
public final class Tesseract {
    /** The Debian packages that give the program and the languages Tarikh reads. */
    public static final String PACKAGES = "tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng";
    /** Tesseract's names of the languages Tarikh reads, in the order they are tried. */
    public static final List<String> LANGUAGES = List.of("kaz", "rus", "eng");
    private static final long TIMEOUT_SECONDS = 300;

    private final String program;
    private final Set<String> installed;
    private final String problem;

    private Tesseract(String program, Set<String> installed, String problem) {
        this.program = program;
        this.installed = installed;
        this.problem = problem;
    }

    /** Finds the program and its languages; never throws (a missing program is reported by {@link #problem()}). */
    public static Tesseract find() {
        String program = System.getProperty("tarikh.tesseract", "tesseract");
        Set<String> languages = new LinkedHashSet<>();
        try {
            Process p = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Tesseract(program, Set.of(), "the OCR program " + program + " does not answer");
            }
            for (String line : out.split("\n")) {
                String l = line.strip();
                if (l.matches("[a-z_]{3,12}")) languages.add(l);
            }
        } catch (IOException e) {
            return new Tesseract(program, Set.of(), "scans need the OCR program Tesseract, which is not installed "
                    + "(install the Debian packages " + PACKAGES + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Tesseract(program, Set.of(), "interrupted while looking for Tesseract");
        }
        Set<String> ours = new LinkedHashSet<>();
        for (String l : LANGUAGES) if (languages.contains(l)) ours.add(l);
        if (ours.isEmpty()) {
            return new Tesseract(program, Set.of(), "Tesseract has none of the languages kaz, rus, eng (install the "
                    + "Debian packages " + PACKAGES + ")");
        }
        return new Tesseract(program, Set.copyOf(ours), null);
    }

    /** Why scans cannot be read here, in words for the user (with the packages to install); null when they can. */
    public String problem() {
        return problem;
    }

    /** Whether Tesseract has this language ({@code kaz}, {@code rus}, {@code eng}). */
    public boolean has(String language) {
        return installed.contains(language);
    }

    /**
     * The languages of {@code wanted} that are installed, joined for {@code -l} ({@code kaz+rus}); all installed
     * ones of ours when none of the wanted is.
     */
    public String languages(List<String> wanted) {
        List<String> have = new ArrayList<>();
        for (String w : wanted) if (installed.contains(w)) have.add(w);
        if (have.isEmpty()) for (String l : LANGUAGES) if (installed.contains(l)) have.add(l);
        return String.join("+", have);
    }

    /** What Tesseract read on one page image: its words in reading order. */
    public record Reading(List<Word> words) {
        /** The mean confidence of the words (0–100), or 0 for a page without words. */
        public double meanConfidence() {
            return words.stream().mapToDouble(Word::confidence).average().orElse(0);
        }
    }

    /**
     * One word as Tesseract's TSV gives it: the block, paragraph and line it is in (numbered from 1 within the
     * page), its box in pixels of the image, and its confidence from 0 to 100.
     */
    public record Word(int block, int paragraph, int line, int left, int top, int width, int height,
                       double confidence, String text) {}

    /**
     * Reads the image file with the given languages ({@code kaz+rus+eng}).
     *
     * @throws UnreadableDocumentException when the program is missing, fails or times out, with the reason
     */
    public Reading read(Path image, String languages) {
        if (problem != null) throw new UnreadableDocumentException(problem);
        ProcessBuilder builder = new ProcessBuilder(program, image.toString(), "stdout", "-l", languages,
                "--psm", "3", "tsv");
        // one thread per page: the ingest already reads several files at a time
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Path errors = null;
        try {
            errors = Files.createTempFile("tarikh-tesseract", ".log");
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            String tsv;
            try (InputStream in = process.getInputStream()) {
                tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UnreadableDocumentException("Tesseract took more than " + TIMEOUT_SECONDS + " s on one page");
            }
            if (process.exitValue() != 0) {
                String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
                int nl = said.lastIndexOf('\n');
                throw new UnreadableDocumentException("Tesseract could not read the page image"
                        + (said.isEmpty() ? "" : ": " + (nl < 0 ? said : said.substring(nl + 1))));
            }
            return new Reading(parse(tsv));
        } catch (IOException e) {
            throw new UnreadableDocumentException("Tesseract could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("interrupted while Tesseract read a page");
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // a temporary log file left behind is no reason to lose the page
                }
            }
        }
    }

    /**
     * The words of Tesseract's TSV ({@code level page_num block_num par_num line_num word_num left top width height
     * conf text}); level 5 rows are words, rows with an empty text or a confidence of -1 are layout only.
     */
    static List<Word> parse(String tsv) {
        List<Word> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) continue;
            String text = f[11].strip();
            if (text.isEmpty()) continue;
            try {
                double confidence = Double.parseDouble(f[10].strip());
                if (confidence < 0) continue;
                words.add(new Word(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        confidence, text));
            } catch (NumberFormatException e) {
                // a row we do not understand is skipped, not the page
            }
        }
        return words;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Tesseract(%s, %s)", program, installed);
    }
}

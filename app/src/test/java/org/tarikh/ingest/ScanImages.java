package org.tarikh.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Page images made for the OCR tests: text we wrote, set in DejaVu Serif (Debian's fonts-dejavu-core, which .ci/run
 * installs) on a white page, turned by a slight skew and speckled with noise, as a typed page scanned at about
 * 200 dpi would look. Deterministic for a seed.
 */
public final class ScanImages {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    static final int WIDTH = 1400;
    static final float FONT_PIXELS = 30f;

    /** The smudged paragraph's ink (grey level) and specks (one 2×2 speck per this many pixels of its lines). */
    static final int SMUDGE_INK = 120;
    static final int SMUDGE_SPECKS = 600;

    private ScanImages() {}

    /** The page's text as the test wrote it: lines as wrapped on the page, paragraphs apart. */
    public record Page(BufferedImage image, String text) {}

    /**
     * Renders paragraphs (wrapped to the page width) with a skew in degrees and a share of noisy pixels (0.01 = one
     * in a hundred pixels flipped).
     */
    public static Page render(List<String> paragraphs, double skewDegrees, double noise, long seed) {
        return render(paragraphs, skewDegrees, noise, seed, -1);
    }

    /**
     * As {@link #render(List, double, double, long)}, with paragraph {@code smudged} (0-based; -1 for none) as a worn
     * copy shows it: faint ink, broken strokes and dense specks over it, which OCR reads with low confidence.
     */
    public static Page render(List<String> paragraphs, double skewDegrees, double noise, long seed, int smudged) {
        return render(paragraphs, skewDegrees, noise, seed, smudged, FONT_PIXELS);
    }

    /** As above in a type size of {@code fontPixels} (30 is about 11 points at 200 dpi). */
    public static Page render(List<String> paragraphs, double skewDegrees, double noise, long seed, int smudged,
                              float fontPixels) {
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(fontPixels);
        } catch (Exception e) {
            throw new IllegalStateException("the OCR tests need " + FONT + " (Debian package fonts-dejavu-core)", e);
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        pg.setFont(font);
        FontMetrics metrics = pg.getFontMetrics();
        pg.dispose();
        int margin = 90;
        List<String> lines = new ArrayList<>();
        List<Integer> smudgedLines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            String paragraph = paragraphs.get(pi);
            if (!lines.isEmpty()) {
                lines.add("");
                text.append("\n\n");
            }
            int first = lines.size();
            StringBuilder line = new StringBuilder();
            List<String> wrapped = new ArrayList<>();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) > WIDTH - 2 * margin && !line.isEmpty()) {
                    wrapped.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) wrapped.add(line.toString());
            lines.addAll(wrapped);
            if (pi == smudged) for (int k = first; k < lines.size(); k++) smudgedLines.add(k);
            text.append(String.join("\n", wrapped));
        }
        int lineHeight = Math.round(fontPixels * 1.6f);
        int height = Math.max(600, margin * 2 + lines.size() * lineHeight);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(skewDegrees), WIDTH / 2.0, height / 2.0));
        g.setColor(new Color(25, 25, 25));
        g.setFont(font);
        int y = margin + metrics.getAscent();
        Random random = new Random(seed);
        for (int k = 0; k < lines.size(); k++) {
            g.setColor(smudgedLines.contains(k) ? new Color(SMUDGE_INK, SMUDGE_INK, SMUDGE_INK) : new Color(25, 25, 25));
            g.drawString(lines.get(k), margin, y);
            if (smudgedLines.contains(k)) {
                // broken strokes and specks over the line's band
                int top = y - metrics.getAscent(), bandHeight = metrics.getAscent() + metrics.getDescent();
                for (int n = 0; n < WIDTH * bandHeight / SMUDGE_SPECKS; n++) {
                    int x = margin + random.nextInt(WIDTH - 2 * margin), yy = top + random.nextInt(bandHeight);
                    g.setColor(random.nextInt(3) == 0 ? new Color(90, 90, 90) : Color.WHITE);
                    g.fillRect(x, yy, 2, 2);
                }
            }
            y += lineHeight;
        }
        g.dispose();
        int flips = (int) (noise * WIDTH * height);
        for (int i = 0; i < flips; i++) {
            int x = random.nextInt(WIDTH), yy = random.nextInt(height);
            int grey = random.nextBoolean() ? 0x30 + random.nextInt(0x40) : 0xD0 + random.nextInt(0x30);
            image.getRaster().setSample(x, yy, 0, grey);
        }
        return new Page(image, text.toString());
    }

    public static Path png(Page page, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(page.image(), "png", file.toFile())) throw new IOException("no PNG writer");
        return file;
    }

    /** A multi-page TIFF of the pages (the JDK's own TIFF writer). */
    public static Path tiff(List<Page> pages, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Page p : pages) writer.writeToSequence(new IIOImage(p.image(), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** Character error rate: the edit distance between what was read and what was written, over the written length. */
    public static double cer(String read, String written) {
        String a = squash(read), b = squash(written);
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return b.isEmpty() ? 0 : (double) prev[b.length()] / b.length();
    }

    /** Whitespace runs as one space: line breaks are layout, not characters read. */
    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}

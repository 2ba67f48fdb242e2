import org.tarikh.ingest.ScanImages;
import org.tarikh.ingest.ScanTexts;
import java.nio.file.*;
import java.util.*;
/** Writes generated scan pages (the OCR tests' texts, noise and skew) to a folder: 6 PNG pages and a 6-page TIFF. */
public class GenerateScans {
    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        List<ScanImages.Page> tiff = new ArrayList<>();
        for (String lang : List.of("kk", "ru", "en")) {
            for (int seed = 1; seed <= 4; seed++) {
                ScanImages.Page p = ScanImages.render(ScanTexts.PAGES.get(lang), seed % 2 == 0 ? 0.8 : -1.1, 0.012, seed);
                if (seed <= 2) ScanImages.png(p, out.resolve(lang + "-" + seed + ".png")); else tiff.add(p);
            }
        }
        ScanImages.tiff(tiff, out.resolve("six-pages.tif"));
    }
}

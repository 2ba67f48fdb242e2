package org.tarikh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a table (a spreadsheet's first sheet, or a CSV file) into its header and rows, each row with its line and
 * its place in a text of the whole table, so that a claim read from a row can quote the row.
 *
 * <p>CSV: the encoding is found as for any text file ({@link TextDecoder}: UTF-8 with or without a byte order mark,
 * windows-1251, KOI8-R, …), the delimiter is the one of {@code ,} {@code ;} and tab found most often outside quotes
 * in the first lines (a tie goes to the comma), and the rows are parsed by Apache Commons CSV (RFC 4180 quoting).
 * The table's text is the decoded file; a row's line is the line of the file it starts on (a quoted field may run
 * over several lines). A quote left open stops the reading at the row it opens, with a problem naming that line;
 * the rows before it are kept.
 *
 * <p>XLSX: the first sheet is streamed (Apache POI's SAX reader, so a large workbook is never held as a tree), cells
 * as Excel shows them, except dates, which are written {@code 1937-10-12}. The table's text is the sheet written as
 * tab-separated lines; a row's line is its row number in Excel. Blank rows are left out.
 *
 * <p>Example: a file {@code "Фамилия;Имя\nЛекеров;Азимбай\n"} gives header {@code [Фамилия, Имя]} and one row of
 * line 2, cells {@code [Лекеров, Азимбай]}, at offsets 12..28 of the text.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableReader {
    private static final int DELIMITER_LINES = 10;
    /** One row: its line (1-based), its cells, and where it stands in {@link Table#text()}. */
    public record Row(int line, List<String> cells, int start, int end) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A table as read.
     *
     * @param format     {@code csv} or {@code xlsx}
     * @param text       the table as text: the decoded CSV file, or the sheet as tab-separated lines
     * @param headerLine the line of the header row
     * @param problem    why the reading stopped early (a quote left open), or null
     */
    public record Table(String format, String text, List<String> header, int headerLine, List<Row> rows,
                        String contentHash, long byteSize, String problem) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** Whether the file's name says it is a table this reader reads ({@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}). */
    public static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".xlsx");
    }

    /**
     * Reads the table in the file.
     *
     * @throws UnreadableDocumentException when the file cannot be read as a table, with the reason
     */
    public Table read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new UnreadableDocumentException("an Excel 97-2003 workbook (.xls); save it as .xlsx or .csv");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getMessage());
        }
        String hash = SourceReader.sha256(bytes);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (name.endsWith(".xlsx") || zip) return readXlsx(file, hash, bytes.length);
        return readCsv(bytes, hash);
    }

    private static Table readCsv(byte[] bytes, String hash) {
        String text = new TextDecoder().decode(bytes, null);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int[] lineStarts = lineStarts(text);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        String problem = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord previous = null;
            List<String> previousCells = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int from = lineOf(lineStarts, openQuoteRecord(text, previous == null ? 0 : (int) previous.getCharacterPosition()));
                    problem = "line " + from + ": a quote opened on this line is never closed; the file is read up to line "
                            + (from - 1);
                    break;
                }
                if (previous != null) rows.add(row(text, lineStarts, previous, previousCells, (int) record.getCharacterPosition()));
                previous = record;
                previousCells = record.toList();
                if (header == null) {
                    header = previousCells;
                    headerLine = lineOf(lineStarts, (int) record.getCharacterPosition());
                    previous = null;
                }
            }
            if (previous != null) rows.add(row(text, lineStarts, previous, previousCells, text.length()));
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableDocumentException("cannot be read as CSV: " + e.getMessage());
        }
        if (header == null) throw new UnreadableDocumentException("is empty: no header row");
        return new Table("csv", text, header, headerLine, rows, hash, bytes.length, problem);
    }

    private static Row row(String text, int[] lineStarts, CSVRecord record, List<String> cells, int next) {
        int start = (int) record.getCharacterPosition();
        int end = Math.min(next, text.length());
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return new Row(lineOf(lineStarts, start), cells, start, end);
    }

    /**
     * Where the record that a quote left open starts: scanning from a record known to be whole, quotes toggle the
     * quoted state (a doubled quote toggles twice) and a line break outside quotes starts the next record.
     */
    private static int openQuoteRecord(String text, int from) {
        int recordStart = from;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && !quoted) recordStart = i + 1;
        }
        return recordStart;
    }

    /**
     * The delimiter: of comma, semicolon and tab, the one found most often outside quotes over the first
     * {@value #DELIMITER_LINES} lines (a title line above the header may hold a comma of its own); a tie goes to
     * the comma, then the semicolon.
     */
    static char delimiter(String text) {
        int comma = 0, semicolon = 0, tab = 0, lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < DELIMITER_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\n') lines++;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        if (tab > comma && tab > semicolon) return '\t';
        if (semicolon > comma) return ';';
        return ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line that the character at {@code offset} is on. */
    private static int lineOf(int[] lineStarts, int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }

    private static Table readXlsx(Path file, String hash, long size) {
        StringBuilder text = new StringBuilder();
        List<Row> rows = new ArrayList<>();
        List<String>[] header = new List[1];
        int[] headerLine = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new UnreadableDocumentException("is a workbook without sheets");
            XSSFSheetXMLHandler.SheetContentsHandler rowsOut = new XSSFSheetXMLHandler.SheetContentsHandler() {
                private final List<String> cells = new ArrayList<>();

                @Override
                public void startRow(int rowNum) {
                    cells.clear();
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                    int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                    while (cells.size() < column) cells.add("");
                    cells.add(value == null ? "" : value);
                }

                @Override
                public void endRow(int rowNum) {
                    if (cells.stream().allMatch(String::isBlank)) return;
                    if (header[0] == null) {
                        header[0] = List.copyOf(cells);
                        headerLine[0] = rowNum + 1;
                        text.append(line(cells)).append('\n');
                        return;
                    }
                    int start = text.length();
                    text.append(line(cells));
                    rows.add(new Row(rowNum + 1, cells, start, text.length()));
                    text.append('\n');
                }
            };
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rowsOut, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDocumentException("cannot be read as an XLSX workbook: " + e.getMessage());
        }
        if (header[0] == null) throw new UnreadableDocumentException("is empty: no header row");
        return new Table("xlsx", text.toString(), header[0], headerLine[0], rows, hash, size, null);
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            if (!out.isEmpty()) out.append('\t');
            out.append(cell.replaceAll("[\\t\\r\\n]+", " "));
        }
        return out.toString();
    }

    /** Excel's cells as shown, but a date as {@code 1937-10-12} whatever its display format (no two-digit US years). */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}

package fazhi.adapter.rest.training;

import fazhi.shared.model.InvalidInput;
import fazhi.training.model.ImportedTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded CSV or XLSX file as the rows of its first sheet. XLSX is told by its bytes (a ZIP) and read with POI;
 * CSV is read as UTF-8 (a BOM is dropped), or as GBK when it is not valid UTF-8, as Excel saves a CSV on a Chinese
 * Windows. A date cell reads as 2025-06-30, a number as its digits.
 */
final class TabularFile {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GBK");

    private TabularFile() {
    }

    static ImportedTable read(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            throw new InvalidInput("file", "training.import.file.required");
        }
        byte[] bytes;
        try {
            if (upload.size() > MAX_BYTES) {
                throw new InvalidInput("file", "training.import.file.tooLarge", MAX_BYTES / 1024 / 1024);
            }
            bytes = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new InvalidInput("file", "training.import.file.unreadable");
        }
        return read(bytes);
    }

    static ImportedTable read(byte[] bytes) {
        List<List<String>> lines = isZip(bytes) ? xlsx(bytes) : csv(text(bytes));
        if (lines.isEmpty()) {
            throw new InvalidInput("file", "training.import.empty");
        }
        return new ImportedTable(lines.get(0), lines.subList(1, lines.size()));
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** UTF-8 when the bytes are valid UTF-8, GBK otherwise. */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    /** RFC 4180: fields split by commas, quoted with double quotes (a quote inside doubled), lines by CRLF or LF. */
    static List<List<String>> csv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !line.isEmpty()) {
            line.add(field.toString());
            lines.add(line);
        }
        return lines;
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cell(row.getCell(c), formatter));
                    }
                }
                lines.add(cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", "training.import.file.unreadable");
        }
    }

    private static String cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
    }
}

package org.ddmsportal.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ddmsportal.application.shared.SpreadsheetText;
import org.ddmsportal.application.shared.WorkbookWriter;

/**
 * XLSX with Apache POI's streaming workbook (a window of rows in memory, however long the
 * sheet). Text cells go through {@link SpreadsheetText}: no typed name becomes a formula.
 */
@ApplicationScoped
public class PoiWorkbookWriter implements WorkbookWriter {

    @Override
    public byte[] xlsx(List<WorkbookWriter.Sheet> sheets) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Set<String> names = new HashSet<>();
            for (WorkbookWriter.Sheet s : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(uniqueName(s.name(), names));
                int r = 0;
                Row title = sheet.createRow(r++);
                Cell t = title.createCell(0);
                t.setCellValue(SpreadsheetText.safe(s.title()));
                t.setCellStyle(bold);
                r++;
                Row head = sheet.createRow(r++);
                for (int i = 0; i < s.headers().size(); i++) {
                    Cell c = head.createCell(i);
                    c.setCellValue(SpreadsheetText.safe(s.headers().get(i)));
                    c.setCellStyle(bold);
                }
                for (List<Object> values : s.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(i).setCellValue(SpreadsheetText.safe(v.toString()));
                        }
                    }
                }
                for (int i = 0; i < s.headers().size(); i++) {
                    sheet.setColumnWidth(i, 256 * 28);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the workbook could not be written: " + e.getMessage(), e);
        }
    }

    /** A valid sheet name (31 characters, none of []:*?/\), unique in the workbook. */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " " + n;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}

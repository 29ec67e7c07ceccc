package org.ddmsportal.application.shared;

import java.util.List;

/** Writes a spreadsheet (XLSX) of named sheets, each a header row and rows of text or numbers. */
public interface WorkbookWriter {

    /**
     * One sheet: a title above the table, its header and its rows. A cell is a {@link Number}
     * (written as a number) or anything else (written as text, made safe by {@link SpreadsheetText}).
     */
    record Sheet(String name, String title, List<String> headers, List<List<Object>> rows) {
        public Sheet {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    byte[] xlsx(List<Sheet> sheets);
}

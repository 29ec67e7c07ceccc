package org.ddmsportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddmsportal.application.report.CountryReport;
import org.ddmsportal.application.report.CountryReports;
import org.ddmsportal.application.shared.WorkbookWriter;
import org.ddmsportal.infrastructure.document.MustacheTemplates;
import org.ddmsportal.infrastructure.document.OpenHtmlPdfRenderer;
import org.ddmsportal.infrastructure.document.PoiWorkbookWriter;
import org.junit.jupiter.api.Test;

/**
 * The report's template and workbook without a container: a Russian country report with a
 * chart becomes a PDF whose text is the Cyrillic as typed (the embedded DejaVu fonts); its
 * workbook has one sheet per section, and a typed formula stays text. The PDF is left in
 * {@code target/reports/} to be looked at.
 */
class ReportDocumentsTest {

    private static CountryReport.Section section(String key, String title, List<String> headers, List<List<Object>> rows) {
        return new CountryReport.Section(key, title, headers, rows, rows.size(), rows.isEmpty() ? "Нет данных." : null);
    }

    static CountryReport russianReport() {
        return new CountryReport("RS", "Сербия", "Отчёт по стране — Сербия", "2 дек. 2026 г.", "ru", null,
                List.of(section("partnerships", "Партнёрства", List.of("Название", "Ведущая организация", "Статус"),
                                List.of(List.of("Цены на электроэнергию для Белграда", "Републички завод за статистику (RZS)", "Активно"),
                                        List.of("Électricité & <prix>", "EPS", "Предложено"))),
                        section("agreements", "Соглашения", List.of("Номер", "Название", "Истекает"),
                                List.of(List.of("RS-2026-0001", "Данные о потреблении", "31 дек. 2027 г."))),
                        section("indicators", "Индикаторы", List.of("Код", "Название"),
                                List.of(List.of("RS-ELEC-01", "Потребление на жителя"))),
                        section("lessons", "Извлечённые уроки", List.of("Категория", "Урок"), List.of())),
                List.of(new CountryReport.Chart("RS-ELEC-01 · Потребление на жителя", "кВт·ч", List.of(
                        new CountryReport.Bar("Белград (2024)", new BigDecimal("1702.5"), 100),
                        new CountryReport.Bar("Нови-Сад (2024)", new BigDecimal("851.25"), 50)))),
                "Индикаторы: последнее значение по территориям");
    }

    @Test
    void aRussianCountryReportBecomesAPdfWithItsTextAndChart() throws Exception {
        CountryReport r = russianReport();
        String html = new MustacheTemplates().html("documents/report", CountryReports.model(r.title(), r.generated(),
                r.language(), r.printed(), r.charts(), r.chartsTitle()));
        assertTrue(html.contains("&lt;prix&gt;"), "values escaped");
        byte[] pdf = new OpenHtmlPdfRenderer().pdf(html);
        Path out = Path.of("target/reports/country-report-ru.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("Отчёт по стране — Сербия", "Цены на электроэнергию для Белграда",
                    "RS-2026-0001", "Индикаторы: последнее значение по территориям", "Белград (2024)", "1702.5",
                    "Нет данных.", "Électricité & <prix>")) {
                assertTrue(text.contains(expected), () -> expected + " missing: " + text);
            }
        }
    }

    @Test
    void theWorkbookHasOneSheetPerSectionAndTypedFormulasStayText() throws Exception {
        CountryReport r = russianReport();
        byte[] xlsx = new PoiWorkbookWriter().xlsx(r.printed().stream().map(s -> new WorkbookWriter.Sheet(s.title(),
                s.title(), s.headers(), s.rows())).toList());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, book.getNumberOfSheets());
            assertEquals("Партнёрства", book.getSheetAt(0).getSheetName());
            assertEquals("Название", book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals("Цены на электроэнергию для Белграда", book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue());
        }
        byte[] risky = new PoiWorkbookWriter().xlsx(List.of(new WorkbookWriter.Sheet("A/B:C", "t", List.of("x"),
                List.of(List.of("=HYPERLINK(\"http://x\")"), List.of(42)))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(risky))) {
            var sheet = book.getSheetAt(0);
            assertEquals("'=HYPERLINK(\"http://x\")", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(42.0, sheet.getRow(4).getCell(0).getNumericCellValue());
        }
    }

    /**
     * A section's heading is never left alone at the foot of a page: whatever the length of the
     * section before it, the page that shows a heading shows the first row of its table too (the
     * PL report's "Agreements" stood alone at the bottom of page 1).
     */
    /** One agreement row, or many (a section longer than a page). */
    private static List<List<Object>> agreements(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(String.format("PL-2026-%04d", i), "Mobility data " + i, "31 Dec 2027"));
        }
        return rows;
    }

    @Test
    void aSectionsHeadingStaysOnThePageOfItsFirstRow() throws Exception {
        for (int rows = 20; rows <= 44; rows++) {
            List<List<Object>> before = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                before.add(List.of("Partnership " + i, "Lead " + i, "Active"));
            }
            CountryReport r = new CountryReport("PL", "Poland", "Country report — Poland", "6 Dec 2026", "en", null,
                    List.of(section("partnerships", "Partnerships", List.of("Title", "Lead", "Status"), before),
                            section("agreements", "Agreements", List.of("Reference", "Title", "Expires"), agreements(rows % 2 == 0 ? 1 : 50))),
                    List.of(), "Indicators");
            byte[] pdf = new OpenHtmlPdfRenderer().pdf(new MustacheTemplates().html("documents/report",
                    CountryReports.model(r.title(), r.generated(), r.language(), r.printed(), r.charts(), r.chartsTitle())));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    if (text.contains("Agreements")) {
                        assertTrue(text.contains("PL-2026-0001"), "with " + rows + " rows before, page " + page
                                + " ends with the heading alone: " + text);
                    }
                }
            }
        }
    }
}

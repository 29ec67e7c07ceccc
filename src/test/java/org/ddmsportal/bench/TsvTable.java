package org.ddmsportal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One table's rows as a tab-separated file in MariaDB's {@code LOAD DATA} default format
 * (tab between fields, {@code \N} for NULL, backslash escapes), loaded with
 * {@code LOAD DATA LOCAL INFILE} into the listed columns. The column list is written out so a
 * new column (a later migration) is one more name here and one more value in {@code row(...)}.
 */
final class TsvTable implements AutoCloseable {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final String name;
    final String columns;
    final Path file;
    private final int width;
    private final BufferedWriter out;
    private long rows;

    TsvTable(Path dir, String name, String columns) throws IOException {
        this.name = name;
        this.columns = columns;
        this.width = columns.split(",").length;
        this.file = dir.resolve(name + ".tsv");
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void row(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + width + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(field(values[i]));
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    private static String field(Object v) {
        if (v == null) {
            return "\\N";
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        String s = v.toString();
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Loads the file (already closed) into the table; answers the rows the server took. */
    long load(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            return st.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' INTO TABLE " + name + " CHARACTER SET utf8mb4 (" + columns + ")");
        }
    }
}

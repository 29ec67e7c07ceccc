package org.ddmsportal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ddmsportal.domain.shared.Auditable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three languages say the same things, and every key the code uses exists. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/faces", "ValidationMessages"})
    void frenchAndRussianHaveExactlyTheEnglishKeys(String bundle) throws IOException {
        Set<String> en = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        assertEquals(en, new TreeSet<>(load(bundle + "_fr.properties").stringPropertyNames()), "fr");
        assertEquals(en, new TreeSet<>(load(bundle + "_ru.properties").stringPropertyNames()), "ru");
    }

    @Test
    void everyKeyUsedInViewsAndCodeExists() throws IOException {
        Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        scan(Path.of("src/main/webapp"), ".xhtml", Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]"), keys, missing);
        scan(Path.of("src/main/java"), ".java",
                Pattern.compile("(?:Texts\\.(?:get|info|error)|Exception)\\(\"([a-z][A-Za-z0-9_.]+\\.[A-Za-z0-9_.]+)\""),
                keys, missing);
        scan(Path.of("src/main/java"), ".java", Pattern.compile("super\\(\"(error\\.[A-Za-z.]+[A-Za-z])\""), keys, missing);
        assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
        for (String field : new String[] {"code", "email"}) {
            assertTrue(keys.contains("error.duplicate." + field));
        }
    }

    /**
     * Every field an aggregate writes to the audit trail ({@code auditSnapshot}) has a label for the
     * history tab ({@code AuditFormat.field}: {@code caseStudy.title}, or the all-lower-case
     * {@code policydomain.code}); a missing one shows the field's raw name in every language.
     * Abstract bases are left out: their concrete types' prefixes apply.
     */
    @Test
    void everyAuditedFieldHasALabel() throws IOException {
        Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
        Pattern type = Pattern.compile("public class (\\w+)");
        Pattern put = Pattern.compile("\\.put\\(\"(\\w+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ddmsportal/domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher name = type.matcher(source);
                int snapshot = source.indexOf("Map<String, String> auditSnapshot() {");
                if (snapshot < 0 || !name.find()) {
                    continue;
                }
                String entity = name.group(1);
                String prefix = Character.toLowerCase(entity.charAt(0)) + entity.substring(1);
                Matcher field = put.matcher(source.substring(snapshot, source.indexOf("\n    }", snapshot)));
                while (field.find()) {
                    String key = prefix + "." + field.group(1);
                    if (!keys.contains(key) && !keys.contains(entity.toLowerCase(Locale.ROOT) + "." + field.group(1))) {
                        missing.add(key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "history labels missing from messages.properties: " + missing);
    }

    /**
     * Every audited record type (found in the domain's classes, so a new one is checked without
     * touching this test) has a name in each language for the audit trail's type column and
     * filter ({@code AuditFormat.type}); each file is read on its own, as a bundle would fall back
     * to English for a key French lacks.
     */
    @Test
    void everyAuditedRecordTypeIsNamedInEveryLanguage() throws IOException {
        List<String> types = new ClassFileImporter().importPackages("org.ddmsportal.domain").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) && c.isAssignableTo(Auditable.class)
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName).sorted().toList();
        assertTrue(types.containsAll(List.of("Agreement", "CaseStudy", "Pilot", "PolicyDomain", "Stakeholder")), types::toString);
        for (String bundle : List.of("messages", "messages_fr", "messages_ru")) {
            Properties labels = load("i18n/" + bundle + ".properties");
            List<String> unnamed = types.stream().filter(t -> !labels.containsKey("RecordType." + t)).toList();
            assertEquals(List.of(), unnamed, bundle);
        }
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> keys, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
    }
}

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
        scan(Path.of("src/main/webapp"), ".xhtml", Pattern.compile("texts\\.of\\('([A-Za-z0-9_.]+)'"), keys, missing);
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

    private static final List<String> LANGUAGES = List.of("en", "fr", "ru");

    private static Properties messages(String language) throws IOException {
        return load("i18n/messages" + ("en".equals(language) ? "" : "_" + language) + ".properties");
    }

    /**
     * Every text with arguments reads as a pattern (MessagePatterns), and every count in it
     * ({@code plural}) has a text for each plural category its language gives the counts 0 to
     * 1000 (CLDR, through ICU: one/other in English and French, one/few/many in Russian) and for
     * {@code other}; a missing category would fall back to another's grammar.
     */
    @Test
    void everyCountAgreesInItsLanguage() throws IOException {
        List<String> problems = new java.util.ArrayList<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            com.ibm.icu.text.PluralRules rules = com.ibm.icu.text.PluralRules.forLocale(locale);
            Set<String> needed = new TreeSet<>(Set.of(com.ibm.icu.text.PluralRules.KEYWORD_OTHER));
            for (int n = 0; n <= 1000; n++) {
                needed.add(rules.select(n));
            }
            Properties texts = messages(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (!text.contains("{")) {
                    continue;
                }
                try {
                    new com.ibm.icu.text.MessageFormat(text, locale);
                } catch (IllegalArgumentException e) {
                    problems.add(language + " " + key + ": " + e.getMessage());
                    continue;
                }
                for (Set<String> categories : pluralCategories(text)) {
                    if (!categories.containsAll(needed)) {
                        problems.add(language + " " + key + ": has " + categories + ", needs " + needed);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A text without arguments is shown as written (Faces' #{msg[…]}, Texts.get without arguments):
     * an apostrophe doubled for MessageFormat would show doubled ("d''un").
     */
    @Test
    void aTextWithoutArgumentsHasItsApostrophesAsWritten() throws IOException {
        List<String> doubled = new java.util.ArrayList<>();
        for (String language : LANGUAGES) {
            Properties texts = messages(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (text.contains("''") && !text.contains("{")) {
                    doubled.add(language + " " + key + ": " + text);
                }
            }
        }
        assertTrue(doubled.isEmpty(), String.join("\n", doubled));
    }

    /**
     * French texts write the apostrophe as French typography does ("l’accord", "n’a"): a straight
     * one stood beside the curly one from page to page ("Type d'enregistrement", "rien n’a été").
     */
    @Test
    void frenchTextsUseTheTypographicApostrophe() throws IOException {
        List<String> straight = new java.util.ArrayList<>();
        for (String bundle : List.of("i18n/messages_fr.properties", "i18n/faces_fr.properties")) {
            Properties texts = load(bundle);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                if (texts.getProperty(key).contains("'")) {
                    straight.add(bundle + " " + key + ": " + texts.getProperty(key));
                }
            }
        }
        assertTrue(straight.isEmpty(), String.join("\n", straight));
    }

    /** Counts read as their language says them, through the portal's one formatter. */
    @Test
    void countsReadInTheirLanguage() throws IOException {
        String days = "dashboards.days";
        assertEquals("1 day · 3 days", format("en", days, 1) + " · " + format("en", days, 3));
        assertEquals("0 jour · 1 jour · 2 jours", format("fr", days, 0) + " · " + format("fr", days, 1) + " · "
                + format("fr", days, 2));
        assertEquals("1 день · 2 дня · 5 дней · 11 дней · 21 день · 22 дня",
                String.join(" · ", format("ru", days, 1), format("ru", days, 2), format("ru", days, 5),
                        format("ru", days, 11), format("ru", days, 21), format("ru", days, 22)));
        assertEquals("12 lines read as CSV; no problems.", format("en", "import.summary", 12, "CSV", 0));
        assertEquals("1 ligne lue au format CSV ; 2 problèmes.", format("fr", "import.summary", 1, "CSV", 2));
        // an apostrophe doubled in a text with arguments is one apostrophe, as before
        assertEquals("rien d’enregistré depuis 4 jours", format("fr", "dashboards.daysQuiet", 4));
        assertEquals("23 участника · 25 участников · 1 attendee", format("ru", "activity.attendeesShort", 23) + " · "
                + format("ru", "activity.attendeesShort", 25) + " · " + format("en", "activity.attendeesShort", 1));
        // a partnership changed today is not "nothing recorded for 0 days"
        assertEquals("changed today · nothing recorded for 1 day", format("en", "dashboards.daysQuiet", 0) + " · "
                + format("en", "dashboards.daysQuiet", 1));
        assertEquals("изменено сегодня · ничего не записано 5 дней", format("ru", "dashboards.daysQuiet", 0) + " · "
                + format("ru", "dashboards.daysQuiet", 5));
        // none said in words, one without "longest first"
        assertEquals("No case study is waiting for a coordinator.", format("en", "dashboards.queue.total", 0));
        assertEquals("1 case study waiting for a coordinator:", format("en", "dashboards.queue.total", 1));
        assertEquals("21 тематическое исследование ожидает координатора, самые давние сначала:",
                format("ru", "dashboards.queue.total", 21));
    }

    /**
     * Faces' {@code h:outputFormat} formats with the JDK's MessageFormat, which fails on a plural:
     * a text that counts is shown with {@code #{texts.of(…)}} (web.shared.TextsBean).
     */
    @Test
    void noCountIsGivenToOutputFormat() throws IOException {
        Pattern outputFormat = Pattern.compile("<h:outputFormat[^>]*value=\"[^\"]*msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> counting = new TreeSet<>();
        for (String language : LANGUAGES) {
            Properties texts = messages(language);
            texts.stringPropertyNames().stream().filter(k -> !pluralCategories(texts.getProperty(k)).isEmpty())
                    .forEach(counting::add);
        }
        assertTrue(counting.contains("dashboards.days"), "the check sees the plurals");
        Set<String> fixed = new TreeSet<>(messages("en").stringPropertyNames());
        fixed.removeAll(counting);
        Set<String> misused = new TreeSet<>();
        scan(Path.of("src/main/webapp"), ".xhtml", outputFormat, fixed, misused);
        assertTrue(misused.isEmpty(), "texts that count, given to h:outputFormat: " + misused);
    }

    /**
     * A label and its value are joined by the language's colon ({@code #{texts.colon}}): French sets
     * a no-break space before it ("Statut : Brouillon"), English and Russian do not. A colon the view
     * writes itself after a label or a value would be wrong in French.
     */
    @Test
    void viewsJoinLabelsWithTheLanguagesColon() throws IOException {
        assertEquals("\u00a0:", messages("fr").getProperty("punctuation.colon"));
        assertEquals(":", messages("en").getProperty("punctuation.colon"));
        Pattern ownColon = Pattern.compile("(\\}|</(?:strong|h:link|a|span|em|code)>):(?=[ \t<\"\n])");
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (ownColon.matcher(lines[i] + "\n").find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + " " + lines[i].strip());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "a colon written by the view, not #{texts.colon}: " + found);
    }

    private static String format(String language, String key, Object... arguments) throws IOException {
        return org.ddmsportal.application.shared.MessagePatterns.format(messages(language).getProperty(key),
                Locale.forLanguageTag(language), arguments).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** The categories of each plural argument of a pattern (its selectors, {@code =0} and the like left out). */
    private static List<Set<String>> pluralCategories(String text) {
        List<Set<String>> found = new java.util.ArrayList<>();
        if (!text.contains("plural")) {
            return found;
        }
        com.ibm.icu.text.MessagePattern pattern = new com.ibm.icu.text.MessagePattern(text);
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != com.ibm.icu.text.MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != com.ibm.icu.text.MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> categories = new TreeSet<>();
            int end = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < end; j++) {
                com.ibm.icu.text.MessagePattern.Part selector = pattern.getPart(j);
                if (selector.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_SELECTOR) {
                    String name = pattern.getSubstring(selector);
                    if (!name.startsWith("=")) {
                        categories.add(name);
                    }
                    int message = j + 1;
                    if (pattern.getPartType(message).hasNumericValue()) {
                        message++;
                    }
                    j = pattern.getLimitPartIndex(message);
                }
            }
            found.add(categories);
        }
        return found;
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

package org.ddmsportal.application.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Map;

/**
 * JSON-P through one provider, looked up once. Each static {@code jakarta.json.Json.create…} call
 * looks the provider up again through the {@link java.util.ServiceLoader}, which searches the
 * class path's jars: on the bench's indicator page (a chart of 2,880 points and a map) those
 * look-ups were 28 % of the request's CPU. {@code ArchitectureTest} keeps the static calls out.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    // the factories, not the provider, are what JSON-P documents as safe to share between threads
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonGeneratorFactory GENERATORS = PROVIDER.createGeneratorFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonReader reader(Reader in) {
        return READERS.createReader(in);
    }

    public static JsonReader reader(InputStream in) {
        return READERS.createReader(in);
    }

    /** A parser of one text, event by event (to see where a value ends). */
    public static JsonParser parser(Reader in) {
        return PARSERS.createParser(in);
    }

    public static JsonGenerator generator(OutputStream out) {
        return GENERATORS.createGenerator(out);
    }

    public static JsonWriterFactory writers(Map<String, ?> config) {
        return PROVIDER.createWriterFactory(config);
    }
}

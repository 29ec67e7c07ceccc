package org.ddmsportal.infrastructure.document;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.ddmsportal.application.shared.Templates;

/**
 * The templates of {@code templates/} with Mustache (logic-less, so templates stay editable by
 * non-programmers). XHTML templates escape every value ({@code {{x}}}); text templates, for mail,
 * do not. Compiled templates are cached by the factories.
 */
@ApplicationScoped
public class MustacheTemplates implements Templates {

    private final MustacheFactory htmlFactory = new DefaultMustacheFactory("templates");

    private final MustacheFactory textFactory = new DefaultMustacheFactory("templates") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    @Override
    public String html(String name, Map<String, ?> model) {
        return render(htmlFactory, name + ".html", model);
    }

    @Override
    public String text(String name, Map<String, ?> model) {
        return render(textFactory, name + ".txt", model);
    }

    @Override
    public boolean exists(String name) {
        ClassLoader loader = MustacheTemplates.class.getClassLoader();
        return loader.getResource("templates/" + name + ".html") != null
                || loader.getResource("templates/" + name + ".txt") != null;
    }

    private static String render(MustacheFactory factory, String file, Map<String, ?> model) {
        Mustache mustache = factory.compile(file);
        StringWriter out = new StringWriter();
        mustache.execute(out, model);
        return out.toString();
    }
}

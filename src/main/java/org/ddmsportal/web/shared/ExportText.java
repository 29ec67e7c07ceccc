package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Text for a list export's cell where the page draws several items ({@code ui:repeat}), e.g.
 * {@code exportValue="#{exportText.join(p.domainList.stream().map(d -> d.nameIn(view.locale)).toList(), ', ')}"}.
 */
@Named
@ApplicationScoped
public class ExportText {

    public String join(Collection<?> items, String separator) {
        if (items == null) {
            return "";
        }
        return items.stream().filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining(separator));
    }
}

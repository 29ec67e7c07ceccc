package org.ddmsportal.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses among the media types an answer can be given in by the request's Accept header (RFC 9110,
 * 12.5.1): by weight, then by the header's order; a type weighted 0 is refused, also where a
 * wildcard would take it ({@code text/turtle;q=0, *}{@code /*} is not Turtle). No header, or one
 * with nothing readable, takes anything: the first offered. Plain text parsing, so that it is
 * tested without a JAX-RS runtime.
 */
final class AcceptHeader {

    private record Range(String type, String subtype, double q) {

        boolean covers(String offered) {
            String[] parts = offered.split("/", 2);
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }

        boolean names(String offered) {
            return (type + "/" + subtype).equals(offered);
        }
    }

    private AcceptHeader() {
    }

    /** Which of {@code offered} (e.g. {@code text/turtle}, in the server's order of preference) to give; null for none. */
    static String choose(List<String> headerValues, List<String> offered) {
        List<Range> ranges = ranges(headerValues);
        for (Range range : ranges) {
            if (range.q() <= 0) {
                continue;
            }
            for (String type : offered) {
                boolean refused = ranges.stream().anyMatch(r -> r.q() <= 0 && r.names(type));
                if (range.covers(type) && !refused) {
                    return type;
                }
            }
        }
        return null;
    }

    private static List<Range> ranges(List<String> headerValues) {
        List<Range> ranges = new ArrayList<>();
        for (String value : headerValues == null ? List.<String>of() : headerValues) {
            for (String item : value.split(",")) {
                String[] params = item.split(";");
                String[] media = params[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
                if (media.length != 2 || media[0].isEmpty() || media[1].isEmpty()) {
                    continue;   // an unreadable item is passed over, as if not written
                }
                double q = 1;
                for (int i = 1; i < params.length; i++) {
                    String[] kv = params[i].strip().split("=", 2);
                    if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                        try {
                            q = Double.parseDouble(kv[1].strip());
                        } catch (NumberFormatException e) {
                            q = 1;
                        }
                    }
                }
                ranges.add(new Range(media[0], media[1], q));
            }
        }
        if (ranges.isEmpty()) {
            ranges.add(new Range("*", "*", 1));
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed());
        return ranges;
    }
}

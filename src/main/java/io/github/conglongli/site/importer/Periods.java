package io.github.conglongli.site.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A period as CVs write it ({@code 2012 - 2017}, {@code Sept 2019 – present}, {@code 1905}) as start and end fields. */
final class Periods {

    private Periods() {}

    /** Puts {@code start} and, when there is one, {@code end} into {@code item}; false when no start can be read. */
    static boolean put(String text, Map<String, Object> item, String where, ImportReport report) {
        String[] parts = text.strip().split("\\s*(?:--|–|—|-(?!\\d{2}\\b)|\\bto\\b)\\s*", 2);
        if (parts.length == 2 && parts[0].matches("\\d{4}") && parts[1].matches("\\d{2}")) {
            parts = new String[] {text.strip()}; // 2019-06 is a month, not a range
        }
        Optional<LooseDate> start = LooseDate.parse(parts[0]);
        if (start.isEmpty()) {
            report.dropped(where, "period '" + text + "' could not be read as dates");
            return false;
        }
        item.put("start", start.get().isoMonth());
        if (start.get().guessed()) {
            report.guess(where, "'" + parts[0] + "' read as " + start.get().isoMonth());
        }
        if (parts.length == 2 && !parts[1].isBlank()) {
            String end = parts[1].strip().toLowerCase(Locale.ROOT);
            if (end.matches("present|now|current|today|ongoing|date")) {
                item.put("end", "present");
            } else {
                LooseDate.parse(parts[1]).ifPresentOrElse(e -> {
                    if (e.year() * 100 + e.month() >= start.get().year() * 100 + start.get().month()) {
                        item.put("end", e.isoMonth());
                    }
                }, () -> report.dropped(where, "end of period '" + text + "' could not be read"));
            }
        }
        return true;
    }

    /** The same from separate start and end values (JSON Resume's startDate and endDate). */
    static boolean put(Object start, Object end, Map<String, Object> item, String where, ImportReport report) {
        if (start == null || start.toString().isBlank()) {
            return false;
        }
        String text = start + (end == null || end.toString().isBlank() ? " - present" : " - " + end);
        return put(text, item, where, report);
    }
}

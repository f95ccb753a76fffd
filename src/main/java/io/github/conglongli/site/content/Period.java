package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When something happened: {@code start} and {@code end} are {@code YYYY} or {@code YYYY-MM};
 * {@code end: present} marks an ongoing role; no {@code end} means a single period, which
 * {@code term} (e.g. "Summer") can qualify.
 */
public record Period(Optional<String> term, String start, Optional<String> end, boolean ongoing) {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

    static Period read(FieldReader f) {
        Optional<String> term = f.optionalText("term");
        String start = f.text("start");
        if (!start.isEmpty() && !DATE.matcher(start).matches()) {
            f.error("start", "'start' must be a year (2021) or a year and month (2021-07), got '" + start + "'");
        }
        Optional<String> end = f.optionalText("end");
        boolean ongoing = end.isPresent() && end.get().toLowerCase(Locale.ROOT).equals("present");
        if (ongoing) {
            end = Optional.empty();
        } else if (end.isPresent()) {
            if (!DATE.matcher(end.get()).matches()) {
                f.error("end", "'end' must be a year, a year and month, or 'present', got '" + end.get() + "'");
            } else if (DATE.matcher(start).matches() && end.get().compareTo(start) < 0) {
                f.error("end", "'end' (" + end.get() + ") is before 'start' (" + start + ")");
            }
        }
        return new Period(term, start, end, ongoing);
    }
}

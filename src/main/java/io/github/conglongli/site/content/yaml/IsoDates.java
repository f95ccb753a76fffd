package io.github.conglongli.site.content.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as content files write them: {@code 2024}, {@code 2024-05} or {@code 2024-05-17}, and real ones. */
public final class IsoDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private IsoDates() {}

    public static boolean isValid(String date) {
        Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            return false;
        }
        try {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate.of(Integer.parseInt(m.group(1)), month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

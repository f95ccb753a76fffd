package io.github.conglongli.site.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the old site wrote it, read into what content files write: {@code 2019-06-12},
 * {@code 2019-06} or {@code 2019}. Reads ISO dates and date-times with or without a zone
 * ({@code 2019-06-12T10:00:00Z}, {@code 2015-11-07 16:11:00-0400}), slashes ({@code 2019/06/12}),
 * month names ({@code June 2019}, {@code 12 June 2019}, {@code June 12, 2019}) and a bare year.
 * {@code guessed} says the text was not a plain ISO date, for the report.
 */
record LooseDate(int year, int month, int day, boolean guessed) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASHES = Pattern.compile("(\\d{4})[/.](\\d{1,2})(?:[/.](\\d{1,2}))?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?([A-Za-z]+)\\.?"
            + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})");
    private static final Pattern DATE_START = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_START = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    static Optional<LooseDate> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.startsWith("'") || text.startsWith("\"")) {
            text = text.substring(1, Math.max(1, text.length() - 1)).strip();
        }
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3), false);
        }
        m = ISO_PREFIX.matcher(text);
        if (m.matches()) {
            // a date-time: the day as written, whatever the zone (a post dated 23:00-0400 stays on its day)
            return of(m.group(1), m.group(2), m.group(3), false);
        }
        m = SLASHES.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3), true);
        }
        m = YEAR.matcher(text);
        if (m.matches()) {
            return of(m.group(1), null, null, false);
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3), true);
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            Optional<Integer> month = month(m.group(2));
            if (month.isPresent()) {
                String day = m.group(1) != null ? m.group(1) : m.group(3);
                return of(m.group(4), String.valueOf(month.get()), day, true);
            }
        }
        // anything else holding one date-like start, e.g. al-folio's "2025-11-04 00:009:00-0400"
        m = DATE_START.matcher(text);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3), true);
        }
        return Optional.empty();
    }

    /** A date from the start of a file name: {@code 2019-06-12-title.md}, or al-folio's {@code 20190612-title.md}. */
    static Optional<LooseDate> fromFileName(String name) {
        Matcher m = DATE_START.matcher(name);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3), false);
        }
        m = COMPACT_START.matcher(name);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3), true);
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(lower) || lower.equals("sept") && month == Month.SEPTEMBER) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<LooseDate> of(String year, String month, String day, boolean guessed) {
        try {
            int y = Integer.parseInt(year);
            int mo = month == null ? 0 : Integer.parseInt(month);
            int d = day == null || mo == 0 ? 0 : Integer.parseInt(day);
            LocalDate.of(y, mo == 0 ? 1 : mo, d == 0 ? 1 : d); // validates
            if (y < 1000) {
                return Optional.empty();
            }
            return Optional.of(new LooseDate(y, mo, d, guessed));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    boolean hasDay() {
        return day > 0;
    }

    boolean hasMonth() {
        return month > 0;
    }

    /** As content files write it, as precise as the source was. */
    String iso() {
        if (!hasMonth()) {
            return String.valueOf(year);
        }
        return hasDay() ? String.format("%04d-%02d-%02d", year, month, day) : String.format("%04d-%02d", year, month);
    }

    /** A whole day, the first of the month or year when the source was less precise (for posts). */
    String isoDay() {
        return String.format("%04d-%02d-%02d", year, Math.max(month, 1), Math.max(day, 1));
    }

    /** Year and month at most (what positions and education take). */
    String isoMonth() {
        return hasMonth() ? String.format("%04d-%02d", year, month) : String.valueOf(year);
    }
}

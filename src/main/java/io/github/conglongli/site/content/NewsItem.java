package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.Optional;
import java.util.regex.Pattern;

/** A dated news item from {@code news.yaml}; {@code text} is inline Markdown. */
public record NewsItem(String date, String text, Optional<String> url) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?");

    static NewsItem read(FieldReader f) {
        String date = f.text("date");
        if (!date.isEmpty() && !DATE.matcher(date).matches()) {
            f.error("date", "'date' must be YYYY-MM-DD or YYYY-MM, got '" + date + "'");
        }
        return new NewsItem(date, MathFields.checked(f, "text", f.text("text")), f.optionalUrl("url"));
    }
}

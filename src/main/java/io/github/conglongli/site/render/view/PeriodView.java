package io.github.conglongli.site.render.view;

import java.util.Optional;

/**
 * A period ready to print: "Summer 2019", "2014–2020", "2021–Present". {@code ongoing} holds
 * the word for an open end ("Present") when the period has one.
 */
public record PeriodView(Optional<String> term, DatePart start, Optional<DatePart> end, Optional<String> ongoing) {

    /** The period as plain text, e.g. for summaries and tests. */
    public String text() {
        String s = term.map(t -> t + " ").orElse("") + start.text();
        if (end.isPresent()) {
            return s + "–" + end.get().text();
        }
        return ongoing.map(word -> s + "–" + word).orElse(s);
    }
}

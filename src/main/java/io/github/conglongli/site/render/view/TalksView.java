package io.github.conglongli.site.render.view;

import java.util.List;

/** The talks page: talks grouped by year, newest first. */
public record TalksView(List<Year> years) {

    /** The talks of one year. */
    public record Year(int year, List<TalkView> talks) {}
}

package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Period;
import io.github.conglongli.site.render.view.DatePart;
import io.github.conglongli.site.render.view.PeriodView;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as pages print them, with their machine-readable form for {@code <time datetime>}. */
final class Dates {

    private Dates() {}

    /** "2021" stays "2021"; "2021-07" prints as "Jul 2021"; "2021-07-04" as "4 Jul 2021". */
    static DatePart of(String isoDate) {
        if (isoDate.length() == 10) {
            return new DatePart(isoDate, Integer.parseInt(isoDate.substring(8)) + " " + month(isoDate) + " "
                    + isoDate.substring(0, 4));
        }
        if (isoDate.length() == 7) {
            return new DatePart(isoDate, month(isoDate) + " " + isoDate.substring(0, 4));
        }
        return new DatePart(isoDate, isoDate);
    }

    static PeriodView period(Period p) {
        return new PeriodView(p.term(), of(p.start()), p.end().map(Dates::of), p.ongoing());
    }

    private static String month(String isoDate) {
        return Month.of(Integer.parseInt(isoDate.substring(5, 7))).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}

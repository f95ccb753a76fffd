package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Period;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.view.DatePart;
import io.github.conglongli.site.render.view.PeriodView;
import java.util.Optional;

/** Dates as pages print them, in the site's language, with their machine-readable form for {@code <time>}. */
final class Dates {

    private Dates() {}

    /** "2021" stays "2021"; "2021-07" prints as "Jul 2021"; "2021-07-04" as "4 Jul 2021" (in English). */
    static DatePart of(String isoDate, Labels labels) {
        return new DatePart(isoDate, labels.date(isoDate));
    }

    static PeriodView period(Period p, Labels labels) {
        return new PeriodView(p.term(), of(p.start(), labels), p.end().map(end -> of(end, labels)),
                p.ongoing() ? Optional.of(labels.get("period.present")) : Optional.empty());
    }
}

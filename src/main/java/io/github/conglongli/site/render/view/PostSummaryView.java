package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A post as lists show it: title (as text, and as HTML with its formulas as MathML), date, what it
 * is about, its tags and how long it takes to read.
 */
public record PostSummaryView(String title, Markup titleHtml, String url, DatePart date, Optional<String> description,
        List<NavLink> tags, String readingTime, boolean draft) {}

package io.github.conglongli.site.render.view;

import java.util.List;

/** The publications of one year. */
public record YearGroup(int year, List<PublicationView> publications) {}

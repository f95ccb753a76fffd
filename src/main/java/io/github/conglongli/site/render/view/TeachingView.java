package io.github.conglongli.site.render.view;

import java.util.List;

/** The teaching page: each course, in the order written. */
public record TeachingView(List<CourseView> courses) {}

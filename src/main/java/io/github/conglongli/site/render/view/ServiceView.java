package io.github.conglongli.site.render.view;

/** A service line: "Conferences" — "Reviewer for" — "ICLR 2024, NeurIPS 2023, ...". */
public record ServiceView(String category, String role, String venues) {}

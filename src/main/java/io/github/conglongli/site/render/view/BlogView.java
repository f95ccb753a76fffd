package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A list of posts: one page of the blog, or the posts with a tag. {@code newer} and
 * {@code older} link the neighbouring pages; {@code tags} every tag of the blog.
 */
public record BlogView(String heading, Optional<String> pageLabel, List<PostSummaryView> posts,
        Optional<NavLink> newer, Optional<NavLink> older, List<NavLink> tags) {}

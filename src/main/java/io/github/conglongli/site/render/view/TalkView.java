package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/** A talk as shown: what, where, when, what kind, its links and abstract. */
public record TalkView(String title, String event, Optional<String> location, DatePart date, Optional<String> kind,
        List<LinkView> links, Optional<Markup> abstractHtml) {}

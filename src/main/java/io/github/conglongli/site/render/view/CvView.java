package io.github.conglongli.site.render.view;

import io.github.conglongli.site.content.Skill;
import java.util.List;

/** The printable CV: everything, in CV order. */
public record CvView(
        ProfileView profile,
        List<EducationView> education,
        List<PositionView> positions,
        List<Skill> skills,
        List<PublicationView> publications,
        List<TalkView> talks,
        List<CourseView> teaching,
        List<ServiceView> service) {}

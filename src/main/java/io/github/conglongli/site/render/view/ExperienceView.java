package io.github.conglongli.site.render.view;

import io.github.conglongli.site.content.Skill;
import java.util.List;

/** The experience page: work, education, skills, service. */
public record ExperienceView(
        List<PositionView> positions,
        List<EducationView> education,
        List<Skill> skills,
        List<ServiceView> service) {}

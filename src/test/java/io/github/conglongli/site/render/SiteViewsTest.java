package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Period;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.view.AuthorName;
import io.github.conglongli.site.render.view.HomeView;
import io.github.conglongli.site.render.view.PublicationView;
import io.github.conglongli.site.render.view.PublicationsView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decisions about what pages show, made in Java and tested on the real content. */
class SiteViewsTest {

    static Site site;
    static SiteViews views;

    @BeforeAll
    static void load() {
        site = ((LoadResult.Loaded) new ContentLoader(Path.of("content")).load()).site();
        views = new SiteViews(site);
    }

    static PublicationView pub(String titleStart) {
        return views.publications().years().stream().flatMap(y -> y.publications().stream())
                .filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void theOwnerIsHighlightedAndSeparatorsFollowEveryNameButTheLast() {
        List<AuthorName> authors = pub("1-bit LAMB").authors();
        assertEquals(new AuthorName("Conglong Li", true, ", "), authors.get(0));
        assertEquals(new AuthorName("Yuxiong He", false, ""), authors.get(authors.size() - 1));
        assertTrue(authors.stream().filter(AuthorName::owner).count() == 1);
    }

    @Test
    void truncatedAuthorListsCarryEtAlTheCountAndTheNote() {
        assertEquals(" et al. (391 authors. I contributed to code and infrastructure to train BLOOM on the Jean Zay "
                + "supercomputer as a member of the Engineering team.)", pub("BLOOM").authorsNote());
        assertEquals(" et al.", pub("DeepSpeed4Science").authorsNote());
        assertEquals("", pub("XTC").authorsNote());
    }

    @Test
    void theVenueLineReadsLikeACitation() {
        assertEquals(Optional.of("In 36th Conference on Neural Information Processing Systems"), pub("XTC").venueLine());
        assertEquals(Optional.of("In ACM Transactions on Architecture and Code Optimization, Vol. 10(4)"),
                pub("Reducing DRAM").venueLine());
        assertEquals(Optional.of("arXiv preprint arXiv:2211.05100"), pub("BLOOM").venueLine());
        assertEquals("https://arxiv.org/abs/2211.05100", pub("BLOOM").links().get(0).url());
    }

    @Test
    void yearsAreNewestFirstAndKeepTheWrittenOrderWithinAYear() {
        PublicationsView view = views.publications();
        assertEquals(List.of(2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2015, 2013),
                view.years().stream().map(g -> g.year()).toList());
        assertEquals(List.of("BLOOM", "1-bit LAMB", "The Stability", "XTC", "ZeroQuant", "DeepSpeed-MoE"),
                view.years().get(2).publications().stream().map(p -> p.title().split("[: ]")[0].equals("The")
                        ? "The Stability" : p.title().split(":")[0]).toList());
    }

    @Test
    void homeFallsBackToRecentPublicationsWhenNoneAreSelected() {
        HomeView home = views.home();
        assertEquals("Recent publications", home.publicationsHeading());
        assertEquals(6, home.publications().size());
        assertEquals(2024, home.publications().get(0).year());
        assertEquals(3, home.positions().size());
        assertEquals("Senior Researcher at Microsoft DeepSpeed team", home.profile().headline().orElseThrow());
        assertFalse(home.profile().photo().isPresent());
    }

    @Test
    void periodsPrintAsOnACv() {
        assertEquals("2021–Present", SiteViews.period(new Period(Optional.empty(), "2021", Optional.empty(), true)).text());
        assertEquals("Summer 2019", SiteViews.period(new Period(Optional.of("Summer"), "2019", Optional.empty(), false)).text());
        assertEquals("2014–2020", SiteViews.period(new Period(Optional.empty(), "2014", Optional.of("2020"), false)).text());
        assertEquals("Jul 2021–Mar 2022",
                SiteViews.period(new Period(Optional.empty(), "2021-07", Optional.of("2022-03"), false)).text());
        assertEquals("2021-07", SiteViews.date("2021-07").datetime());
    }

    @Test
    void theSummaryCountsEachKind() {
        assertEquals("20 publications: 15 conference papers, 1 journal article, 1 workshop paper, 3 preprints",
                SiteViews.summary(site.publications()));
        assertEquals("No publications yet.", SiteViews.summary(List.of()));
    }
}

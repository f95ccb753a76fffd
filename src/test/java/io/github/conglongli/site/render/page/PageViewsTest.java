package io.github.conglongli.site.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.Period;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.Templates;
import io.github.conglongli.site.render.view.AuthorName;
import io.github.conglongli.site.render.view.PublicationView;
import io.github.conglongli.site.render.view.YearGroup;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The decisions about what pages show, made in Java and tested on Ada's site. */
class PageViewsTest {

    static final Site SITE = SiteFixture.minimal()
            .site(s -> s.selectedPublications(6).recentPositions(3))
            .profile(p -> p.role("Senior Researcher").affiliation("Analytical Engines Ltd").team("Compiler team"))
            .publication(p -> p.title("Card Efficiency: Curriculum Sampling").authors("Ada Lovelace")
                    .venue("AAAI 2024").type("conference").year(2024))
            .publication(p -> p.title("Engines4Science: Scientific Discovery").authors("Grace Hopper", "Ada Lovelace").etAl()
                    .venue("NeurIPS 2023 Workshop").type("workshop").year(2023))
            .publication(p -> p.title("COUNTESS: A 176-Gear Calculator").authors("Charles Babbage").etAl().authorCount(391)
                    .note("I contributed the punched-card programs as a member of the Engineering team.")
                    .venue("arXiv preprint").type("preprint").arxiv("2211.05100"))
            .publication(p -> p.title("1-bit Loom: Communication Efficient Weaving")
                    .authors("Ada Lovelace", "Charles Babbage", "Alan Turing").venue("HiPC 2022").type("conference").year(2022))
            .publication(p -> p.title("The Stability-Efficiency Dilemma").authors("Ada Lovelace", "Grace Hopper")
                    .venue("NeurIPS 2022").type("conference").year(2022))
            .publication(p -> p.title("XTC: Extreme Compression of Punched Cards").authors("Alan Turing", "Ada Lovelace")
                    .venue("NeurIPS 2022").venueFull("36th Conference on Neural Information Processing Systems")
                    .type("conference").year(2022))
            .publication(p -> p.title("GD-Wheel: A Cost-Aware Replacement Policy").authors("Ada Lovelace")
                    .venue("EuroSys 2015").type("conference").year(2015))
            .publication(p -> p.title("Reducing Gear Row Activations").authors("Charles Babbage", "Ada Lovelace")
                    .venue("ACM TACO 2013").venueFull("ACM Transactions on Architecture and Code Optimization")
                    .type("journal").year(2013).volume("10(4)"))
            .position(p -> p.title("Senior Researcher").organization("Analytical Engines Ltd").start(2021).end("present"))
            .position(p -> p.title("Researcher").organization("Analytical Engines Ltd").start(2020).end(2021))
            .position(p -> p.title("Research Intern").organization("Royal Society").term("Summer").start(2019))
            .position(p -> p.title("Research Intern").organization("Royal Society").term("Summer").start(2017))
            .load();
    static final PageContext CONTEXT = PageContext.of(SITE, PageOptions.production(name -> "/" + name));
    static final PublicationViews VIEWS = new PublicationViews(CONTEXT);
    static final Labels LABELS = CONTEXT.labels();

    static PublicationView pub(String titleStart) {
        return VIEWS.of(SITE.publications().stream().filter(p -> p.title().startsWith(titleStart)).findFirst()
                .orElseThrow());
    }

    @Test
    void theOwnerIsHighlightedAndSeparatorsFollowEveryNameButTheLast() {
        List<AuthorName> authors = pub("1-bit Loom").authors();
        assertEquals(new AuthorName("Ada Lovelace", true, "", ", "), authors.get(0));
        assertEquals(new AuthorName("Alan Turing", false, "", ""), authors.get(authors.size() - 1));
        assertEquals(1, authors.stream().filter(AuthorName::owner).count());
    }

    @Test
    void truncatedAuthorListsCarryEtAlTheCountAndTheNote() {
        assertEquals(" et al. (391 authors. I contributed the punched-card programs as a member of the Engineering team.)",
                pub("COUNTESS").authorsNote());
        assertEquals(" et al.", pub("Engines4Science").authorsNote());
        assertEquals("", pub("XTC").authorsNote());
    }

    @Test
    void theVenueLineReadsLikeACitation() {
        assertEquals(Optional.of("In 36th Conference on Neural Information Processing Systems"), pub("XTC").venueLine());
        assertEquals(Optional.of("In ACM Transactions on Architecture and Code Optimization, Vol. 10(4)"),
                pub("Reducing Gear").venueLine());
        assertEquals(Optional.of("arXiv preprint arXiv:2211.05100"), pub("COUNTESS").venueLine());
        assertEquals("https://arxiv.org/abs/2211.05100", pub("COUNTESS").links().get(0).url());
        assertEquals("/publications/2022-xtc", pub("XTC").url(), "each entry links its own page");
    }

    @Test
    void yearsAreNewestFirstAndKeepTheWrittenOrderWithinAYear() {
        List<YearGroup> years = VIEWS.byYear(SITE.publications());
        assertEquals(List.of(2024, 2023, 2022, 2015, 2013), years.stream().map(g -> g.year()).toList());
        assertEquals(List.of("COUNTESS", "1-bit Loom", "The Stability-Efficiency Dilemma", "XTC"),
                years.get(2).publications().stream().map(p -> p.title().split(":")[0]).toList(),
                "the preprint's year comes from its arXiv id");
    }

    @Test
    void homeFallsBackToRecentPublicationsWhenNoneAreSelected() {
        SitePages pages = new SitePages(SITE, PageOptions.production(name -> "/" + name),
                new PageRenderer(Templates.precompiled().engine()));
        Document home = Jsoup.parse(new String(pages.route("/").orElseThrow().render().body(), StandardCharsets.UTF_8));
        assertEquals("Recent publications", home.select("#home-pubs").text());
        assertEquals(6, home.select("#home-pubs ~ ol .pub").size(), "6 of the 8 papers");
        assertEquals("2024", home.select("#home-pubs ~ ol .pub .venue").first().text().replaceAll("\\D", ""));
        assertEquals(3, home.select("#home-positions ~ ol .entry").size(), "3 of the 4 positions");
        assertEquals("Senior Researcher at Analytical Engines Ltd Compiler team", home.select(".headline").text());
        assertTrue(home.select("img.photo").isEmpty());
    }

    @Test
    void periodsPrintAsOnACv() {
        assertEquals("2021–Present", Dates.period(new Period(Optional.empty(), "2021", Optional.empty(), true), LABELS)
                .text());
        assertEquals("Summer 2019", Dates.period(new Period(Optional.of("Summer"), "2019", Optional.empty(), false),
                LABELS).text());
        assertEquals("2014–2020", Dates.period(new Period(Optional.empty(), "2014", Optional.of("2020"), false), LABELS)
                .text());
        assertEquals("Jul 2021–Mar 2022",
                Dates.period(new Period(Optional.empty(), "2021-07", Optional.of("2022-03"), false), LABELS).text());
        assertEquals("4 Jul 2021", Dates.of("2021-07-04", LABELS).text());
        assertEquals("2021-07", Dates.of("2021-07", LABELS).datetime());
    }

    @Test
    void theSummaryCountsEachKind() {
        assertEquals("8 publications: 5 conference papers, 1 journal article, 1 workshop paper, 1 preprint",
                PublicationViews.summary(SITE.publications(), LABELS));
        assertEquals("No publications yet.", PublicationViews.summary(List.of(), LABELS));
    }
}

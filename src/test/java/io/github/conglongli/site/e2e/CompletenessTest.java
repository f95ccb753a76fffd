package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.conglongli.site.testing.SiteFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every fact of a CV reaches the pages, word for word as written: the checks of
 * {@link ContentOnPages} on a site that uses every field, and the facts a reader of the site
 * must find quoted exactly (periods, places, descriptions, degrees, author notes, badges).
 */
@Timeout(60)
class CompletenessTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .site(s -> s.description("Ada Lovelace writes programs for engines.")
                    .nav("Home", "/", "Publications", "/publications", "Experience", "/experience", "CV", "/cv"))
            .profile(p -> p.role("Senior Researcher").affiliation("Analytical Engines Ltd").team("Compiler team")
                    .location("London, UK").emails("ada@example.org")
                    .link("Google Scholar", "https://scholar.example.org/citations?user=ada0001", "Scholar")
                    .bio("I write **programs** for [engines](https://engines.example).")
                    .researchInterests("Making engines *efficient*."))
            .publication(p -> p.title("Engine-Chat: Conversations with a Difference Engine").authors("Ada Lovelace")
                    .venue("arXiv preprint").type("preprint").arxiv("2309.14327"))
            .publication(p -> p.title("COUNTESS: A 176-Gear Open-Access Calculator").authors("Charles Babbage").etAl()
                    .authorCount(391).note("I contributed the punched-card programs as a member of the Engineering team.")
                    .venue("arXiv preprint").type("preprint").arxiv("2211.05100"))
            .publication(p -> p.title("Engines4Science: Scientific Discovery")
                    .authors("Grace Hopper", "Edsger Dijkstra", "Ada Lovelace").etAl()
                    .venue("NeurIPS 2023 AI for Science Workshop").type("workshop").year(2023)
                    .venueFull("37th Conference on Neural Information Processing Systems AI for Science Workshop"))
            .publication(p -> p.title("1-bit Loom: Communication Efficient Weaving").authors("Ada Lovelace")
                    .venue("HiPC 2022").type("conference").year(2022).award("Best Paper").date("2022-12-18")
                    .venueFull("29th IEEE International Conference on High Performance Computing, Data, and Analytics")
                    .doi("10.1109/HiPC56025.2022.00001").link("code", "https://github.example/ada/loom")
                    .abstractText("We weave with **one bit** per thread."))
            .publication(p -> p.title("Weaving Warmup").authors("Ada Lovelace").venue("NeurIPS 2022").type("conference")
                    .year(2022).award("Oral Paper").slug("warmup"))
            .publication(p -> p.title("GD-Wheel: A Cost-Aware Replacement Policy").authors("Ada Lovelace")
                    .venue("CoNEXT 2015").type("conference").year(2015).award("Best Paper Nominee"))
            .publication(p -> p.title("Reducing Gear Row Activations").authors("Charles Babbage", "Ada Lovelace")
                    .venue("ACM TACO 2013").venueFull("ACM Transactions on Architecture and Code Optimization")
                    .type("journal").year(2013).volume("10(4)"))
            .position(p -> p.title("Senior Researcher").organization("Analytical Engines Ltd").location("London, UK")
                    .start(2021).end("present").url("https://engines.example"))
            .position(p -> p.title("Researcher").organization("Analytical Engines Ltd").location("London, UK")
                    .start(2020).end(2021)
                    .description("Member of the compiler team ([github.example/ada/engine](https://github.example/ada/engine))."))
            .position(p -> p.title("Core member").organization("Difference Club 勉強会").location("Remote, Japan")
                    .start(2023).end("present")
                    .description("Built the club's first open engine \"DC-13\" with researchers in Japan "
                            + "([difference.example.org](https://difference.example.org))."))
            .position(p -> p.title("Research Intern").organization("Royal Society").location("Cambridge, UK")
                    .term("Summer").start(2019)
                    .description("Achieved up to 7.1 times speedup under the same accuracy targets."))
            .education(e -> e.degree("Ph.D. in Mathematics").institution("University of London").location("London, UK")
                    .start(2014).end(2020).advisor("Augustus De Morgan").thesis("Notes on the Analytical Engine."))
            .education(e -> e.degree("B.S. in Mathematics").institution("University of Cambridge")
                    .location("Cambridge, UK").start(2009).end(2013)
                    .honors("magna cum laude, distinction in research.")
                    .notes("GPA 4.04, Ranked 1st in Dept. of Mathematics (Class of 2013)."))
            .skill("Programming", "Mostly punched cards. Familiar with C, C#, Java.")
            .service("Conferences", "Reviewer", "ICLR 2024", "NeurIPS 2023", "IEEE CLOUD 2018")
            .news(n -> n.date("2024-01-15").text("Our paper won the **Best Paper** award.").url("https://news.example.org/loom"))
            .news(n -> n.date("2023-09").text("Engine-Chat is out on [arXiv](https://arxiv.org/abs/2309.14327).")));

    @TestFactory
    Stream<DynamicTest> everyValueInTheYamlIsOnThePages() {
        return new ContentOnPages(serving.site()).checks();
    }

    /** Facts of the CV quoted word for word, as a reader of the site must find them. */
    @Test
    void cvFactsAppearExactlyAsWritten() {
        Http http = serving.http();
        Document experience = http.page("/experience");
        List<String> missing = new ArrayList<>();
        for (String fact : List.of(
                "Senior Researcher", "2021–Present", "2020–2021", "Summer 2019", "London, UK",
                "Difference Club 勉強会", "Remote, Japan", "2023–Present",
                "Achieved up to 7.1 times speedup under the same accuracy targets.",
                "Built the club's first open engine \"DC-13\" with researchers in Japan",
                "Ph.D. in Mathematics", "University of London", "2014–2020", "Advisor: Augustus De Morgan",
                "Thesis: Notes on the Analytical Engine.", "B.S. in Mathematics", "2009–2013",
                "magna cum laude, distinction in research.",
                "GPA 4.04, Ranked 1st in Dept. of Mathematics (Class of 2013).",
                "Programming Mostly punched cards. Familiar with C, C#, Java.",
                "Reviewer for ICLR 2024, NeurIPS 2023, IEEE CLOUD 2018")) {
            if (!experience.text().contains(fact)) {
                missing.add(fact);
            }
        }
        Document publications = http.page("/publications");
        for (String fact : List.of(
                "Charles Babbage et al. (391 authors. I contributed the punched-card programs as a member of the "
                        + "Engineering team.)",
                "Grace Hopper, Edsger Dijkstra, Ada Lovelace et al.",
                "arXiv preprint arXiv:2309.14327", "arXiv preprint arXiv:2211.05100",
                "HiPC 2022 Best Paper", "NeurIPS 2022 Oral Paper", "CoNEXT 2015 Best Paper Nominee",
                "ACM TACO 2013", "Vol. 10(4)", "NeurIPS 2023 AI for Science Workshop",
                "In 29th IEEE International Conference on High Performance Computing, Data, and Analytics")) {
            if (!publications.text().contains(fact)) {
                missing.add(fact);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(1, experience.select("a[href=https://github.example/ada/engine]").size());
        assertEquals(1, experience.select("a[href=https://difference.example.org]").size());
    }
}

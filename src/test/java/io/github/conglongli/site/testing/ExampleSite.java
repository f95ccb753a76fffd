package io.github.conglongli.site.testing;

/**
 * A complete fictional site: every content file, every kind of publication, and most optional
 * fields, at the size of a real researcher's site. For tests about every page at once
 * (accessibility, layout, validity, links, load), where what matters is that each kind of
 * content is there. A test that relies on a particular value sets it itself, e.g.
 * {@code ExampleSite.fixture().profile(p -> p.location("London, UK"))}.
 */
public final class ExampleSite {

    /** A paper with a page of its own (an award, links, a long title). */
    public static final String PAPER = "/publications/2022-1-bit-loom";
    /** A filtered view of the publications. */
    public static final String PUBLICATIONS_2022 = "/publications?year=2022";

    private ExampleSite() {}

    public static SiteFixture fixture() {
        return SiteFixture.minimal()
                .site(s -> s.description("Ada Lovelace writes programs for engines that are not built yet.")
                        .ownerAliases("A. Lovelace")
                        .nav("Home", "/", "Publications", "/publications", "Experience", "/experience", "CV", "/cv")
                        .selectedPublications(4).recentPositions(3).newsOnHome(2))
                .profile(p -> p.role("Senior Researcher").affiliation("Analytical Engines Ltd").team("Compiler team")
                        .location("London, UK")
                        .emails("ada@example.org", "ada.lovelace@engines.example")
                        .link("Homepage", "https://ada.example.org", "ada.example.org")
                        .link("Google Scholar", "https://scholar.example.org/citations?user=ada0001",
                                "scholar.example.org/citations?user=ada0001")
                        .link("GitHub", "https://github.example/ada", "github.example/ada")
                        .bio("I write **programs** for [machines](https://en.wikipedia.org/wiki/Analytical_Engine) "
                                + "that are not built yet.")
                        .researchInterests("I work on making engines *efficient*: communication, computation and "
                                + "data. Whatever the engine, the way I work is the same: find where it wastes time "
                                + "by careful analysis, and fix it with better algorithms and policies."))
                .publication(p -> p.title("Engine-Chat: Conversations with a Difference Engine at All Scales")
                        .authors("Ada Lovelace", "Alan Turing", "Grace Hopper")
                        .venue("arXiv preprint").type("preprint").arxiv("2309.14327"))
                .publication(p -> p.title("COUNTESS: A 176-Gear Open-Access Mechanical Calculator")
                        .authors("Charles Babbage").etAl().authorCount(391)
                        .note("I contributed the punched-card programs as a member of the Engineering team.")
                        .venue("arXiv preprint").type("preprint").arxiv("2211.05100"))
                .publication(p -> p.title("Engine Data Efficiency: Improving Card Quality via Curriculum Sampling")
                        .authors("Ada Lovelace", "Grace Hopper", "Alan Turing")
                        .venue("AAAI 2024").venueFull("38th Annual AAAI Conference on Artificial Intelligence")
                        .type("conference").year(2024).selected().doi("10.1609/aaai.v38i1.00001")
                        .link("pdf", "/papers/engine-data-efficiency.pdf").link("code", "https://github.example/ada/engine"))
                .publication(p -> p.title("Engines4Science: Enabling Scientific Discovery through Analytical Engines")
                        .authors("Grace Hopper", "Edsger Dijkstra", "A. Lovelace").etAl()
                        .venue("NeurIPS 2023 AI for Science Workshop")
                        .venueFull("37th Conference on Neural Information Processing Systems AI for Science Workshop")
                        .type("workshop").year(2023))
                .publication(p -> p.title("1-bit Loom: Communication Efficient Large-Scale Weaving with Loom's Convergence Speed")
                        .authors("Ada Lovelace", "Charles Babbage", "Alan Turing")
                        .venue("HiPC 2022")
                        .venueFull("29th IEEE International Conference on High Performance Computing, Data, and Analytics")
                        .type("conference").year(2022).date("2022-12-18").award("Best Paper").selected()
                        .abstractText("We weave with **one bit** per thread, and converge as fast as with thirty-two.")
                        .link("slides", "https://slides.example.org/loom"))
                .publication(p -> p.title("The Stability-Efficiency Dilemma: Investigating Warmup for Difference Engines")
                        .authors("Ada Lovelace", "Jörg Müller")
                        .venue("NeurIPS 2022").venueFull("36th Conference on Neural Information Processing Systems")
                        .type("conference").year(2022).award("Oral Paper"))
                .publication(p -> p.title("GD-Wheel: A Cost-Aware Replacement Policy for Key-Value Stores")
                        .authors("Ada Lovelace", "Alan Turing")
                        .venue("EuroSys 2020").venueFull("15th European Conference on Computer Systems")
                        .type("conference").year(2020).award("Best Paper Nominee").pages("1-14").publisher("ACM"))
                .publication(p -> p.title("Reducing Gear Row Activations with Eager Read/Write Clustering")
                        .authors("Charles Babbage", "Ada Lovelace", "Alan Turing")
                        .venue("ACM TACO 2019").venueFull("ACM Transactions on Architecture and Code Optimization")
                        .type("journal").year(2019).volume("10(4)"))
                .position(p -> p.title("Senior Researcher").organization("Analytical Engines Ltd").location("London, UK")
                        .url("https://engines.example").start(2021).end("present"))
                .position(p -> p.title("Core member").organization("Difference Club 勉強会").location("Remote, Japan")
                        .start(2023).end("present")
                        .description("Core member of the Difference Club ([difference.example.org](https://difference.example.org)). "
                                + "Built the club's first open engine \"DC-13\" together with researchers in Japan."))
                .position(p -> p.title("Researcher").organization("Analytical Engines Ltd").location("London, UK")
                        .start("2019-07").end("2021-03")
                        .description("Worked on making engines faster. Member of the compiler team "
                                + "([github.example/ada/engine](https://github.example/ada/engine))."))
                .position(p -> p.title("Research Intern").organization("Royal Society").location("London, UK")
                        .term("Summer").start(2017)
                        .description("Designed a replacement policy for the engine's card store. Achieved up to 7.1 "
                                + "times speedup under the same accuracy targets. Published a paper at EuroSys 2020."))
                .education(e -> e.degree("Ph.D. in Mathematics").institution("University of London").location("London, UK")
                        .start(2014).end(2020).advisor("Augustus De Morgan").thesis("Notes on the Analytical Engine."))
                .education(e -> e.degree("B.S. in Mathematics").institution("University of London").location("London, UK")
                        .start(2010).end(2014).honors("magna cum laude, distinction in research.")
                        .notes("GPA 4.0, Ranked 1st in Dept. of Mathematics (Class of 2014)."))
                .skill("Programming", "Mostly punched cards. Familiar with C, C#, Java.")
                .skill("Speaking", "English (native), French, Italian.")
                .service("Conferences", "Reviewer", "ICLR 2024", "NeurIPS 2023", "ICML 2022")
                .service("Journals", "Reviewer", "Philosophical Transactions", "Notes and Records")
                .news(n -> n.date("2024-01-15")
                        .text("Our paper on [1-bit Loom](" + PAPER + ") won the **Best Paper** award.")
                        .url("https://news.example.org/loom"))
                .news(n -> n.date("2023-09").text("Engine-Chat is out on arXiv."))
                .news(n -> n.date("2023-06-01").text("Joined the program committee of ICLR 2024."))
                .staticFile("papers/engine-data-efficiency.pdf", "%PDF-1.4\n% a placeholder\n");
    }
}

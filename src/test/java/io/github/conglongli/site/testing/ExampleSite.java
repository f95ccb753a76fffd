package io.github.conglongli.site.testing;

import java.util.Locale;

/**
 * A complete fictional site: every content file (talks, teaching, projects, a Markdown page and
 * a blog of two pages with a draft among them), every kind of publication, and most optional
 * fields, at the size of a real researcher's site. Its navigation follows the content. For tests about every page at once
 * (accessibility, layout, validity, links, load), where what matters is that each kind of
 * content is there. A test that relies on a particular value sets it itself, e.g.
 * {@code ExampleSite.fixture().profile(p -> p.location("London, UK"))}.
 */
public final class ExampleSite {

    /** A paper with a page of its own (an award, links, a long title). */
    public static final String PAPER = "/publications/2022-1-bit-loom";
    /** A filtered view of the publications. */
    public static final String PUBLICATIONS_2022 = "/publications?year=2022";
    /** A Markdown page, in a folder, with a table and an embedded video. */
    public static final String PAGE = "/group/join";
    /**
     * A post with tags, a table of contents, headings, coloured code with numbered lines, a
     * footnote, a figure, a task list, a citation of {@link #PAPER} and an embedded video.
     */
    public static final String POST = "/blog/weaving-with-one-bit";
    /** The second page of the blog's list. */
    public static final String BLOG_PAGE_2 = "/blog/page/2";
    /** The posts with a tag that two posts write differently ("Machine Learning", "machine-learning"). */
    public static final String TAG = "/blog/tags/machine-learning";
    /** The site search's results page, with marked terms and more than one kind of result. */
    public static final String SEARCH = "/search?q=engine";
    /** The one host pages may embed. */
    public static final String EMBED = "www.youtube-nocookie.com";

    private ExampleSite() {}

    public static SiteFixture fixture() {
        return withPosts(SiteFixture.minimal()
                .site(s -> s.description("Ada Lovelace writes programs for engines that are not built yet.")
                        .ownerAliases("A. Lovelace")
                        .selectedPublications(4).recentPositions(3).newsOnHome(2).postsOnHome(3).embeds(EMBED))
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
                .staticFile("papers/engine-data-efficiency.pdf", "%PDF-1.4\n% a placeholder\n")
                .file("talks.yaml", """
                        talks:
                          - title: "Weaving with One Bit: Communication-Efficient Looms"
                            event: International Conference on High Performance Computing (HiPC 2022)
                            location: Bengaluru, India
                            date: 2022-12-18
                            kind: contributed
                            links:
                              slides: /talks/loom-slides.pdf
                              video: https://video.example.org/loom
                              event: https://hipc.example.org/2022
                            abstract: We weave with **one bit** per thread and converge as fast as with thirty-two.
                          - title: Engines That Are Not Built Yet
                            event: Royal Society Lecture Series
                            location: London, UK
                            date: 2024-03
                            kind: keynote
                          - title: Card Quality and Curriculum Sampling
                            event: Analytical Engines Tutorial Day
                            date: 2023-09-14
                            kind: tutorial
                        """)
                .file("teaching.yaml", """
                        teaching:
                          - code: MATH 3150
                            title: Programming Analytical Engines
                            institution: University of London
                            role: instructor
                            terms: [Autumn 2022, Autumn 2023]
                            links:
                              - label: Course website
                                url: https://courses.example.org/math3150
                              - label: Lecture notes
                                url: /papers/engine-data-efficiency.pdf
                            description: "From punched cards to *loops*: writing programs for engines."
                          - title: Logic and Computation
                            institution: University of London
                            role: teaching assistant
                            terms: [Spring 2016]
                        """)
                .file("projects.yaml", """
                        projects:
                          - name: 1-bit Loom
                            summary: Weaving with *one bit* per thread, at the speed of thirty-two.
                            image: /img/loom.svg
                            image_alt: A loom whose threads each carry a single bit
                            links:
                              code: https://github.example/ada/loom
                              website: https://loom.example.org
                            publications: [2022-1-bit-loom]
                            status: active
                          - name: GD-Wheel
                            summary: A cost-aware replacement policy for key-value stores.
                            links:
                              paper: /papers/engine-data-efficiency.pdf
                            publications: [2020-gd-wheel]
                            status: past
                        """)
                .staticFile("talks/loom-slides.pdf", "%PDF-1.4\n% a placeholder\n")
                .staticFile("img/loom.svg", """
                        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180" width="320" height="180">\
                        <rect width="320" height="180" fill="#e8eef8"/><path d="M20 40h280M20 90h280M20 140h280" \
                        stroke="#1f5fbf" stroke-width="6"/></svg>
                        """)
                .file("pages/group/join.md", """
                        ---
                        title: Join the group
                        description: How to join Ada's group as a student or postdoc.
                        nav: 7
                        updated: 2025-09-01
                        ---
                        We are looking for people who like both **engines** and **programs**.

                        ## Open positions

                        | Position | Start | How to apply |
                        |---|---|---|
                        | PhD student | Autumn 2026 | Apply to the department and mention the group |
                        | Postdoc | Any time | Send a CV and two papers to <ada@example.org> |

                        Read our [publications](/publications) and the [open positions](#open-positions) first.

                        ## A talk about the group

                        <iframe src="https://%s/embed/example" title="A talk about the group" width="560" height="315"></iframe>

                        ~~The 2025 call is closed.~~
                        """.formatted(EMBED)));
    }

    /**
     * A dozen posts, one a month through 2024, one tag written two ways ("Machine Learning" and
     * "machine-learning"), and a draft.
     */
    private static SiteFixture withPosts(SiteFixture fixture) {
        String[][] posts = {
                {"01-15", "new-year-new-engine", "A new year, a new engine", "Engines"},
                {"02-12", "cards-are-programs", "Punched cards are programs", "Programming, Engines"},
                {"03-11", "notes-on-notes", "Notes on the Notes", "History"},
                {"04-15", "curriculum-sampling", "Curriculum sampling, explained", "Machine Learning"},
                {"05-13", "visiting-the-royal-society", "Visiting the Royal Society", "Travel"},
                {"06-10", "a-cost-aware-wheel", "A cost-aware wheel", "Systems"},
                {"07-15", "summer-students", "Welcome, summer students", "Group"},
                {"08-12", "calibration", "When pruning breaks calibration", "machine-learning"},
                {"09-16", "reading-list", "A reading list for new students", "Group, History"},
                {"10-14", "gear-rows", "Fewer gear row activations", "Systems, Engines"},
                {"11-11", "engine-chat", "Talking to a Difference Engine", "Machine Learning, Programming"}};
        for (String[] p : posts) {
            String subject = p[2].toLowerCase(Locale.ROOT);
            fixture.file("posts/2024-" + p[0] + "-" + p[1] + ".md", """
                    ---
                    title: %s
                    description: What we learnt about %s.
                    tags: [%s]
                    ---
                    This month we worked on %s. The engine is not built yet, but the programs are.

                    ## What we did

                    We wrote the program on cards, checked it by hand, and compared it with the
                    [paper](%s).

                        for card in deck: engine.feed(card)
                    """.formatted(p[2], subject, p[3], subject, PAPER));
        }
        return fixture
                .staticFile("img/loom.svg", """
                        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" \
                        fill="#1f5fbf"/></svg>
                        """)
                .file("posts/2024-12-09-weaving-with-one-bit.md", """
                        ---
                        title: Weaving with one bit
                        description: The story behind our HiPC 2022 paper, with the talk's video.
                        tags: [Machine Learning, Systems]
                        toc: true
                        ---
                        Communication is the bottleneck of a large loom. We send **one bit** per thread \
                        [@2022-1-bit-loom].[^threads]

                        ## The trick

                        Error feedback keeps what the bit loses, so the loom converges as fast as before: with \
                        $e_0 = 0$ and $\\delta \\in (0, 1]$,

                        $$
                        \\| e_{t+1} \\|_2 \\le (1 - \\delta) \\left\\| e_t + \\frac{\\eta}{\\sqrt{d}} g_t \\right\\|_2 .
                        $$

                        ```python {linenos=true hl_lines=[3]}
                        def compress(gradient, error):
                            corrected = gradient + error  # keep what the last step lost, and a comment long enough to scroll
                            bits = corrected.sign()
                            return bits, corrected - bits * corrected.abs().mean()
                        ```

                        ### The loom

                        ![A loom drawn as one blue rectangle](/img/loom.svg "The loom, one bit per thread")

                        ## Next

                        - [x] Release the code
                        - [ ] Weave the larger cloth

                        <iframe src="https://%s/embed/loom" title="The HiPC 2022 talk" width="560" height="315"></iframe>

                        [^threads]: A thread is one worker.
                        """.formatted(EMBED))
                .file("posts/2025-01-20-plans.md", """
                        ---
                        title: Plans for 2025 (a draft)
                        tags: [Group]
                        draft: true
                        ---
                        Shown only in dev mode.
                        """);
    }
}

package io.github.conglongli.site.testing;

import java.util.Locale;
import java.util.Map;

/**
 * A site with every kind of content, written in Chinese or in Japanese as an owner whose site
 * speaks that language would write it: for tests of the interface text in those languages. Names
 * of people and venues stay in Latin script, as they do on such sites. No text of the content is
 * an English interface word (no paper called "Publications", no venue called a "Workshop"), so
 * any such word on a page comes from the interface. Every other tag (en, it, ...) gets the
 * Chinese content.
 *
 * <p>Twelve papers over six years, above {@code max_on_one_page: 10}, so the oldest year has a
 * page of its own; twelve posts, so the blog has a second page; every talk kind, teaching role,
 * link kind and optional field of a paper, position and degree.
 */
public final class LocalizedSite {

    /** A news item whose date the pages print in the site's language. */
    public static final String NEWS_DAY = "2023-07-04";
    /** A news item dated by month only. */
    public static final String NEWS_MONTH = "2023-09";
    /** A word of one paper's title, for a search with one match. */
    public static final String TITLE_WORD = "LoomNet";

    private final boolean japanese;

    private LocalizedSite(String languageTag) {
        this.japanese = languageTag.toLowerCase(Locale.ROOT).startsWith("ja");
    }

    /** The site, with {@code language: languageTag} in site.yaml. */
    public static SiteFixture fixture(String languageTag) {
        return new LocalizedSite(languageTag).build(languageTag);
    }

    /** The note after the authors of the paper with 391 of them, at /publications/2022-countess. */
    public static String countessNote(String languageTag) {
        return new LocalizedSite(languageTag).countessNote();
    }

    private String countessNote() {
        return t("我负责其中的穿孔卡片程序。", "パンチカードのプログラムを担当しました。");
    }

    /** The Chinese text, or the Japanese one on a Japanese site. */
    private String t(String chinese, String japanese) {
        return this.japanese ? japanese : chinese;
    }

    private SiteFixture build(String languageTag) {
        SiteFixture fixture = SiteFixture.minimal()
                .site(s -> s.language(languageTag)
                        .description(t("Ada Lovelace 为尚未造出的机器编写程序。",
                                "Ada Lovelace はまだ存在しない機械のためにプログラムを書いています。"))
                        .ownerAliases("A. Lovelace")
                        .selectedPublications(3).recentPositions(2).newsOnHome(3)
                        .set("publications", Map.of("max_on_one_page", 10)))
                .profile(p -> p.role(t("首席研究员", "主任研究員"))
                        .affiliation(t("分析机研究所", "解析機関研究所")).team(t("编译器组", "コンパイラ班"))
                        .location(t("英国伦敦", "英国・ロンドン"))
                        .set("photo", "/ada.svg") // no photo_alt: the interface's "photo of" text
                        .emails("ada@example.org")
                        .link("Google Scholar", "https://scholar.example.org/citations?user=ada0001", "Google Scholar")
                        .link("GitHub", "https://github.example/ada", "github.example/ada")
                        .bio(t("我为**尚未造出的机器**编写程序，目前在[分析机研究所](https://engines.example)工作。",
                                "**まだ存在しない機械**のためのプログラムを書いています。"
                                        + "現在は[解析機関研究所](https://engines.example)に所属しています。"))
                        .researchInterests(t("让机器更*高效*：通信、计算与数据。",
                                "機械を*効率よく*動かすこと：通信、計算、データ。")))
                .staticFile("ada.svg", svg("#36c"))
                .staticFile("loom.svg", svg("#c63"))
                .staticFile("papers/loomnet.pdf", "%PDF-1.4\n% a placeholder\n");
        publications(fixture);
        experience(fixture);
        news(fixture);
        posts(fixture);
        return fixture
                .file("talks.yaml", talks())
                .file("teaching.yaml", teaching())
                .file("projects.yaml", projects())
                .file("pages/group/join.md", joinPage());
    }

    private void publications(SiteFixture fixture) {
        fixture.publication(p -> p.title(t("LoomNet：面向差分机的高效通信训练", "LoomNet：差分機関のための通信効率のよい学習"))
                        .authors("Ada Lovelace", "Alan Turing", "Grace Hopper").venue("NeurIPS 2024")
                        .venueFull("Advances in Neural Information Processing Systems 37")
                        .type("conference").year(2024).date("2024-12-10").award(t("最佳论文奖", "最優秀論文賞"))
                        .selected().doi("10.5555/loomnet.2024").slug("2024-loomnet")
                        .abstractText(t("每个线程只传**一个比特**，收敛速度却与三十二比特相同。",
                                "スレッドごとに**1 ビット**だけを送り、32 ビットと同じ速さで収束します。"))
                        .link("pdf", "/papers/loomnet.pdf").link("code", "https://github.example/ada/loomnet"))
                .publication(p -> p.title(t("分析机上的稀疏矩阵运算", "解析機関における疎行列演算"))
                        .authors("Charles Babbage", "Ada Lovelace").venue("IEEE TPDS 2024").slug("2024-sparse")
                        .venueFull("IEEE Transactions on Parallel and Distributed Systems").volume("35(2)")
                        .pages("101-114").publisher("IEEE").type("journal").year(2024).selected()
                        .link("slides", "https://slides.example.org/sparse").link("video", "https://video.example.org/sparse"))
                .publication(p -> p.title(t("用穿孔卡片表示程序", "パンチカードによるプログラム表現"))
                        .authors("Grace Hopper", "Edsger Dijkstra", "A. Lovelace").etAl()
                        .venue(t("MLSys 2023 EMC² 研讨会", "MLSys 2023 EMC² ワークショップ"))
                        .type("workshop").year(2023).slug("2023-cards")
                        .link("poster", "https://posters.example.org/cards").link("blog", "https://blog.example.org/cards"))
                .publication(p -> p.title(t("差分机的预热策略", "差分機関のウォームアップ戦略"))
                        .authors("Ada Lovelace", "Alan Turing").venue("arXiv").type("preprint").arxiv("2309.14327")
                        .slug("2023-warmup")
                        .link("project", "https://engines.example/warmup").link("website", "https://warmup.example.org"))
                .publication(p -> p.title(t("齿轮行激活的热力学代价", "歯車列の活性化にかかる熱力学的コスト"))
                        .authors("Ada Lovelace", "Jörg Müller").venue("ICML 2023").venueFull("PMLR 202")
                        .type("conference").year(2023).slug("2023-gears")
                        .award(t("口头报告", "口頭発表")).selected())
                .publication(p -> p.title(t("COUNTESS：一台 176 齿轮的开放式机械计算器",
                                "COUNTESS：176 個の歯車を持つオープンな機械式計算機"))
                        .authors("Charles Babbage").etAl().authorCount(391)
                        .note(countessNote())
                        .venue("arXiv").type("preprint").arxiv("2211.05100").slug("2022-countess"))
                .publication(p -> p.title(t("1 比特织机：收敛与通信", "1 ビット織機：収束と通信"))
                        .authors("Ada Lovelace", "Charles Babbage", "Alan Turing").venue("HiPC 2022")
                        .type("conference").year(2022).slug("2022-loom"))
                .publication(p -> p.title(t("机械存储的一致性", "機械式記憶装置の一貫性"))
                        .authors("Ada Lovelace", "Alan Turing").venue("ACM TOCS 2021")
                        .venueFull("ACM Transactions on Computer Systems").volume("39(1)")
                        .type("journal").year(2021).slug("2021-storage"))
                .publication(p -> p.title(t("GD-Wheel：键值存储的代价感知替换策略",
                                "GD-Wheel：キー・バリューストアのためのコストを考慮した置換方式"))
                        .authors("Ada Lovelace", "Alan Turing").venue("EuroSys 2020").type("conference").year(2020)
                        .slug("2020-gd-wheel")
                        .award(t("最佳论文提名", "最優秀論文賞ノミネート")).pages("1-14").publisher("ACM"))
                .publication(p -> p.title(t("齿轮的热插拔", "歯車のホットスワップ"))
                        .authors("Grace Hopper", "Ada Lovelace").venue("HotOS 2020").type("workshop").year(2020)
                        .slug("2020-hot-swap"))
                .publication(p -> p.title(t("分析机的编译器", "解析機関のためのコンパイラ"))
                        .authors("Ada Lovelace").venue("OSDI 2019").type("conference").year(2019).slug("2019-compiler"))
                .publication(p -> p.title(t("伯努利数的计算", "ベルヌーイ数の計算"))
                        .authors("Ada Lovelace", "Charles Babbage").venue("Nat. Mach. Intell. 2019")
                        .type("journal").year(2019).volume("1(3)").slug("2019-bernoulli"));
    }

    private void experience(SiteFixture fixture) {
        fixture.position(p -> p.title(t("首席研究员", "主任研究員")).organization(t("分析机研究所", "解析機関研究所"))
                        .location(t("英国伦敦", "英国・ロンドン")).url("https://engines.example").start(2021).end("present"))
                .position(p -> p.title(t("研究员", "研究員")).organization(t("分析机研究所", "解析機関研究所"))
                        .location(t("英国伦敦", "英国・ロンドン")).start("2019-07").end("2021-03")
                        .description(t("负责提高机器的运行速度。", "機械の高速化に取り組みました。")))
                .position(p -> p.title(t("研究实习生", "研究インターン")).organization(t("皇家学会", "王立協会"))
                        .location(t("英国伦敦", "英国・ロンドン")).term(t("夏季", "夏")).start(2017)
                        .description(t("为机器的卡片仓库设计了替换策略。", "機械のカード保管庫の置換方式を設計しました。")))
                .education(e -> e.degree(t("数学博士", "博士（数学）")).institution(t("伦敦大学", "ロンドン大学"))
                        .location(t("英国伦敦", "英国・ロンドン")).start(2014).end(2020).advisor("Augustus De Morgan")
                        .thesis(t("关于分析机的笔记", "解析機関に関する覚え書き")).honors(t("优秀博士论文", "優秀博士論文賞")))
                .education(e -> e.degree(t("数学学士", "学士（数学）")).institution(t("伦敦大学", "ロンドン大学"))
                        .start(2010).end(2014).notes(t("专业排名第一", "学科首席")))
                .skill(t("编程", "プログラミング"),
                        t("主要使用穿孔卡片，也熟悉 C 和 Java。", "主にパンチカード。C と Java も使えます。"))
                .skill(t("语言", "言語"), t("英语（母语）、法语、意大利语", "英語（母語）、フランス語、イタリア語"))
                .service(t("会议", "国際会議"), t("审稿人", "査読者"), "ICLR 2024", "NeurIPS 2023")
                .service(t("期刊", "論文誌"), t("审稿人", "査読者"), "JMLR", "TMLR");
    }

    private void news(SiteFixture fixture) {
        fixture.news(n -> n.date("2024-01-15")
                        .text(t("我们的论文 [LoomNet](/publications/2024-loomnet) 获得了**最佳论文奖**。",
                                "論文 [LoomNet](/publications/2024-loomnet) が**最優秀論文賞**を受賞しました。"))
                        .url("https://news.example.org/loomnet"))
                .news(n -> n.date(NEWS_MONTH).text(t("COUNTESS 已在 arXiv 公开。", "COUNTESS を arXiv で公開しました。")))
                .news(n -> n.date(NEWS_DAY).text(t("加入 ICLR 2024 程序委员会。", "ICLR 2024 のプログラム委員に就任しました。")))
                .news(n -> n.date("2022-03-01").text(t("开始在分析机研究所工作。", "解析機関研究所に着任しました。")));
    }

    private String talks() {
        return "talks:\n"
                + talk(t("一千字节里的机器学习", "1 キロバイトの機械学習"), "Edge ML Summit 2024",
                        t("加拿大多伦多", "カナダ・トロント"),
                        "2024-01-15", "keynote",
                        "    links:\n      slides: /talks/kilobyte.pdf\n      video: https://video.example.org/kilobyte\n"
                                + "      event: https://edgeml.example.org/2024\n"
                                + "    abstract: \"" + t("模型能缩小到多小而**仍然有用**？",
                                        "モデルはどこまで小さくしても**役に立つ**のか。") + "\"\n")
                + talk(t("间歇供电下的推理", "間欠給電下での推論"), "Batteryless Computing Symposium", null, "2023-11",
                        "invited", "")
                + talk(t("齿轮的能耗", "歯車の消費電力"), "EuroSys 2023", t("意大利罗马", "イタリア・ローマ"), "2023-06-20",
                        "contributed", "")
                + talk(t("穿孔卡片入门", "パンチカード入門"), "ICML 2022", null, "2022-07", "tutorial", "")
                + talk(t("稀疏的齿轮", "疎な歯車"), "MLSys 2022", null, "2022-05", "poster", "")
                + talk(t("机器的未来", "機械の未来"), "Royal Society Lectures", t("英国伦敦", "英国・ロンドン"), "2022-01",
                        "panel", "");
    }

    private static String talk(String title, String event, String location, String date, String kind, String more) {
        return "  - title: \"" + title + "\"\n    event: " + event + "\n"
                + (location == null ? "" : "    location: " + location + "\n")
                + "    date: " + date + "\n    kind: " + kind + "\n" + more;
    }

    private String teaching() {
        return "teaching:\n"
                + "  - code: CS 451\n"
                + "    title: " + t("嵌入式机器学习", "組込み機械学習") + "\n"
                + "    institution: " + t("伦敦大学", "ロンドン大学") + "\n"
                + "    role: instructor\n"
                + "    terms: [" + t("2023 年秋季", "2023年度秋学期") + ", " + t("2024 年秋季", "2024年度秋学期") + "]\n"
                + "    links:\n"
                + "      - label: " + t("课程主页", "授業ページ") + "\n"
                + "        url: https://courses.example.org/cs451\n"
                + "    description: " + t("从量化到调度，在微控制器上部署模型。",
                        "量子化からスケジューリングまで、マイコンへのモデルの載せ方を学びます。") + "\n"
                + "  - code: 6.S081\n"
                + "    title: " + t("操作系统工程", "オペレーティングシステム工学") + "\n"
                + "    institution: " + t("伦敦大学", "ロンドン大学") + "\n"
                + "    role: teaching assistant\n"
                + "    terms: [" + t("2017 年春季", "2017年度春学期") + "]\n"
                + "  - title: " + t("差分机导论", "差分機関入門") + "\n"
                + "    institution: " + t("皇家学会", "王立協会") + "\n"
                + "    role: guest lecturer\n"
                + "    terms: [" + t("2022 年", "2022年度") + "]\n";
    }

    private String projects() {
        return "projects:\n"
                + "  - name: LoomNet\n"
                + "    summary: " + t("让差分机之间的通信只用一个比特。", "差分機関どうしの通信を 1 ビットで済ませる。") + "\n"
                + "    image: /loom.svg\n"
                + "    image_alt: " + t("织机示意图", "織機の図") + "\n"
                + "    links:\n"
                + "      code: https://github.example/ada/loomnet\n"
                + "      website: https://loomnet.example.org\n"
                + "      paper: https://loomnet.example.org/paper.pdf\n"
                + "    publications: [2024-loomnet]\n"
                + "    status: active\n"
                + "  - name: " + t("无电池推理", "バッテリーレス推論") + "\n"
                + "    summary: " + t("在断电时仍保持推理正确。", "停電をまたいでも推論を正しく保つ。") + "\n"
                + "    status: past\n";
    }

    private String joinPage() {
        return "---\n"
                + "title: " + t("加入我们", "メンバー募集") + "\n"
                + "description: " + t("如何以学生或博士后身份加入实验室。", "学生・ポスドクとして研究室に加わるには。") + "\n"
                + "nav: 9\n" // after the sections
                + "updated: 2025-09-01\n"
                + "---\n"
                + t("我们在找既喜欢**系统**又喜欢**学习**的学生。",
                        "**システム**と**学習**の両方が好きな学生を探しています。") + "\n\n"
                + t("| 职位 | 开始时间 | 申请方式 |\n|---|---|---|\n| 博士生 | 2026 年秋季 | 向系里申请，并注明本实验室 |\n"
                        + "| 博士后 | 随时 | 发邮件附上两篇论文 |\n",
                        "| 募集 | 開始時期 | 応募方法 |\n|---|---|---|\n"
                                + "| 博士課程 | 2026年秋 | 研究科に出願し、当研究室を志望と明記 |\n"
                                + "| ポスドク | 随時 | 論文 2 本を添えてメールで連絡 |\n")
                + "\n" + t("请先阅读我们的[论文](/publications)。", "まずは[論文](/publications)をご覧ください。") + "\n";
    }

    /** Twelve posts, more than a page of the blog holds, tagged in the site's language. */
    private void posts(SiteFixture fixture) {
        for (int i = 1; i <= 12; i++) {
            String tags = i % 3 == 0 ? t("[研究, 系统]", "[研究, システム]") : t("[研究]", "[研究]");
            fixture.file(String.format("posts/2024-%02d-05-note-%d.md", i, i), "---\n"
                    + "title: " + t("研究笔记（第 " + i + " 篇）", "研究ノート その" + i) + "\n"
                    + (i % 2 == 0 ? "description: " + t("关于齿轮的短文。", "歯車についての短い文章。") + "\n" : "")
                    + "tags: " + tags + "\n"
                    + "---\n"
                    + t("机器需要内存来存放键和值，而微控制器上的内存很少。",
                            "機械はキーと値を置くメモリを必要としますが、マイコンにはほとんどありません。")
                    + "\n\n## " + t("做法", "やり方") + "\n\n"
                    + t("我们让键和值流过一个固定大小的缓冲区。", "キーと値を固定サイズのバッファに流します。") + "\n");
        }
    }

    private static String svg(String color) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"160\">"
                + "<rect width=\"160\" height=\"160\" fill=\"" + color + "\"/></svg>\n";
    }
}

package io.github.conglongli.site.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profile links from the user names the three templates keep ({@code github_username: ada},
 * {@code scholar_userid: X}, {@code googlescholar: https://...}): each as {@code {label, url}} for
 * profile.yaml. A value that is already an address is kept as it is.
 */
final class SocialLinks {

    /** A known network: the label shown, and the address of a user name ({@code %s}). */
    private record Network(String label, String address) {}

    private static final Map<String, Network> NETWORKS = new LinkedHashMap<>();

    static {
        add(List.of("scholar_userid", "googlescholar", "google_scholar", "google-scholar", "scholar"),
                "Google Scholar", "https://scholar.google.com/citations?user=%s");
        add(List.of("orcid_id", "orcid"), "ORCID", "https://orcid.org/%s");
        add(List.of("github_username", "github"), "GitHub", "https://github.com/%s");
        add(List.of("gitlab_username", "gitlab"), "GitLab", "https://gitlab.com/%s");
        add(List.of("linkedin_username", "linkedin"), "LinkedIn", "https://www.linkedin.com/in/%s");
        add(List.of("twitter_username", "twitter", "x_username", "x"), "X (Twitter)", "https://x.com/%s");
        add(List.of("research_gate_profile", "researchgate", "research_gate"), "ResearchGate",
                "https://www.researchgate.net/profile/%s");
        add(List.of("semanticscholar_id", "semantic", "semantic_scholar"), "Semantic Scholar",
                "https://www.semanticscholar.org/author/%s");
        add(List.of("dblp_url", "dblp"), "DBLP", "https://dblp.org/pid/%s");
        add(List.of("arxiv", "arxiv_id"), "arXiv", "https://arxiv.org/a/%s");
        add(List.of("pubmed"), "PubMed", "https://pubmed.ncbi.nlm.nih.gov/?term=%s");
        add(List.of("inspirehep_id"), "INSPIRE-HEP", "https://inspirehep.net/authors/%s");
        add(List.of("publons_id", "wos"), "Web of Science", "https://www.webofscience.com/wos/author/record/%s");
        add(List.of("medium_username", "medium"), "Medium", "https://medium.com/@%s");
        add(List.of("youtube_id", "youtube"), "YouTube", "https://www.youtube.com/%s");
        add(List.of("stackoverflow_id", "stackoverflow"), "Stack Overflow", "https://stackoverflow.com/users/%s");
        add(List.of("kaggle_id", "kaggle"), "Kaggle", "https://www.kaggle.com/%s");
        add(List.of("instagram_id", "instagram"), "Instagram", "https://www.instagram.com/%s");
        add(List.of("facebook_id", "facebook"), "Facebook", "https://www.facebook.com/%s");
        add(List.of("zotero_username"), "Zotero", "https://www.zotero.org/%s");
        add(List.of("osf_id"), "OSF", "https://osf.io/%s");
        add(List.of("wikipedia_id", "wikipedia"), "Wikipedia", "https://en.wikipedia.org/wiki/User:%s");
        add(List.of("impactstory"), "Impactstory", "https://profiles.impactstory.org/u/%s");
        add(List.of("website", "uri", "homepage"), "Website", "%s");
        add(List.of("blog"), "Blog", "%s");
    }

    private static void add(List<String> keys, String label, String address) {
        keys.forEach(key -> NETWORKS.put(key, new Network(label, address)));
    }

    private SocialLinks() {}

    static boolean isKnown(String key) {
        return NETWORKS.containsKey(key);
    }

    /** The link for {@code key: value}, when the key is a known network and the value not blank. */
    static Optional<Map<String, Object>> link(String key, Object value) {
        Network network = NETWORKS.get(key);
        if (network == null || value == null || value instanceof Map || value instanceof List
                || value.toString().isBlank()) {
            return Optional.empty();
        }
        String v = value.toString().strip();
        String url = v.matches("https?://.*") ? v : v.matches("(www\\.)?[a-z0-9-]+\\.[a-z.]+/.*") ? "https://" + v
                : network.address().contains("%s") && !network.address().equals("%s")
                        ? String.format(network.address(), v.replaceFirst("^@", "")) : null;
        if (url == null) {
            return Optional.empty();
        }
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("label", network.label());
        link.put("url", url);
        return Optional.of(link);
    }

    /** Each known network of a mapping, once per address, in the mapping's order. */
    static java.util.List<Map<String, Object>> all(Map<String, ?> fields) {
        java.util.List<Map<String, Object>> links = new java.util.ArrayList<>();
        fields.forEach((key, value) -> link(key, value).ifPresent(l -> {
            if (links.stream().noneMatch(o -> o.get("url").equals(l.get("url")))) {
                links.add(l);
            }
        }));
        return links;
    }
}

package io.github.conglongli.site.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.conglongli.site.content.NewsItem;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The machine-readable files: the Atom feed, the sitemap, robots.txt and the web app manifest.
 * XML is written with the JDK's StAX writer, so escaping is never hand-made; every date comes
 * from the content, never from the clock, so unchanged content gives byte-identical files.
 */
final class Feeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Feeds() {}

    private record Entry(String id, String title, String url, String date, String summary) {}

    interface Xml {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    static byte[] xml(Xml body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] atom(Site site, Map<String, String> pageUrls) {
        String base = site.config().baseUrl();
        List<Entry> entries = new ArrayList<>();
        for (Publication p : site.publications()) {
            String summary = String.join(", ", p.authors()) + (p.etAl() ? " et al." : "") + ". "
                    + SiteViews.venueLine(p).orElse(p.venue()) + ".";
            String url = pageUrls.get(p.slug());
            entries.add(new Entry(url, p.title(), url, publicationDate(p), summary));
        }
        int i = 0;
        for (NewsItem n : site.news()) {
            String plain = n.text().replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`]", "");
            String url = n.url().map(u -> u.startsWith("/") ? base + u : u).orElse(base + "/news");
            entries.add(new Entry(base + "/news#" + n.date() + "-" + (i++), plain, url, n.date(), plain));
        }
        entries.sort(Comparator.comparing(Entry::date).reversed());
        String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).date();
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "id", base + "/feed.xml");
            element(w, "title", site.config().title() + ": publications and news");
            element(w, "updated", timestamp(updated));
            link(w, "self", base + "/feed.xml", "application/atom+xml");
            link(w, "alternate", base + "/", "text/html");
            w.writeStartElement("author");
            element(w, "name", site.profile().name());
            element(w, "uri", base + "/");
            w.writeEndElement();
            for (Entry e : entries) {
                w.writeStartElement("entry");
                element(w, "id", e.id());
                element(w, "title", e.title());
                link(w, "alternate", e.url(), null);
                element(w, "published", timestamp(e.date()));
                element(w, "updated", timestamp(e.date()));
                element(w, "summary", e.summary());
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** The most precise date known: the owner's date, the arXiv id's month, or the year. */
    static String publicationDate(Publication p) {
        if (p.date().isPresent()) {
            return p.date().get();
        }
        if (p.arxiv().isPresent() && p.arxiv().get().matches("\\d{4}\\..*")) {
            return p.year() + "-" + p.arxiv().get().substring(2, 4);
        }
        return String.valueOf(p.year());
    }

    /** "2022" -> 2022-01-01T00:00:00Z; "2023-09" -> 2023-09-01T00:00:00Z. */
    static String timestamp(String date) {
        String day = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
        return day + "T00:00:00Z";
    }

    static byte[] sitemap(List<String> urls) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (String url : urls) {
                w.writeCharacters("\n");
                w.writeStartElement("url");
                element(w, "loc", url);
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    static byte[] robots(String baseUrl) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] manifest(Site site, String icon192, String icon512, String iconSvg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", site.config().title());
            g.writeStringField("short_name", site.profile().name());
            g.writeStringField("description", site.config().description().orElse(site.profile().name()));
            g.writeStringField("lang", site.config().language());
            g.writeStringField("start_url", "/");
            g.writeStringField("scope", "/");
            g.writeStringField("display", "browser");
            g.writeStringField("background_color", "#fdfdfc");
            g.writeStringField("theme_color", "#1f5fbf");
            g.writeArrayFieldStart("icons");
            icon(g, icon192, "192x192", "image/png");
            icon(g, icon512, "512x512", "image/png");
            icon(g, iconSvg, "any", "image/svg+xml");
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void icon(JsonGenerator g, String src, String sizes, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("src", src);
        g.writeStringField("sizes", sizes);
        g.writeStringField("type", type);
        g.writeEndObject();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        if (type != null) {
            w.writeAttribute("type", type);
        }
    }
}

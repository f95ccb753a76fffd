package io.github.conglongli.site.render.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The machine-readable files: the Atom feed, the sitemap, robots.txt and the web app manifest.
 * XML is written with the JDK's StAX writer, so escaping is never hand-made; every date comes
 * from the content, never from the clock, so unchanged content gives byte-identical files.
 */
public final class Feeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private Feeds() {}

    /** An Atom entry: {@code date} is YYYY, YYYY-MM or YYYY-MM-DD. */
    public record Entry(String id, String title, String url, String date, String summary) {}

    /** The feed's own facts: its address, title, the site's home page and its author. */
    public record FeedInfo(String feedUrl, String title, String homeUrl, String author) {}

    /** Icons the manifest lists: addresses of the 192 and 512 px PNGs and of the SVG. */
    public record ManifestInfo(String name, String shortName, String description, String language, String startUrl,
            String themeColor, String icon192, String icon512, String iconSvg) {}

    private interface Xml {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(Xml body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
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

    /** The feed of {@code entries}, which the caller has put newest first and cut to length. */
    public static byte[] atom(FeedInfo info, List<Entry> entries) {
        String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).date();
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "id", info.feedUrl());
            element(w, "title", info.title());
            element(w, "updated", timestamp(updated));
            link(w, "self", info.feedUrl(), "application/atom+xml");
            link(w, "alternate", info.homeUrl(), "text/html");
            w.writeStartElement("author");
            element(w, "name", info.author());
            element(w, "uri", info.homeUrl());
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

    /** "2022" -> 2022-01-01T00:00:00Z; "2023-09" -> 2023-09-01T00:00:00Z. */
    static String timestamp(String date) {
        String day = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
        return day + "T00:00:00Z";
    }

    public static byte[] sitemap(List<String> urls) {
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

    public static byte[] robots(String sitemapUrl) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + sitemapUrl + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] manifest(ManifestInfo info) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", info.name());
            g.writeStringField("short_name", info.shortName());
            g.writeStringField("description", info.description());
            g.writeStringField("lang", info.language());
            g.writeStringField("start_url", info.startUrl());
            g.writeStringField("scope", info.startUrl());
            g.writeStringField("display", "browser");
            g.writeStringField("background_color", "#fdfdfc");
            g.writeStringField("theme_color", info.themeColor());
            g.writeArrayFieldStart("icons");
            icon(g, info.icon192(), "192x192", "image/png");
            icon(g, info.icon512(), "512x512", "image/png");
            icon(g, info.iconSvg(), "any", "image/svg+xml");
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

# syntax=docker/dockerfile:1
# Build:  docker build -t academic-site .
# Run:    docker run -d --restart unless-stopped -p 8080:8080 academic-site
# Edit content without rebuilding (changes are picked up live):
#         docker run -p 8080:8080 -v "$PWD/content:/app/content:ro" -v "$PWD/static:/app/static:ro" academic-site

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# dependencies first, so editing the source does not re-download them
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY content content
COPY static static
# -Dsite.archive.skip: the class-data archive package makes for `java -jar` (docs/startup.md) is
# not needed here, where the AOT cache below holds the same classes and more
RUN ./mvnw -q -B package -DskipTests -Dsite.archive.skip

# The jar targets Java 17 and runs on any later JVM; JDK 25 is used here for its AOT cache.
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 site \
 && useradd --system --uid 10001 --gid site --home-dir /app --no-create-home --shell /usr/sbin/nologin site
WORKDIR /app
COPY --from=build /src/target/site.jar /app/site.jar
COPY content /app/content
COPY static /app/static
# glibc would otherwise keep a malloc arena per thread that ever allocated: memory, no speed
ENV MALLOC_ARENA_MAX=2
# An AOT cache (JDK 25, JEP 483/514) recorded from a selftest run: classes arrive loaded and
# linked, which halves the time to the first page (about 1.45 s -> 0.75 s measured, bench/README.md).
# It must be recorded with the same GC and object-header flags as the ENTRYPOINT below.
RUN java -XX:AOTCacheOutput=/app/site.aot -XX:+UseSerialGC -Xms16m -Xmx128m -Xss256k -XX:+UseCompactObjectHeaders \
        -jar /app/site.jar selftest --content /app/content --static /app/static \
 && chmod 644 /app/site.aot
USER site:site
ENV SITE_HOST=0.0.0.0 \
    SITE_PORT=8080 \
    SITE_CONTENT=/app/content \
    SITE_STATIC=/app/static
EXPOSE 8080
# `health` asks the running server for /healthz: no curl needed in the image
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/app/site.jar", "health"]
# A small heap is plenty: the live data under 256 connections is about 8 MB. The native heap is
# trimmed every 5 s (what the JIT compilers free would otherwise stay resident), and an
# OutOfMemoryError ends the process for the restart policy to start afresh, rather than leaving
# a server with broken threads.
ENTRYPOINT ["java", "-XX:AOTCache=/app/site.aot", "-XX:+UseSerialGC", "-Xms16m", "-Xmx128m", "-Xss256k", "-XX:ReservedCodeCacheSize=32m", "-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/site.jar"]
CMD ["serve"]

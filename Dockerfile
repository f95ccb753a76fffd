# syntax=docker/dockerfile:1
# Build:  docker build -t academic-site .
# Run:    docker run -p 8080:8080 academic-site
# Edit content without rebuilding (changes are picked up live):
#         docker run -p 8080:8080 -v "$PWD/content:/app/content:ro" -v "$PWD/static:/app/static:ro" academic-site

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# dependencies first, so editing the source does not re-download them
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY content content
COPY static static
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 site \
 && useradd --system --uid 10001 --gid site --home-dir /app --no-create-home --shell /usr/sbin/nologin site
WORKDIR /app
COPY --from=build /src/target/site.jar /app/site.jar
COPY content /app/content
COPY static /app/static
USER site:site
ENV SITE_HOST=0.0.0.0 \
    SITE_PORT=8080 \
    SITE_CONTENT=/app/content \
    SITE_STATIC=/app/static
EXPOSE 8080
# `health` asks the running server for /healthz: no curl needed in the image
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/app/site.jar", "health"]
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx64m", "-Xss512k", "-jar", "/app/site.jar"]
CMD ["serve"]

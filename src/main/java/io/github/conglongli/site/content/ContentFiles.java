package io.github.conglongli.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The content files as of the last load: for each, when it was last seen changed (size,
 * modification time and file identity) and the hash of its bytes. A file that has not been
 * touched since is not read again; one that has is read and hashed, so saving a file unchanged
 * still counts as unchanged.
 */
final class ContentFiles {

    /** What the file system says about a file; a save, a rename over it or a copy changes it. */
    private record Stamp(long size, long modifiedNanos, Object identity) {}

    private record Known(Stamp stamp, String hash) {}

    /** A file as found by one load: its hash, and its bytes, read only when a parser asks. */
    static final class Snapshot {
        private final Path path;
        private final String name;
        private final String hash;
        private byte[] bytes;

        private Snapshot(Path path, String name, String hash, byte[] bytes) {
            this.path = path;
            this.name = name;
            this.hash = hash;
            this.bytes = bytes;
        }

        String name() {
            return name;
        }

        String hash() {
            return hash;
        }

        /** The file's bytes; read now if this load found the file unchanged and did not read it. */
        byte[] bytes() {
            if (bytes == null) {
                try {
                    bytes = Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return bytes;
        }
    }

    /** The outcome of looking for one file. */
    sealed interface Read {
        record Found(Snapshot snapshot) implements Read {}

        record Missing() implements Read {}

        record Unreadable(String reason) implements Read {}
    }

    private final Path dir;
    private final Map<String, Known> known = new HashMap<>();

    ContentFiles(Path dir) {
        this.dir = dir;
    }

    /** {@code name} relative to the content directory, e.g. "site.yaml" or "posts/2024-01-05-hello.md". */
    Read read(String name) {
        Path path = dir.resolve(name);
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                known.remove(name);
                return new Read.Unreadable("not a regular file");
            }
            Stamp stamp = new Stamp(attrs.size(), attrs.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                    + attrs.lastModifiedTime().toInstant().getNano(), Objects.requireNonNullElse(attrs.fileKey(), name));
            Known before = known.get(name);
            if (before != null && before.stamp().equals(stamp)) {
                return new Read.Found(new Snapshot(path, name, before.hash(), null));
            }
            byte[] bytes = Files.readAllBytes(path);
            String hash = hash(bytes);
            known.put(name, new Known(stamp, hash));
            return new Read.Found(new Snapshot(path, name, hash, bytes));
        } catch (NoSuchFileException e) {
            known.remove(name);
            return new Read.Missing();
        } catch (IOException | UncheckedIOException e) {
            known.remove(name);
            return new Read.Unreadable(e.toString());
        }
    }

    /** Forgets files that were not asked for in the last load (deleted pages, say). */
    void retain(Collection<String> names) {
        known.keySet().retainAll(names);
    }

    /** Identifies the exact bytes of all files found: same files, same version. */
    static String version(Collection<Snapshot> files) {
        MessageDigest sha = sha256();
        files.stream().sorted(Comparator.comparing(Snapshot::name)).forEach(file -> {
            sha.update(file.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.hash().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest(), 0, 6);
    }

    /**
     * Two different 32-bit checksums and the length: enough to tell an edited file from the one
     * before it, and fast from the first call (the JVM has intrinsics for both), where SHA-256
     * costs a tenth of a second on a cold start with a 3 MB file.
     */
    private static String hash(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        return Long.toHexString(crc32c.getValue()) + "-" + Long.toHexString(crc32.getValue()) + "-" + bytes.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

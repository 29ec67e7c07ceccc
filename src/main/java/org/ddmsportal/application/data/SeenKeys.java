package org.ddmsportal.application.data;

import java.util.Arrays;

/**
 * The keys a file has given so far, with the line that gave each first, kept as 64-bit hashes
 * in two flat arrays (about 32 bytes a key, so a million-row file costs some 40 MB, not the
 * hundreds a set of strings would). Two different keys with the same 64-bit hash would be
 * reported as a repetition: about one chance in 10^7 for a file of a million rows.
 */
final class SeenKeys {

    private long[] hashes = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** Records {@code key} at {@code line}; returns the line that gave it first, or 0 when new. */
    long firstLine(String key, long line) {
        long h = hash(key);
        if (h == 0) {
            h = 1; // 0 marks a free slot
        }
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = line;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[j];
            }
        }
        Arrays.fill(oldHashes, 0);
    }

    /** FNV-1a over the characters, then a final mix (64 bits). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}

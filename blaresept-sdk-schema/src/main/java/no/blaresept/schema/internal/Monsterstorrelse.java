package no.blaresept.schema.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An upper estimate of how many copies of its smallest parts a regular expression compiles into: the
 * product of nested counted repeats ({@code (a{1,1000}){1,1000}} is a million). RE2J runs in linear time
 * but compiles every counted repeat out, so such a pattern costs seconds and megabytes before it runs.
 *
 * <p>Stateless and thread-safe.
 */
final class Monsterstorrelse {
    private static final long MAKS = 100_000;
    private Monsterstorrelse() {
    }

    /** The largest product of nested counted repeats in {@code monster}. */
    static long kopier(String monster) {
        Deque<Long> ytre = new ArrayDeque<>();
        long storst = 1; // inside the current group
        long sist = 1; // of the last atom
        for (int i = 0; i < monster.length(); i++) {
            char c = monster.charAt(i);
            if (c == '\\') {
                i++;
                sist = 1;
            } else if (c == '[') {
                i = slutt(monster, i);
                sist = 1;
            } else if (c == '(') {
                ytre.push(storst);
                storst = 1;
            } else if (c == ')' && !ytre.isEmpty()) {
                sist = storst;
                storst = Math.max(ytre.pop(), sist);
            } else if (c == '{' && i + 1 < monster.length() && Character.isDigit(monster.charAt(i + 1))) {
                int lukk = monster.indexOf('}', i);
                if (lukk < 0) {
                    continue;
                }
                sist = Math.min(MAKS, sist * ovre(monster, i + 1, lukk)); // both ≤ 100 000: no overflow
                storst = Math.max(storst, sist);
                i = lukk;
            } else {
                sist = 1;
            }
        }
        return storst;
    }

    /** The upper count of {@code {n}} or {@code {n,m}} (at least 1; {@code {n,}} counts n). */
    private static long ovre(String monster, int fra, int lukk) {
        String[] deler = monster.substring(fra, lukk).split(",", -1);
        String tall = deler.length > 1 && !deler[1].isBlank() ? deler[1].trim() : deler[0].trim();
        try {
            return Math.max(1, Math.min(MAKS, Long.parseLong(tall)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Index of the {@code ]} that ends the character class starting at {@code start}. */
    private static int slutt(String monster, int start) {
        int i = start + 1;
        if (i < monster.length() && monster.charAt(i) == '^') {
            i++;
        }
        if (i < monster.length() && monster.charAt(i) == ']') {
            i++;
        }
        for (; i < monster.length(); i++) {
            if (monster.charAt(i) == '\\') {
                i++;
            } else if (monster.charAt(i) == ']') {
                return i;
            }
        }
        return monster.length();
    }
}

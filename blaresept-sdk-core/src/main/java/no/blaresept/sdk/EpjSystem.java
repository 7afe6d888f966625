package no.blaresept.sdk;

import java.util.regex.Pattern;
import no.blaresept.sdk.internal.Check;

/**
 * The vendor's EPJ system, named in every request's {@code User-Agent} so Helsedirektoratet can tell
 * which system and version called: {@code blaresept-sdk/<version> (EPJ: <navn>/<versjon>)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param navn    the system's name, e.g. {@code Journalsystemet}
 * @param versjon its version, e.g. {@code 4.2.1}
 */
public record EpjSystem(String navn, String versjon) {

    // Plain ASCII without '/', '(' or ')': the value goes verbatim into a User-Agent product token.
    private static final Pattern NAVN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._+-]{0,63}");
    private static final Pattern VERSJON = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,31}");

    /**
     * Checks name and version.
     *
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code epjSystem.navn} or
     *                                                      {@code epjSystem.versjon} when missing or malformed
     */
    public EpjSystem {
        Check.matches(navn, NAVN, "epjSystem.navn", "EPJ_NAVN",
                "1 to 64 ASCII letters, digits, spaces, '.', '_', '+' or '-'");
        Check.matches(versjon, VERSJON, "epjSystem.versjon", "EPJ_VERSJON",
                "1 to 32 ASCII letters, digits, '.', '_', '+' or '-'");
    }
}

package vn.ngoaid.common.security;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A verified token is reused for a minute at most, never past its expiry, and a refused one is never kept. */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;

    /** What the verifier was asked. */
    private final List<String> asked = new ArrayList<>();
    private long now = NOW;

    /** Verifies "good-<exp seconds>" tokens and refuses others, remembering what it was asked. */
    private final VerifiedTokens tokens = new VerifiedTokens(() -> now, 3) {
        @Override
        JsonWebToken check(String token) throws ParseException {
            asked.add(token);
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            long expires = Long.parseLong(token.substring(5));
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return token;
                }

                @Override
                public Set<String> getClaimNames() {
                    return Set.of("exp");
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String name) {
                    return "exp".equals(name) ? (T) Long.valueOf(expires) : null;
                }
            };
        }
    };

    private static String expiringIn(long seconds) {
        return "good-" + (NOW / 1000 + seconds);
    }

    @Test
    void theSameTokenIsVerifiedOnceAMinute() throws ParseException {
        String token = expiringIn(3600);
        JsonWebToken first = tokens.parse(token);
        now += 59_000;
        assertSame(first, tokens.parse(token));
        assertEquals(1, asked.size());
        now += 1_000;
        tokens.parse(token);
        assertEquals(2, asked.size());
    }

    @Test
    void aTokenIsNotReusedPastItsExpiry() throws ParseException {
        String token = expiringIn(10);
        tokens.parse(token);
        now += 9_000;
        tokens.parse(token);
        assertEquals(1, asked.size());
        now += 1_000;
        tokens.parse(token);
        assertEquals(2, asked.size(), "verified again once expired (the verifier decides, with its clock skew)");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(2, asked.size());
    }

    @Test
    void whenFullExpiredTokensMakeRoomAndLiveOnesStay() throws ParseException {
        String shortLived = expiringIn(5);
        tokens.parse(shortLived);
        tokens.parse(expiringIn(3600));
        tokens.parse(expiringIn(3601));
        String extra = expiringIn(3602);
        tokens.parse(extra);
        tokens.parse(extra);
        assertEquals(5, asked.size(), "full of live tokens: the extra one is verified every time");
        now += 5_000;
        tokens.parse(extra);
        tokens.parse(extra);
        assertEquals(6, asked.size(), "the expired one made room");
        tokens.parse(expiringIn(3600));
        assertEquals(6, asked.size(), "a live token stayed");
    }
}

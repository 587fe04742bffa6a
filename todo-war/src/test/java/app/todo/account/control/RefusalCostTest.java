package app.todo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.todo.account.control.Passwords.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefusalCostTest {

    /** What a refusal verified in all: the account's hash, if there is one, and the decoys after it. */
    private static List<Kind> spent(Kind refused, boolean pbkdf2Remains) {
        List<Kind> spent = new ArrayList<>();
        if (refused != null) {
            spent.add(refused);
        }
        spent.addAll(Passwords.decoysAfter(refused, pbkdf2Remains));
        return spent.stream().sorted().toList();
    }

    @DisplayName("A4: while PBKDF2 hashes remain, an unknown name and a wrong password (either hash) each verify one"
            + " Argon2id and one PBKDF2 hash")
    @Test
    void everyRefusalVerifiesOneHashOfEachKindInUse() {
        List<Kind> both = List.of(Kind.ARGON2ID, Kind.PBKDF2);
        assertEquals(both, spent(null, true), "an unknown name");
        assertEquals(both, spent(Kind.ARGON2ID, true), "a wrong password, today's hash");
        assertEquals(both, spent(Kind.PBKDF2, true), "a wrong password, a hash of before");
    }

    @DisplayName("A4: once no PBKDF2 hash remains, an unknown name and a wrong password each verify one Argon2id hash")
    @Test
    void withoutPbkdf2HashesEveryRefusalVerifiesOneArgon2idHash() {
        assertEquals(List.of(Kind.ARGON2ID), spent(null, false), "an unknown name");
        assertEquals(List.of(Kind.ARGON2ID), spent(Kind.ARGON2ID, false), "a wrong password");
    }

    @Test
    void aStoredHashIsToldByItsPrefix() {
        assertEquals(Kind.ARGON2ID, Kind.of("$argon2id$v=19$m=7168,t=5,p=1$c2FsdA$aGFzaA"));
        assertEquals(Kind.PBKDF2, Kind.of("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA=="));
    }
}

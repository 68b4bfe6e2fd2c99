package vn.vanban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * {@link Balancer#isStart} answers as lower-casing the word ({@code toLowerCase(Locale.ROOT)})
 * and looking it up would: for every word that opens a phrase in capitals and with each of its
 * characters replaced by every character there is.
 */
class BalancerStartsTest {
    @Test
    void everyOneCharacterChangeOfEveryStartAnswersAsLowerCasing() {
        for (String start : Balancer.STARTS) {
            assertTrue(Balancer.isStart(start.toUpperCase(Locale.ROOT)), start);
            for (int k = 0; k < start.length(); k++) {
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    String word = start.substring(0, k) + (char) c + start.substring(k + 1);
                    assertEquals(Balancer.STARTS.contains(word.toLowerCase(Locale.ROOT)), Balancer.isStart(word), word);
                }
            }
        }
    }
}

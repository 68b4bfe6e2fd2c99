package vn.vanban.doc;

import java.util.List;

/**
 * "Kính gửi:" (ô 9a) of a Tờ trình, a Báo cáo sent upward or a Công văn.
 *
 * <p>One recipient goes on the same line as "Kính gửi:"; several go one per line, each starting
 * with "- ", the dashes aligned under the colon. The recipients already carry their final
 * punctuation (";" and "." on the last) when there are several.
 *
 * @param recipients one or more recipients
 */
public record Addressees(List<String> recipients) implements Block {
    public Addressees {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("Kính gửi needs at least one recipient");
        }
    }
}

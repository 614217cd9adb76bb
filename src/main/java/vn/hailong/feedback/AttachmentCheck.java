package vn.hailong.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hailong.shared.InvalidInputException;

/**
 * Accepts photos (JPEG, PNG, WebP) and PDF only, judged by their first bytes whatever the file name
 * says, each up to a size limit and a few per case.
 */
@Component
class AttachmentCheck {

    private final int maxBytes;
    private final int maxFiles;

    AttachmentCheck(
            @Value("${hailong.feedback.attachment-max-bytes:5242880}") int maxBytes,
            @Value("${hailong.feedback.attachment-max-files:3}") int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /** The content type of every upload, in order; refuses the whole lot with a clear reason if one is wrong. */
    public List<String> check(List<Upload> uploads) {
        List<Upload> real = uploads.stream()
                .filter(u -> u.content() != null && u.content().length > 0)
                .toList();
        if (real.size() > maxFiles) {
            throw new InvalidInputException("feedback.attachment.tooMany", maxFiles);
        }
        return real.stream()
                .map(u -> {
                    if (u.content().length > maxBytes) {
                        throw new InvalidInputException(
                                "feedback.attachment.tooLarge", name(u), maxBytes / (1024 * 1024));
                    }
                    return type(u.content())
                            .orElseThrow(() -> new InvalidInputException("feedback.attachment.badType", name(u)));
                })
                .toList();
    }

    static Optional<String> type(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (b.length >= 12
                && starts(b, 'R', 'I', 'F', 'F')
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String name(Upload u) {
        String n = u.fileName() == null || u.fileName().isBlank() ? "?" : u.fileName();
        return n.length() > 80 ? n.substring(0, 80) : n;
    }
}

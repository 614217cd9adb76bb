package vn.hailong.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One keying of a paper form: its number (as printed or written on it), the unit and the answers as read. */
public record PaperEntry(
        @NotBlank @Size(max = 30) String formNo,
        @NotNull Long agencyId,
        @NotNull List<AnswerValue> answers) {}

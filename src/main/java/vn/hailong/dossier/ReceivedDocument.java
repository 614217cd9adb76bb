package vn.hailong.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One document received: its name, its form (original, certified copy, copy, shown) and how many. */
public record ReceivedDocument(
        @NotBlank @Size(max = 300) String name,
        DocumentForm form,
        @Min(1) @Max(99) int count) {

    /** The form of a document, as the receipt slip records it; SHOWN: the original is shown and handed back. */
    public enum DocumentForm {
        ORIGINAL,
        CERTIFIED_COPY,
        COPY,
        SHOWN
    }

    String encode() {
        return (form == null ? DocumentForm.COPY : form).name() + "|" + count + "|" + name.replace('\n', ' ');
    }

    static ReceivedDocument decode(String line) {
        String[] parts = line.split("\\|", 3);
        return new ReceivedDocument(parts[2], DocumentForm.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }
}

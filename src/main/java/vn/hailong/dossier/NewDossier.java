package vn.hailong.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier received at a desk or through the API. {@code code} and {@code receivedAt} are optional
 * (the national code is generated; receipt is now); a missing {@code applicantKind} is a citizen. For an online
 * dossier, {@code submittedAt} is when the information system got it: acceptance must follow within 8 working hours.
 * {@code agencyId} is the agency competent to resolve the dossier; {@code receivingAgencyId} the one-stop body that
 * receives it (a centre, a branch or a receiving point of the same province, Decree 118/2025/NĐ-CP Art. 14(2)), by
 * default the agency itself. A dossier of a linked group of procedures ({@code linkedGroup}) is coded with the
 * receiving body's identifier (Art. 28(2)(a)).
 */
public record NewDossier(
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9.\\-]*")
        String code,

        @NotNull Long agencyId,
        Long deskId,
        @NotBlank String procedureCode,
        Channel channel,
        @NotBlank @Size(max = 160) String applicantName,
        @Size(max = 20) @Pattern(regexp = "[0-9+ .]*") String applicantPhone,
        @Email @Size(max = 160) String applicantEmail,
        @Size(max = 400) String applicantAddress,
        List<@Valid ReceivedDocument> documents,
        @Min(1) @Max(20) Integer sets,
        Long receivingOfficerId,
        LocalDateTime receivedAt,
        ApplicantKind applicantKind,
        LocalDateTime submittedAt,
        Long receivingAgencyId,
        Boolean linkedGroup) {}

package vn.hailong.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create or change a user; a blank password keeps the old one. */
public record UserForm(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+")
        String username,

        @NotBlank @Size(max = 120) String fullName,
        @Email @Size(max = 160) String email,
        @NotNull Role role,
        String provinceCode,
        Long agencyId,
        @Size(max = 200) String password,
        boolean enabled) {

    public static UserForm empty() {
        return new UserForm("", "", "", Role.VIEWER, null, null, "", true);
    }
}

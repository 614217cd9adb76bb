package vn.hailong.dossier;

import java.util.Arrays;

/** How the dossier was submitted: national codes 1 in person, 2 online, 3 public postal service. */
public enum Channel {
    IN_PERSON(1),
    ONLINE(2),
    POSTAL(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Channel of(int code) {
        return Arrays.stream(values())
                .filter(c -> c.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("channel " + code));
    }
}

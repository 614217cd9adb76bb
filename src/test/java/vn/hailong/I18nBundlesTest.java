package vn.hailong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every string a person sees exists in Vietnamese and in English. */
class I18nBundlesTest {

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyValues() throws Exception {
        Properties vi = load("i18n/messages_vi.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.stringPropertyNames())
                .allSatisfy(k -> assertThat(vi.getProperty(k)).as(k).isNotBlank());
        assertThat(en.stringPropertyNames())
                .allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void vietnameseStringsCarryDiacritics() throws Exception {
        Properties vi = load("i18n/messages_vi.properties");
        Set<String> plain = new TreeSet<>();
        for (String k : vi.stringPropertyNames()) {
            String v = vi.getProperty(k);
            if (v.length() > 25 && v.chars().allMatch(c -> c < 128)) {
                plain.add(k);
            }
        }
        assertThat(plain).as("Vietnamese values without any diacritics").isEmpty();
    }

    /** A key written twice silently takes the later value: two areas' blocks must not share a key. */
    @Test
    void noKeyIsWrittenTwice() throws Exception {
        for (String name : java.util.List.of("i18n/messages_vi.properties", "i18n/messages_en.properties")) {
            Set<String> seen = new java.util.HashSet<>();
            Set<String> twice = new TreeSet<>();
            try (var in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(name);
                    var lines = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("!") && l.contains("="))
                        .filter(l -> !Character.isWhitespace(l.charAt(0)))
                        .map(l -> l.substring(0, l.indexOf('=')).trim())
                        .forEach(k -> {
                            if (!seen.add(k)) {
                                twice.add(k);
                            }
                        });
            }
            assertThat(twice).as("keys written twice in " + name).isEmpty();
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

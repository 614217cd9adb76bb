package vn.hailong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The indicators on screen and in the PDF use the wording of the shipped ND61-9 questionnaire, item for item. */
class Decree61LabelsTest {

    @Test
    void vietnameseLabelsAreTheQuestionnairesItems() throws Exception {
        JsonNode items;
        try (InputStream in = new ClassPathResource("survey/nd61-9.json").getInputStream()) {
            items = JsonMapper.builder()
                    .build()
                    .readTree(in)
                    .get("sections")
                    .get(0)
                    .get("items");
        }
        Properties vi = new Properties();
        try (InputStream in = new ClassPathResource("i18n/messages_vi.properties").getInputStream()) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(items).hasSize(Decree61Indicator.values().length);
        for (Decree61Indicator i : Decree61Indicator.values()) {
            JsonNode item = items.get(i.ordinal());
            assertThat(item.get("code").asString()).isEqualTo(i.code());
            assertThat(vi.getProperty("decree61.indicator." + i.code()))
                    .isEqualTo(item.get("text").asString());
        }
    }
}

package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reproducible, stratified samples: the same seed draws the same people; every stratum (field × citizen or
 * organisation) gets its proportional share.
 */
class SamplerTest {

    /** 600 candidates in three fields: 300 civil status, 200 certification, 100 land (sizes 3 : 2 : 1). */
    static List<Candidate> population() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            all.add(new Candidate(
                    1000 + i,
                    i < 300 ? "HO_TICH" : i < 500 ? "CHUNG_THUC" : "DAT_DAI",
                    "CITIZEN",
                    "09" + (10000000 + i)));
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20261123L})
    void sameSeedSameSampleWhateverTheOrderOfCandidates(long seed) {
        List<Candidate> shuffled = population();
        Collections.shuffle(shuffled, new Random(seed + 7));
        List<Long> first = ids(Sampler.draw(population(), 150, seed, 7));
        List<Long> again = ids(Sampler.draw(shuffled, 150, seed, 7));
        assertThat(again).isEqualTo(first).hasSize(150).doesNotHaveDuplicates();
        assertThat(ids(Sampler.draw(population(), 150, seed + 1, 7))).isNotEqualTo(first);
        assertThat(ids(Sampler.draw(population(), 150, seed, 8)))
                .as("another unit draws differently")
                .isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 200, 61, 1})
    void quotaHoldsPerStratum(int quota) {
        Map<String, Long> drawn = Sampler.draw(population(), quota, 99, 7).stream()
                .collect(Collectors.groupingBy(Candidate::fieldCode, Collectors.counting()));
        assertThat(drawn.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(quota);
        // Each field gets quota × size / 600, rounded down, plus at most one seat from the largest remainders.
        for (var e : Map.of("HO_TICH", 300, "CHUNG_THUC", 200, "DAT_DAI", 100).entrySet()) {
            long exact = (long) quota * e.getValue() / 600;
            assertThat(drawn.getOrDefault(e.getKey(), 0L)).as(e.getKey()).isBetween(exact, exact + 1);
        }
        if (quota == 150) {
            assertThat(drawn)
                    .containsExactlyInAnyOrderEntriesOf(Map.of("HO_TICH", 75L, "CHUNG_THUC", 50L, "DAT_DAI", 25L));
        }
        if (quota == 61) {
            // 30.5, 20.33, 10.17 → 30, 20, 10 and the one left goes to the largest remainder (civil status).
            assertThat(drawn)
                    .containsExactlyInAnyOrderEntriesOf(Map.of("HO_TICH", 31L, "CHUNG_THUC", 20L, "DAT_DAI", 10L));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 1000})
    void aQuotaAboveThePopulationTakesEveryone(int quota) {
        assertThat(Sampler.draw(population(), quota, 5, 7)).hasSize(600);
    }

    /** The same people plus organisations' representatives: 60 in certification and 40 in land, mixed in by dossier id. */
    static List<Candidate> withOrganisations() {
        List<Candidate> all = population();
        for (int i = 0; i < 100; i++) {
            all.add(new Candidate(
                    500 + i * 7, i < 60 ? "CHUNG_THUC" : "DAT_DAI", "ORGANISATION", "02" + (10000000 + i)));
        }
        return all;
    }

    /** Field × applicant kind are the strata: organisations get their own proportional share in each field, drawn only from them. */
    @ParameterizedTest
    @ValueSource(longs = {3L, 2026L})
    void organisationsAreAStratumOfTheirOwn(long seed) {
        List<Candidate> sample = Sampler.draw(withOrganisations(), 140, seed, 7);
        Map<String, Long> drawn = sample.stream()
                .collect(Collectors.groupingBy(c -> c.fieldCode() + "/" + c.applicantKind(), Collectors.counting()));
        // 140 of 700: one in five of every stratum
        assertThat(drawn)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "HO_TICH/CITIZEN",
                        60L,
                        "CHUNG_THUC/CITIZEN",
                        40L,
                        "CHUNG_THUC/ORGANISATION",
                        12L,
                        "DAT_DAI/CITIZEN",
                        20L,
                        "DAT_DAI/ORGANISATION",
                        8L));
        assertThat(sample)
                .filteredOn(c -> c.contact().startsWith("02"))
                .allMatch(c -> c.applicantKind().equals("ORGANISATION"));
        List<Candidate> shuffled = withOrganisations();
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(ids(Sampler.draw(shuffled, 140, seed, 7))).isEqualTo(ids(sample));
        // with a quota too small for a proportional seat, the largest remainders decide, and the total still holds
        Map<String, Long> small = Sampler.draw(withOrganisations(), 9, seed, 7).stream()
                .collect(Collectors.groupingBy(c -> c.fieldCode() + "/" + c.applicantKind(), Collectors.counting()));
        assertThat(small.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(9);
    }

    static List<Long> ids(List<Candidate> sample) {
        return sample.stream().map(Candidate::dossierId).toList();
    }
}

package vn.hailong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hailong.organization.ElectronicId;
import vn.hailong.shared.InvalidInputException;

/** The dossier code of Decree 118/2025/NĐ-CP Art. 28 and Circular 04/2025/TT-VPCP Art. 23(2), with worked cases. */
class DossierCodeTest {

    static final LocalDate OCT_8 = LocalDate.of(2026, 10, 8);

    @Test
    void theSpecsExampleIsIssuedAndRead() {
        assertThat(DossierCode.issue("H15.50.05.13", OCT_8, 975)).isEqualTo("H15.50.05.13-261008-0975");
        assertThat(DossierCode.issue("H15.50.05.13", OCT_8, 1)).isEqualTo("H15.50.05.13-261008-0001");
        // a busy day goes past 9999: the sequence has at least four digits, not exactly four
        assertThat(DossierCode.issue("H15.50.05.13", OCT_8, 12345)).isEqualTo("H15.50.05.13-261008-12345");
        DossierCode read = DossierCode.parse("h15.50.05.13-261008-0975 ", false).orElseThrow();
        assertThat(read).isEqualTo(new DossierCode("H15.50.05.13", OCT_8, null, "0975"));
    }

    @Test
    void theCentrallyProvidedVariantCarriesTwoDigitsOfTheHostBeforeTheSequence() {
        String code = DossierCode.central("H22.20.01", OCT_8, "07", 42);
        assertThat(code).isEqualTo("H22.20.01-261008-070042");
        assertThat(DossierCode.parse(code, true).orElseThrow())
                .isEqualTo(new DossierCode("H22.20.01", OCT_8, "07", "0042"));
        assertThat(DossierCode.parse("H22.20.01-261008-0042", true))
                .as("AA missing")
                .isEmpty();
        assertThatThrownBy(() -> DossierCode.central("H22.20.01", OCT_8, "7", 42))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedCodesAreNotCodesOfArticle28() {
        for (String bad : new String[] {
            "H15.50.05.13-261308-0975", // month 13
            "H15.50.05.13-260230-0975", // 30 February
            "H15.50.05.13-261008-975", // three digits
            "H15.50.05.13-20261008-0975", // eight-digit date
            "22-06685-261008-0975", // a HaiLong agency code, not an electronic identifier
            "H15.50.05.13261008-0975",
            ""
        }) {
            assertThat(DossierCode.parse(bad, false)).as(bad).isEmpty();
        }
    }

    @Test
    void electronicIdentifiersFollowTheAssumedShape() {
        for (String good : new String[] {"H15.50.05.13", "H22.20.01", "G01.123.45", "A01.01"}) {
            assertThat(ElectronicId.valid(good)).as(good).isTrue();
        }
        for (String bad : new String[] {
            "H15",
            "15.50.05",
            "HH5.50.05",
            "H15.5.05",
            "H15.5000.05",
            "H15.50.05.13.01",
            "H15-50-05",
            "h15.50.05",
            "Đ15.50"
        }) {
            assertThat(ElectronicId.valid(bad)).as(bad).isFalse();
        }
    }

    @Test
    void aChosenCodeLiesInTheResolvingAgencysNamespaceOldOrNew() {
        // existing codes under the HaiLong agency code stay valid
        assertThat(AgencyCodeSpace.check("22-06685", null, " 22-06685-261008-0001 "))
                .isEqualTo("22-06685-261008-0001");
        assertThat(AgencyCodeSpace.check("22-STP", "H22.20.01", "22-STP-261008-0001"))
                .isEqualTo("22-STP-261008-0001");
        // new codes under the electronic identifier, in capitals; the central variant too
        assertThat(AgencyCodeSpace.check("22-STP", "H22.20.01", "h22.20.01-261008-0001"))
                .isEqualTo("H22.20.01-261008-0001");
        assertThat(AgencyCodeSpace.check("22-STP", "H22.20.01", "H22.20.01-261008-070042"))
                .isEqualTo("H22.20.01-261008-070042");
        for (String outside : new String[] {
            "H22.21.01-261008-0001", // another agency's identifier
            "H22.20.01-261308-0001", // no such day
            "H22.20.01-X", // not Art. 28's structure
            "22-06685-261008-0001" // another agency's HaiLong code
        }) {
            assertThatThrownBy(() -> AgencyCodeSpace.check("22-STP", "H22.20.01", outside))
                    .as(outside)
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "dossier.codeOutsideAgency");
        }
    }
}

package vn.hailong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

class ProcedureRepositoryTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void savesFieldsWithMergeAndSearchesWithoutDiacritics(Db db) {
        ProcedureRepository repo = new ProcedureRepository(db.jdbc());
        repo.upsertField(new ServiceField("HO_TICH", "Hộ tịch", "Civil status"));
        repo.upsertField(new ServiceField("HO_TICH", "Hộ tịch", "Civil registration"));
        assertThat(repo.fields())
                .filteredOn(f -> f.code().equals("HO_TICH"))
                .singleElement()
                .extracting(ServiceField::nameEn)
                .isEqualTo("Civil registration");

        String code = "T-" + db.name();
        if (repo.find(code).isEmpty()) {
            repo.insert(new Procedure(
                    code,
                    "Đăng ký khai sinh lưu động",
                    "HO_TICH",
                    1,
                    DurationUnit.WORKING_DAYS,
                    0,
                    LifeEvent.BIRTH,
                    List.of("COMMUNE_PC"),
                    List.of("Tờ khai", "Giấy chứng sinh"),
                    null));
        }
        assertThat(repo.search(null, "khai sinh luu dong", 10))
                .extracting(Procedure::code)
                .contains(code);
        assertThat(repo.search("HO_TICH", "KHAI SINH", 10))
                .extracting(Procedure::code)
                .contains(code);
        assertThat(repo.search("DAT_DAI", "khai sinh", 10)).isEmpty();
        assertThat(repo.find(code))
                .get()
                .extracting(Procedure::documents)
                .asList()
                .containsExactly("Tờ khai", "Giấy chứng sinh");

        Procedure changed = new Procedure(
                code,
                "Đăng ký khai sinh lưu động",
                "HO_TICH",
                2,
                DurationUnit.WORKING_HOURS,
                5000,
                LifeEvent.BIRTH,
                List.of("COMMUNE_PC", "SERVICE_CENTER"),
                List.of("Tờ khai"),
                null);
        repo.update(changed);
        assertThat(repo.find(code)).contains(changed);
    }
}

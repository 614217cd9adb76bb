package vn.hailong.access;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.NewDossier;
import vn.hailong.organization.AgencyKind;
import vn.hailong.organization.Agencies;

/**
 * The permission matrix's world: the demo's Phường Hồng Gai (own), Phường Hạ Long (another agency of the same
 * province) and, created here, an agency of a second province (01 Hà Nội) with a desk, an officer, users of
 * every role and a dossier. Each target agency also gets a viewer, a hotline, a kiosk, an API key and a dossier
 * to aim writes at.
 */
final class MatrixWorld {

    enum Target { OWN, SAME_PROVINCE, FOREIGN }

    record Place(long agencyId, String agencyCode, String province, long deskId, long officerId, long viewerId,
            long hotlineId, long kioskId, long apiKeyId, String dossierCode) {
    }

    final Map<Target, Place> places = new EnumMap<>(Target.class);
    final String ownKeySecret;

    MatrixWorld(JdbcClient jdbc, Agencies agencies, Users users, ApiKeys keys, Dossiers dossiers,
            vn.hailong.rating.KioskDevices kiosks, vn.hailong.feedback.Hotlines hotlines) {
        String[] secret = new String[1];
        SystemActor.run("matrix", () -> {
            long hanoi = agencies.create("01-MATRIX", "Ủy ban nhân dân thử nghiệm Hà Nội", AgencyKind.COMMUNE_PC, "01");
            long desk = agencies.createDesk(hanoi, "Quầy 1", null);
            agencies.createOfficer(hanoi, desk, "Nguyễn Văn Hà", "Công chức", null, null);
            for (Role role : new Role[] {Role.PROVINCIAL_OFFICIAL, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER, Role.BALLOT_SECRETARY, Role.VIEWER}) {
                users.create(new UserForm("hanoi." + role.name().toLowerCase(), "Cán bộ Hà Nội", null, role,
                        role == Role.PROVINCIAL_OFFICIAL ? "01" : null, role == Role.PROVINCIAL_OFFICIAL ? null : hanoi, "hailong-demo", true));
            }
            place(Target.OWN, jdbc, agencies, users, keys, dossiers, kiosks, hotlines, agencies.byCode("22-06685").orElseThrow().id());
            place(Target.SAME_PROVINCE, jdbc, agencies, users, keys, dossiers, kiosks, hotlines, agencies.byCode("22-06688").orElseThrow().id());
            place(Target.FOREIGN, jdbc, agencies, users, keys, dossiers, kiosks, hotlines, hanoi);
            users.create(new UserForm("honggai.xem", "Người xem Hồng Gai", null, Role.VIEWER, null, places.get(Target.OWN).agencyId(),
                    "hailong-demo", true));
            secret[0] = keys.create("matrix-own-key", null, places.get(Target.OWN).agencyId());
        });
        this.ownKeySecret = secret[0];
    }

    private void place(Target t, JdbcClient jdbc, Agencies agencies, Users users, ApiKeys keys, Dossiers dossiers,
            vn.hailong.rating.KioskDevices kiosks, vn.hailong.feedback.Hotlines hotlines, long agencyId) {
        var agency = agencies.byIdUnscoped(agencyId).orElseThrow();
        long desk = agencies.desks(agencyId).get(0).id();
        long officer = agencies.officers(agencyId).get(0).id();
        String tag = t.name().toLowerCase().replace('_', '-');
        long viewer = users.create(new UserForm("matrix." + tag, "Người xem " + tag, null, Role.VIEWER, null, agencyId, "hailong-demo", true));
        long hotline = hotlines.add(agencyId, "Lãnh đạo " + tag, "Chủ tịch", "0912345678");
        long kiosk = kiosks.register(desk, "Máy " + tag, null).id();
        keys.create("matrix-key-" + tag, null, agencyId);
        long key = jdbc.sql("select id from api_key where name = :n").param("n", "matrix-key-" + tag).query(Long.class).single();
        String dossier = dossiers.receive(new NewDossier(null, agencyId, null, "HT-001", null, "Công dân " + tag, null, null, null,
                null, null, null, null, null, null)).code();
        places.put(t, new Place(agencyId, agency.code(), agency.provinceCode(), desk, officer, viewer, hotline, kiosk, key, dossier));
    }

    Place at(Target t) {
        return places.get(t);
    }
}

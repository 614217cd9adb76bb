package vn.hailong.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.InvalidInputException;

/**
 * The SIPAS index of a unit over a period: one entry for every survey campaign the caller may see that
 * ran in the period and covered the unit — an agency's own index, or the index of a whole province
 * (or of all the caller's units when no unit is named) formed by the aggregation asked for, and named.
 */
@Service
public class SipasIndices {

    /** One campaign's index for the unit asked about. */
    public record SipasIndex(
            long campaignId,
            String campaign,
            LocalDate periodFrom,
            LocalDate periodTo,
            String questionnaireCode,
            int questionnaireVersion,
            String status,
            String aggregation,
            UnitIndex index) {}

    private final Campaigns campaigns;
    private final Agencies agencies;

    SipasIndices(Campaigns campaigns, Agencies agencies) {
        this.campaigns = campaigns;
        this.agencies = agencies;
    }

    public List<SipasIndex> of(String unit, LocalDate from, LocalDate to, Aggregation aggregation) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("survey.sipas.period", from, to);
        }
        String code = unit == null || unit.isBlank() ? null : unit.trim();
        Optional<Agency> agency = code == null || !code.contains("-") ? Optional.empty() : agencies.byCode(code);
        List<SipasIndex> out = new ArrayList<>();
        for (Campaign c : campaigns.list()) {
            boolean inPeriod = (from == null || !c.periodTo().isBefore(from))
                    && (to == null || !c.periodFrom().isAfter(to));
            boolean inProvince = code == null || code.contains("-") || code.equals(c.provinceCode());
            if (!inPeriod || !inProvince) {
                continue;
            }
            CampaignResults r = campaigns.results(c.id(), aggregation);
            Optional<UnitIndex> index = code == null || !code.contains("-")
                    ? Optional.of(r.total())
                    : agency.flatMap(a -> r.units().stream()
                            .filter(u -> u.agencyId() != null && u.agencyId() == a.id())
                            .findFirst());
            index.ifPresent(i -> out.add(new SipasIndex(
                    c.id(),
                    c.title(),
                    c.periodFrom(),
                    c.periodTo(),
                    c.questionnaireCode(),
                    c.questionnaireVersion(),
                    c.status(),
                    r.aggregation(),
                    i)));
        }
        return out;
    }
}

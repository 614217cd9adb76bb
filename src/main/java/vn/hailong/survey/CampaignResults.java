package vn.hailong.survey;

import java.util.List;

/** A campaign's indices per unit and for all its units together, with the aggregation used named. */
public record CampaignResults(
        long campaignId,
        String aggregation,
        String questionnaireCode,
        int questionnaireVersion,
        List<UnitIndex> units,
        UnitIndex total,
        List<ExpectationShare> expectations) {}

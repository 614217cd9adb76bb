package vn.hailong.survey.web;

import java.util.List;
import vn.hailong.survey.Campaign;
import vn.hailong.survey.UnitProgress;

/** A campaign in the list with its totals: quota, invited and responded over its visible units. */
record CampaignRow(Campaign campaign, int units, long quota, long invited, long responded) {

    CampaignRow(Campaign campaign, List<UnitProgress> progress) {
        this(
                campaign,
                progress.size(),
                progress.stream().mapToLong(UnitProgress::quota).sum(),
                progress.stream().mapToLong(UnitProgress::invited).sum(),
                progress.stream().mapToLong(UnitProgress::responded).sum());
    }
}

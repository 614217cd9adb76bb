package vn.hailong.catalog;

import java.util.List;
import vn.hailong.calendar.DurationUnit;

/** An administrative procedure (TTHC) with its statutory duration, fee and documents. */
public record Procedure(
        String code,
        String name,
        String fieldCode,
        int duration,
        DurationUnit durationUnit,
        long feeVnd,
        LifeEvent lifeEvent,
        List<String> agencyKinds,
        List<String> documents) {}

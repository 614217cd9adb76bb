/**
 * Measures, rollups and rankings: satisfaction with n and a Wilson interval, timeliness, rankings with
 * a minimum n, read from rollup tables that ratings and dossier events keep up to date.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "access",
            "ballot",
            "calendar",
            "catalog",
            "dossier",
            "feedback",
            "notify",
            "organization",
            "rating",
            "shared"
        })
package vn.hailong.insight;

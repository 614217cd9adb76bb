/**
 * Dashboards leaders read: the province overview, a unit's page and an officer's page, drawn from the
 * insight measures (never from raw rows), with every number linking to the list behind it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "access",
            "catalog",
            "dossier",
            "feedback",
            "insight",
            "organization",
            "rating",
            "shared",
            "survey"
        })
package vn.hailong.report;

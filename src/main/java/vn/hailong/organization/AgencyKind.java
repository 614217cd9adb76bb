package vn.hailong.organization;

/** What an agency is; procedures name the kinds that perform them. */
public enum AgencyKind {
    COMMUNE_PC,
    PROVINCE_PC,
    DEPARTMENT,
    SERVICE_CENTER
}

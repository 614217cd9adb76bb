/** Users, roles, the agency scope every query and write is held to (fail-closed), API keys and the audit log. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.hailong.access;

/** Working days: weekends, statutory and lunar holidays, the yearly decisions and overrides; due-date arithmetic. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "organization", "shared"})
package vn.hailong.calendar;

/** Service fields and administrative procedures: statutory duration, fees, life-event tag. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "calendar", "shared"})
package vn.hailong.catalog;

/** Administrative units on any day, agencies, one-stop desks, officers and their letterheads. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "shared"})
package vn.hailong.organization;

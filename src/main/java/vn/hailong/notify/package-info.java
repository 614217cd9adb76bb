/** The outbox of e-mail and SMS messages to citizens and its delivery. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.hailong.notify;

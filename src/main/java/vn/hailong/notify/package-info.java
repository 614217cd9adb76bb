/** The outbox of e-mail and SMS messages to citizens and its delivery. */
package vn.hailong.notify;

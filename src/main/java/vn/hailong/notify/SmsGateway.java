package vn.hailong.notify;

/** Sends one SMS. The default gateway only logs; {@code hailong.sms.http-url} switches to an HTTP gateway. */
interface SmsGateway {

    void send(String phone, String text);
}

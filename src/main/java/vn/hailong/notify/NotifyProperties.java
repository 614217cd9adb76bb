package vn.hailong.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How messages leave: the SMS gateway ({@code hailong.sms.*}) and the mail sender ({@code hailong.mail.*}).
 *
 * @param sms the HTTP SMS gateway; without a URL, SMS are only logged
 * @param mail the sender of e-mails to citizens
 */
@Validated
@ConfigurationProperties("hailong")
record NotifyProperties(
        @DefaultValue @Valid Sms sms, @DefaultValue @Valid Mail mail) {

    /**
     * @param httpUrl the gateway's address (POST {"to","text"}); blank: log only
     * @param token the bearer token sent to the gateway
     */
    public record Sms(
            @DefaultValue("") String httpUrl,
            @DefaultValue("") String token) {}

    /** @param from the From header of e-mails to citizens */
    public record Mail(
            @DefaultValue("HaiLong <khong-tra-loi@hailong.local>") @NotBlank
            String from) {}
}

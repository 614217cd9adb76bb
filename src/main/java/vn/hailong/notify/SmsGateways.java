package vn.hailong.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Chooses the SMS gateway: a logging one by default, or an HTTP one (POST {"to","text"} with a bearer token). */
@Configuration(proxyBeanMethods = false)
class SmsGateways {

    private static final Logger log = LoggerFactory.getLogger(SmsGateways.class);

    @Bean
    SmsGateway smsGateway(NotifyProperties properties, ObjectMapper json) {
        if (properties.sms().httpUrl().isBlank()) {
            return (phone, text) -> log.info(
                    "SMS (logging gateway) to ***{}: {}",
                    phone.length() > 3 ? phone.substring(phone.length() - 3) : "",
                    text);
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return (phone, text) -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(properties.sms().httpUrl()))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + properties.sms().token())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(java.util.Map.of("to", phone, "text", text))))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("SMS gateway answered " + response.statusCode());
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("SMS gateway unreachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }
}

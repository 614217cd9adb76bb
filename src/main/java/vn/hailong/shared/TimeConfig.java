package vn.hailong.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Vietnam's time zone; tests replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(@Value("${hailong.zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}

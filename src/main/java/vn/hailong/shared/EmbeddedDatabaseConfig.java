package vn.hailong.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Registers {@link EmbeddedDatabaseFiles} early (a bean post-processor), before the data source is first used. */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfig {

    @Bean
    static EmbeddedDatabaseFiles embeddedDatabaseFiles(Environment env) {
        return new EmbeddedDatabaseFiles(env);
    }
}

package vn.hailong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HaiLongApplication {
    public static void main(String[] args) {
        SpringApplication.run(HaiLongApplication.class, args);
    }
}

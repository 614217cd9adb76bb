package vn.hailong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HaiLongApplication {
    public static void main(String[] args) {
        SpringApplication.run(HaiLongApplication.class, args);
    }
}

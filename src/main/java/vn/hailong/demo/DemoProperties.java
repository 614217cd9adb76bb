package vn.hailong.demo;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The demo data ({@code hailong.demo.*}). @param dossierScale multiplies the number of demo dossiers (0: none, as the benchmarks and the crash test run) */
@Validated
@ConfigurationProperties("hailong.demo")
record DemoProperties(@DefaultValue("1.0") @PositiveOrZero double dossierScale) {}

package vn.hailong.demo;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The demo data ({@code hailong.demo.*}). @param dossierScale multiplies the number of demo dossiers */
@Validated
@ConfigurationProperties("hailong.demo")
public record DemoProperties(@DefaultValue("1.0") @Positive double dossierScale) {}

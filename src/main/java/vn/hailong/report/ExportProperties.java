package vn.hailong.report;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Background exports ({@code hailong.exports.*}). @param keep how long a finished export file is kept */
@Validated
@ConfigurationProperties("hailong.exports")
record ExportProperties(@DefaultValue("P7D") @NotNull Duration keep) {}

package vn.hailong.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.SystemActor;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.Csv;
import vn.hailong.shared.TableRow;

/**
 * Loads the demo on the first start in demo mode, in one transaction (all or nothing), and never
 * again: later issues add their demo data through {@link DemoStep}s.
 */
@Component
@Profile("demo")
@Order(10)
@ConditionalOnProperty(name = "hailong.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String MARKER_AGENCY = "22-UBND";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Agencies agencies;
    private final List<DemoStep> steps;
    private final TransactionTemplate tx;

    DemoData(Agencies agencies, List<DemoStep> steps, TransactionTemplate tx) {
        this.agencies = agencies;
        this.steps = steps;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agencies.byCode(MARKER_AGENCY).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        SystemActor.run("demo", () -> tx.executeWithoutResult(s -> steps.forEach(DemoStep::load)));
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    static List<TableRow> csv(String name) {
        List<TableRow> rows = new ArrayList<>();
        try (InputStream in = new ClassPathResource("data/demo/" + name).getInputStream()) {
            Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8), rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.subList(1, rows.size());
    }

    static List<String> lines(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

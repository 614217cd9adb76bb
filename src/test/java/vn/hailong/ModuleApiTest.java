package vn.hailong;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each module's contract, read off the compiled code: the public types of its root package and who uses them.
 * Sub-packages are the module's own (Spring Modulith refuses other modules' use of them, {@link ModularityTests});
 * a public type nobody outside its package uses must be package-private. The contract is written to
 * {@code docs/module-api.md}, so that a review sees when a module's face grows.
 */
class ModuleApiTest {

    private static final String ROOT = "vn.hailong";
    private static final Path DOC = Path.of("docs/module-api.md");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Public for a reason the compiled code does not show; the list only shrinks. */
    private static final Map<String, String> PUBLIC_FOR_TESTS_OR_FRAMEWORKS = Map.ofEntries(
            Map.entry("access.AccessProperties", "bound in SettingsTest"),
            Map.entry("dossier.DossierProperties", "bound in SettingsTest"),
            Map.entry("rating.RatingProperties", "bound in SettingsTest"),
            Map.entry("insight.InsightProperties", "bound in SettingsTest"),
            Map.entry("feedback.FeedbackProperties", "bound in SettingsTest"),
            Map.entry("report.ReportProperties", "bound in SettingsTest"),
            Map.entry("survey.SurveyProperties", "bound in SettingsTest"),
            Map.entry("access.ApiKeyPrincipal", "the benchmarks sign in with it"),
            Map.entry("access.AuditEntry", "AuditLog's answer, read by the modules' tests"),
            Map.entry("insight.RatingDrain", "tests and benchmarks drain the pending ratings"),
            Map.entry("ballot.OpeningDays", "calendar tests"),
            Map.entry("insight.evaluation.Art33Rules", "tests in insight"),
            Map.entry("insight.evaluation.Decree61Rules", "tests in insight"),
            Map.entry("insight.evaluation.EvaluationFacts", "tests in insight"),
            Map.entry("insight.evaluation.EvaluationRepository", "tests in insight"),
            Map.entry("notify.OutboxSender", "letter tests send the outbox"),
            Map.entry("shared.OneLineMessage", "logback instantiates it (logback-spring.xml)"),
            Map.entry("calendar.AgencyOverride", "its web page names it only inside a generic type"),
            Map.entry("organization.data.V3__organization_load_units", "Flyway instantiates it"));

    @Test
    void everyPublicTypeIsUsedOutsideItsPackage() {
        SortedSet<String> unused = new TreeSet<>();
        for (JavaClass type : publicTypes()) {
            if (users(type, true).isEmpty() && !PUBLIC_FOR_TESTS_OR_FRAMEWORKS.containsKey(name(type))) {
                unused.add(name(type));
            }
        }
        assertThat(unused)
                .as("public types that nothing outside their package uses: make them package-private")
                .isEmpty();
    }

    @Test
    void theModulesContractsAreDocumented() throws IOException {
        SortedMap<String, SortedMap<String, SortedSet<String>>> byModule = new TreeMap<>();
        for (JavaClass type : publicTypes()) {
            if (!type.getPackageName().equals(ROOT + "." + module(type))) {
                continue;
            }
            byModule.computeIfAbsent(module(type), m -> new TreeMap<>()).put(type.getSimpleName(), users(type, false));
        }
        StringBuilder md = new StringBuilder("""
                # Module contracts

                Written by `ModuleApiTest` from the compiled code; do not edit. A module's contract is the public types
                of its root package; its sub-packages (`web`, `data`, `rollup`, …) are its own and Spring Modulith
                refuses other modules' use of them. "its own" means only the module's own sub-packages (its pages, mostly) use the type.

                """);
        byModule.forEach((module, types) -> {
            long shared = types.values().stream().filter(u -> !u.isEmpty()).count();
            md.append(
                    "## `%s` — %d public types, %d used by other modules%n%n".formatted(module, types.size(), shared));
            md.append("| type | used by |\n|---|---|\n");
            types.forEach((type, users) -> md.append(
                    "| `%s` | %s |%n".formatted(type, users.isEmpty() ? "its own" : String.join(", ", users))));
            md.append('\n');
        });
        String expected = md.toString();
        String actual = Files.exists(DOC) ? Files.readString(DOC) : "";
        if (!expected.equals(actual)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as(DOC + " was out of date and has been rewritten; commit it")
                .isEqualTo(expected);
    }

    private static Set<JavaClass> publicTypes() {
        Set<JavaClass> types = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (JavaClass c : MAIN) {
            if (c.isTopLevelClass()
                    && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && c.getPackageName().startsWith(ROOT + ".")
                    && !c.getSimpleName().equals("package-info")) {
                types.add(c);
            }
        }
        return types;
    }

    /**
     * Who uses a type: with {@code anyPackage}, every package but its own (its module's sub-packages included);
     * otherwise the other modules only.
     */
    private static SortedSet<String> users(JavaClass type, boolean anyPackage) {
        SortedSet<String> users = new TreeSet<>();
        for (Dependency d : type.getDirectDependenciesToSelf()) {
            JavaClass origin = top(d.getOriginClass());
            if (origin.getPackageName().equals(type.getPackageName())) {
                continue;
            }
            if (anyPackage) {
                users.add(origin.getPackageName());
            } else if (!module(origin).equals(module(type))) {
                users.add(module(origin));
            }
        }
        return users;
    }

    private static JavaClass top(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private static String module(JavaClass c) {
        String rest = c.getPackageName().substring(Math.min(c.getPackageName().length(), ROOT.length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String name(JavaClass c) {
        return c.getName().substring(ROOT.length() + 1);
    }
}

package vn.hailong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Spring Modulith does not check: SQL stays out of the web layer and, in general, lives in repositories;
 * controllers are package-private (nothing calls them but Spring). The classes that still run SQL outside a
 * {@code @Repository} are listed here: a new one fails, and the list only shrinks.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hailong");

    private static final String[] SQL = {"org.springframework.jdbc..", "java.sql..", "javax.sql.."};

    @Test
    void noSqlInTheWebLayer() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SQL)
                .because("pages and APIs ask services; SQL lives in the module's repositories")
                .check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .because("only Spring calls a controller; other code goes through the module's services")
                .check(MAIN);
    }

    /** Classes that still run SQL outside a {@code @Repository}; the list only shrinks. */
    private static final Set<String> SQL_OUTSIDE_REPOSITORIES = Set.of(
            "access.ApiKeys",
            "access.AuditLog",
            "ballot.BallotBulk",
            "demo.StepDemo",
            "dossier.DossierBulk",
            "dossier.DossierCopy",
            "feedback.FeedbackCases",
            "feedback.FeedbackIntake",
            "feedback.Hotlines",
            "feedback.SubmissionGuard",
            "feedback.Topics",
            "feedback.Workflow",
            "notify.Outbox",
            "notify.OutboxSender",
            "rating.CounterForms",
            "rating.KioskDevices",
            "rating.RatingBulk",
            "survey.SurveyBulk");

    @Test
    void sqlOnlyInRepositories() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : MAIN) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            boolean sql = c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> JDBC.contains(d.getTargetClass().getName()));
            if (sql
                    && !top.isAnnotatedWith(Repository.class)
                    && !top.getPackageName().startsWith("vn.hailong.shared")) {
                found.add(top.getName().substring("vn.hailong.".length()));
            }
        }
        assertThat(found).as("SQL outside a @Repository").isSubsetOf(SQL_OUTSIDE_REPOSITORIES);
        assertThat(SQL_OUTSIDE_REPOSITORIES)
                .as("listed but no longer running SQL: remove")
                .isSubsetOf(found);
    }

    private static final Set<String> JDBC = Set.of(
            "org.springframework.jdbc.core.simple.JdbcClient",
            "org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate");
}

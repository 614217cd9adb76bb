package vn.hailong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data is made only in the demo profile: every bean of the demo module and every generator of demo data
 * elsewhere (the modules' {@code *Bulk} writers of made-up ratings, surveys and ballots, and {@code FeedbackReplay}) carries
 * {@code @Profile("demo")}, so a production start has none of them.
 */
class DemoOnlyInDemoTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hailong");

    private static final ArchCondition<JavaClass> DEMO_PROFILE =
            new ArchCondition<>("be annotated @Profile(\"demo\")") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean demo = type.isAnnotatedWith(Profile.class)
                            && java.util.Arrays.asList(type.getAnnotationOfType(Profile.class)
                                            .value())
                                    .equals(java.util.List.of("demo"));
                    if (!demo) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is not @Profile(\"demo\")"));
                    }
                }
            };

    @Test
    void demoBeansExistOnlyInTheDemoProfile() {
        classes()
                .that()
                .resideInAPackage("vn.hailong.demo..")
                .and()
                .areMetaAnnotatedWith(Component.class)
                .should(DEMO_PROFILE)
                .check(CLASSES);
    }

    @Test
    void demoGeneratorsOutsideTheDemoModuleExistOnlyInTheDemoProfile() {
        classes()
                .that()
                .haveSimpleName("BallotBulk")
                .or()
                .haveSimpleName("SurveyBulk")
                .or()
                .haveSimpleName("RatingBulk")
                .or()
                .haveSimpleName("FeedbackReplay")
                .should(DEMO_PROFILE)
                .check(CLASSES);
    }
}

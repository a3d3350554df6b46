package io.roomservice.functions.router;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.roomservice.app.App;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md, checked on the compiled classes: functions -> protocol -> domain ->
 * infrastructure, with the App (the composition root) on top. It lives in the router module
 * because the router depends on every function module, so its test class path holds the
 * classes of shared and of every function.
 */
class ArchitectureTest {

    private static final String FUNCTIONS = "io.roomservice.functions..";
    private static final String PROTOCOL = "io.roomservice.protocol..";
    private static final String DOMAIN = "io.roomservice.domain..";
    private static final String INFRA = "io.roomservice.infra..";
    private static final String APP = "io.roomservice.app..";
    private static final String JDBC = "java.sql..";
    private static final String JEDIS = "redis.clients..";
    /** The shared library: everything a function module builds on. */
    private static final String[] SHARED = {
        "io.roomservice.config..", "io.roomservice.runtime..", PROTOCOL, DOMAIN, INFRA, APP,
    };
    /** Clients of services outside this one: only infra talks to them. */
    private static final String[] OUTSIDE_CLIENTS = {
        "io.roomservice.infra.im..", "io.roomservice.infra.trtc..", "io.roomservice.infra.wechat..",
        "io.roomservice.infra.sms..", "io.roomservice.infra.ses..", "io.roomservice.infra.captcha..",
        "io.roomservice.infra.live..", "io.roomservice.infra.tencentcloud..", "io.roomservice.infra.webhooks..", "java.net.http..",
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages("io.roomservice");
    }

    @Test
    void functionsNeverReachJdbcRedisOrInfrastructure() {
        check(noClasses().that().resideInAPackage(FUNCTIONS)
                .should().dependOnClassesThat().resideInAnyPackage(JDBC, INFRA, JEDIS)
                .because("a function parses, calls the domain and renders; storage and outside clients sit behind the domain"));
    }

    @Test
    void functionsHoldTheirServicesNotTheApp() {
        check(fields().that().areDeclaredInClassesThat().resideInAPackage(FUNCTIONS)
                .should().notHaveRawType(App.class)
                .because("a handler receives the services it uses; the App only wires them"));
    }

    @Test
    void protocolNeverReachesTheApp() {
        check(noClasses().that().resideInAPackage(PROTOCOL)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .because("the App is the composition root on top; the family base classes take what they need"));
    }

    @Test
    void domainNeverReachesJdbcOrRedis() {
        check(noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(JDBC, JEDIS)
                .because("repositories and the presence index live in infra, behind domain interfaces"));
    }

    @Test
    void domainNeverReachesAnOutsideClient() {
        check(noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(OUTSIDE_CLIENTS)
                .because("outside services sit behind domain interfaces that infra implements"));
    }

    @Test
    void infraReachesDomainOnlyForItsInterfacesAndValues() {
        check(noClasses().that().resideInAPackage(INFRA)
                .should().dependOnClassesThat(resideInAPackage(DOMAIN).and(not(new DomainContract())))
                .because("infra implements the domain's interfaces and carries its values; it never calls a domain service"));
    }

    @Test
    void sharedNeverReachesAFunction() {
        check(noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAPackage(FUNCTIONS)
                .because("nothing in shared knows a function module"));
    }

    /** In a packaging build the shared test helpers come as shared-...-tests.jar, which the predefined option keeps. */
    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(classes);
    }

    /**
     * What infra may know of the domain: its interfaces (infra implements them), enums,
     * exceptions, and values: classes whose fields are all final and hold nothing but
     * primitives, strings, numbers, times, collections and other such values. A class that
     * holds a clock, a function or another service is a service.
     */
    static final class DomainContract extends DescribedPredicate<JavaClass> {

        private static final Set<String> VALUE_PACKAGES = Set.of("java.lang", "java.math", "java.time", "java.util");
        private static final Set<String> NOT_VALUES = Set.of("java.time.Clock", "java.util.Random", "java.lang.Thread");

        private final Map<JavaClass, Boolean> known = new HashMap<>();

        DomainContract() {
            super("a domain interface, enum, exception or value");
        }

        @Override
        public boolean test(JavaClass type) {
            JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
            if (base.isInterface() || base.isEnum() || base.isAssignableTo(Throwable.class)) {
                return true;
            }
            Boolean answer = known.get(base);
            if (answer == null) {
                known.put(base, Boolean.TRUE); // a value may refer to itself
                answer = isValue(base);
                known.put(base, answer);
            }
            return answer;
        }

        private boolean isValue(JavaClass type) {
            if (type.getEnclosingClass().isPresent() && !type.getModifiers().contains(JavaModifier.STATIC)
                    && !type.getEnclosingClass().get().isInterface()) {
                return false; // an inner class holds its service
            }
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)) {
                    continue;
                }
                if (!field.getModifiers().contains(JavaModifier.FINAL) || !isValueField(field.getRawType())) {
                    return false;
                }
            }
            return true;
        }

        private boolean isValueField(JavaClass fieldType) {
            JavaClass base = fieldType.isArray() ? fieldType.getBaseComponentType() : fieldType;
            if (base.isPrimitive() || base.isEnum()) {
                return true;
            }
            if (NOT_VALUES.contains(base.getName())) {
                return false;
            }
            if (VALUE_PACKAGES.contains(base.getPackageName())) {
                return true;
            }
            return resideInAnyPackage(DOMAIN).test(base) && !base.isInterface() && test(base);
        }
    }
}

package io.streamhub.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of the platform library.
 */
class PlatformArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.streamhub.platform");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.streamhub.platform.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void errorsAndSecurityDoNotDependOnEmbeddedOrTestSupport() {
		noClasses().that()
			.resideInAnyPackage("io.streamhub.platform.errors..", "io.streamhub.platform.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.platform.embedded..", "io.streamhub.platform.test..")
			.check(classes);
	}

	@Test
	void productionPackagesDoNotDependOnTestSupportOrEmbeddedServers() {
		noClasses().that()
			.resideInAnyPackage("io.streamhub.platform.errors..", "io.streamhub.platform.security..",
					"io.streamhub.platform.events..", "io.streamhub.platform.ratelimit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.platform.embedded..", "io.streamhub.platform.test..", "org.junit..",
					"org.springframework.test..", "io.zonky..", "redis.embedded..")
			.check(classes);
	}

	@Test
	void errorsDependOnNoOtherPlatformPackage() {
		noClasses().that()
			.resideInAPackage("io.streamhub.platform.errors..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.platform.security..", "io.streamhub.platform.events..",
					"io.streamhub.platform.ratelimit..")
			.check(classes);
	}

}

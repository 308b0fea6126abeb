package io.streamhub.realtime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's package rules.
 */
@AnalyzeClasses(packages = "io.streamhub.realtime", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("io.streamhub.realtime.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyConfigurationAndProtocolKnowSpring = noClasses().that()
		.resideInAnyPackage("io.streamhub.realtime.subscription..", "io.streamhub.realtime.events..",
				"io.streamhub.realtime.auth..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework..");

	@ArchTest
	static final ArchRule theEngineIsReachedOnlyThroughItsPublicApi = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("io.streamhub.router.server..");

}

package io.streamhub.local;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.streamhub.local", importOptions = ImportOption.DoNotIncludeTests.class)
class LocalArchitectureTests {

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("io.streamhub.local.(*)..").should().beFreeOfCycles();

	/**
	 * The local stack starts services through their public launchers, never their
	 * internals.
	 */
	@ArchTest
	static final ArchRule onlyLaunchersOfServices = noClasses().that()
		.resideInAPackage("io.streamhub.local..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.streamhub.users.(*)..", "io.streamhub.videos.(*)..", "io.streamhub.comments.(*)..",
				"io.streamhub.router.server.(*)..");

}

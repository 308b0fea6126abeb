package io.streamhub.router.conformance;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ConformanceArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPath(Path.of("target/classes"));

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.streamhub.router.conformance.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void suiteReachesTheEngineOnlyByNameSoItCompilesWhateverStateTheEngineIsIn() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.router", "io.streamhub.router.execution..",
					"io.streamhub.router.supergraph..", "io.streamhub.router.composition..")
			.check(MAIN);
	}

	@Test
	void fixtureModelDoesNotKnowHowItIsServedOrRun() {
		noClasses().that()
			.resideInAPackage("..conformance.fixture..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..conformance.subgraph..", "..conformance.run..")
			.check(MAIN);
	}

}

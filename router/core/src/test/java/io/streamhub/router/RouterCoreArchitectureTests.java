package io.streamhub.router;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class RouterCoreArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.streamhub.router");

	@Test
	void coreHasNoSpring() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(this.classes);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.streamhub.router.(**)").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void supergraphModelDoesNotKnowPlanningOrExecution() {
		noClasses().that()
			.resideInAPackage("io.streamhub.router.supergraph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.router.planning..", "io.streamhub.router.execution..")
			.check(this.classes);
	}

	@Test
	void planningDoesNotKnowExecution() {
		noClasses().that()
			.resideInAPackage("io.streamhub.router.planning..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.streamhub.router.execution..")
			.check(this.classes);
	}

}

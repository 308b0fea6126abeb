package io.streamhub.router.composition;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class CompositionArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.streamhub.router.composition");

	@Test
	void compositionDoesNotUseSpring() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(CLASSES);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.streamhub.router.composition.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void stagesOnlyDependOnTheModelAndEarlierStages() {
		noClasses().that()
			.resideInAnyPackage("..composition.model..", "..composition.read..", "..composition.merge..",
					"..composition.print..", "..composition.satisfiability..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.router.composition")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("..composition.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..composition.read..", "..composition.merge..", "..composition.print..",
					"..composition.satisfiability..")
			.check(CLASSES);
	}

}

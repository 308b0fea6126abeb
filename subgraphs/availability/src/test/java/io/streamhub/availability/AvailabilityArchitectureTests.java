package io.streamhub.availability;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class AvailabilityArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.streamhub.availability");
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.streamhub.availability.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void queriesNeverCallThePlatforms() {
		noClasses().that()
			.resideOutsideOfPackage("io.streamhub.availability.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.streamhub.availability.ingest..")
			.check(classes);
	}

	@Test
	void dataFetchersDoNotTouchRepositories() {
		noClasses().that()
			.haveSimpleNameEndingWith("DataFetcher")
			.or()
			.haveSimpleNameEndingWith("EntityFetcher")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.check(classes);
	}

	@Test
	void dependsOnNoStreamhubCodeButItsOwnAndPlatform() {
		noClasses().that()
			.resideInAPackage("io.streamhub.availability..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.streamhub..")
				.and(resideOutsideOfPackages("io.streamhub.availability..", "io.streamhub.platform..")))
			.check(classes);
	}

}

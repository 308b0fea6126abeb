package io.streamhub.users;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class UsersArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.streamhub.users");
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.streamhub.users.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void accountsDependOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("io.streamhub.users.account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.users.follow..", "io.streamhub.users.notification..")
			.check(classes);
	}

	@Test
	void tokensKnowNothingOfAccounts() {
		noClasses().that()
			.resideInAPackage("io.streamhub.users.token..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.users.account..", "io.streamhub.users.follow..",
					"io.streamhub.users.notification..")
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
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.r2dbc.core.DatabaseClient")
			.check(classes);
	}

	@Test
	void dependsOnNoStreamhubCodeButItsOwnAndPlatform() {
		noClasses().that()
			.resideInAPackage("io.streamhub.users..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.streamhub..")
				.and(resideOutsideOfPackages("io.streamhub.users..", "io.streamhub.platform..")))
			.check(classes);
	}

}
